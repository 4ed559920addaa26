/**
 * Intrinsic functions of the Amazon States Language ({@code States.Format}, {@code States.Array}, ... 18 in all),
 * used in JSONPath payload templates ({@code "key.$": "States.Format('{}', $.a)"}).
 *
 * <p>{@link nl.doorbraak.localcloud.stepfunctions.intrinsics.Intrinsics#evaluate} is the entry point: it parses
 * ({@link nl.doorbraak.localcloud.stepfunctions.intrinsics.IntrinsicParser}) into an
 * {@link nl.doorbraak.localcloud.stepfunctions.intrinsics.IntrinsicExpression} tree, resolves path arguments through
 * the interpreter's {@link nl.doorbraak.localcloud.stepfunctions.PathResolver} and applies one
 * {@link nl.doorbraak.localcloud.stepfunctions.intrinsics.IntrinsicFunction} per name. Behaviour follows what
 * AWS recorded in the conformance corpus: MathAdd and the integer arguments round half up, StringSplit drops empty
 * pieces, Format prints objects Java-style ({@code {a=1, b=[]}}), StringToJson of a blank string is null.
 * Failures are {@code States.Runtime} "Invalid arguments in States.Name".
 */
package nl.doorbraak.localcloud.stepfunctions.intrinsics;
