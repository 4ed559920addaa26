/**
 * JSONata for states with {@code QueryLanguage: JSONata}, on com.dashjoin:jsonata.
 *
 * <p>The interpreter builds a {@link nl.doorbraak.localcloud.stepfunctions.jsonata.JsonataScope} ({@code $states}
 * and the visible variables, optionally the engine clock's time) and calls
 * {@link nl.doorbraak.localcloud.stepfunctions.jsonata.JsonataEvaluator#evaluate} for one {@code {% %}} string or
 * {@link nl.doorbraak.localcloud.stepfunctions.jsonata.JsonataEvaluator#evaluateTemplate} for {@code Arguments},
 * {@code Output}, {@code Assign}. Results are Jackson trees with integers kept integers; failures are
 * {@code States.QueryEvaluationError} with AWS's causes, to which the interpreter prefixes the state part.
 */
package nl.doorbraak.localcloud.stepfunctions.jsonata;
