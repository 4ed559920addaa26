/**
 * DynamoDB's expression language: one parser and one evaluator per expression kind, on a syntax tree of small records.
 *
 * <ul>
 *   <li>{@link nl.doorbraak.localcloud.dynamodb.expr.Lexer} splits the text into {@code Token}s (never fails: stray
 *       characters become ILLEGAL tokens, refused where the parser meets them).</li>
 *   <li>Recursive-descent parsers share {@code ExpressionParser}: {@code ConditionParser} (ConditionExpression,
 *       FilterExpression; precedence NOT &gt; AND &gt; OR), {@code KeyConditionParser} (the condition grammar restricted
 *       to key conditions), {@code UpdateParser} (SET/REMOVE/ADD/DELETE), {@code ProjectionParser}.</li>
 *   <li>Trees: {@link nl.doorbraak.localcloud.dynamodb.expr.ConditionNode},
 *       {@link nl.doorbraak.localcloud.dynamodb.expr.Operand}, {@link nl.doorbraak.localcloud.dynamodb.expr.UpdateAction},
 *       {@link nl.doorbraak.localcloud.dynamodb.expr.DocumentPath}.</li>
 *   <li>Evaluators: {@link nl.doorbraak.localcloud.dynamodb.expr.ConditionEvaluator},
 *       {@code UpdateApplier} (+ {@code DocumentWriter}), {@link nl.doorbraak.localcloud.dynamodb.expr.PathProjection};
 *       value semantics (equality, UTF-8 byte order of strings, size, contains) in
 *       {@link nl.doorbraak.localcloud.dynamodb.expr.Values}.</li>
 *   <li>{@code legacy/} converts Expected, QueryFilter/ScanFilter, KeyConditions, AttributeUpdates and AttributesToGet
 *       into the same trees.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * All are ValidationException with DynamoDB's wording, prefixed {@code Invalid <Parameter>: } where DynamoDB does so.
 * A syntax error anywhere is reported first, as {@code Syntax error; token: "<tok>", near: "<text>"}, where "near" is
 * the source text from the token before the offending one to the token after it. Otherwise semantic problems are
 * collected and the highest-ranked kind is reported: for conditions redundant parentheses, unknown function, misused
 * function, reserved word, undefined placeholder, operand count, identical operands, operand types; for updates
 * reserved word, unknown function, repeated section, undefined name, undefined value, overlapping paths, conflicting
 * paths, ADD/DELETE operand type, function operands. Wording sources: the conformance cases recorded on AWS, AWS's
 * documentation (reserved words, limits), and messages observed from DynamoDB in public issue threads and in emulators
 * tested against it (dynalite, moto), each re-checked by a unit test here.
 */
package nl.doorbraak.localcloud.dynamodb.expr;
