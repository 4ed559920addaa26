/**
 * Definition validation for CreateStateMachine and UpdateStateMachine.
 *
 * <p>{@link nl.doorbraak.localcloud.stepfunctions.validation.DefinitionValidator#validate} returns AWS's
 * diagnostics ({@code SCHEMA_VALIDATION_FAILED: Field 'Foo' is not supported at /States/A},
 * {@code MISSING_TRANSITION_TARGET: Missing 'Next' target: B at /States/A/Next}, ...);
 * {@link nl.doorbraak.localcloud.stepfunctions.validation.DefinitionValidator#invalidDefinitionMessage} joins them
 * into the {@code InvalidDefinition} message. The field tables per state type and query language are in
 * {@link nl.doorbraak.localcloud.stepfunctions.validation.StateSchema}.
 */
package nl.doorbraak.localcloud.stepfunctions.validation;
