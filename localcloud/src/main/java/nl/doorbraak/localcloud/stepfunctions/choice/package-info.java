/**
 * Choice rules of JSONPath Choice states (States Language, "Choice Rules").
 *
 * <p>{@link nl.doorbraak.localcloud.stepfunctions.choice.ChoiceRule#parse} turns a rule object into a sealed tree
 * ({@code And}, {@code Or}, {@code Not}, {@link nl.doorbraak.localcloud.stepfunctions.choice.Comparison});
 * {@code matches(PathResolver)} evaluates it. A missing Variable fails with AWS's {@code States.Runtime} cause
 * (except for {@code IsPresent}); values of the wrong type make a comparison false. Timestamps follow RFC 3339 as
 * AWS requires ({@link nl.doorbraak.localcloud.stepfunctions.choice.Timestamps}); {@code StringMatches} patterns
 * support {@code *} and the escapes {@code \*} and {@code \\}. JSONata Choice rules ({@code Condition}) are
 * evaluated by the interpreter with the JSONata evaluator.
 */
package nl.doorbraak.localcloud.stepfunctions.choice;
