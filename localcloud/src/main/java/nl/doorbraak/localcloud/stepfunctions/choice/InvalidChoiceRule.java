package nl.doorbraak.localcloud.stepfunctions.choice;

/** A Choice rule that is not well-formed; the message names the problem. Raised by {@link ChoiceRule#parse}. */
public final class InvalidChoiceRule extends IllegalArgumentException {
    public InvalidChoiceRule(String message) {
        super(message);
    }
}
