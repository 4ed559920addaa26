package nl.doorbraak.localcloud.lambda;

/** A deployed function: its configuration, its code, and the bookkeeping Lambda reports. */
public record LambdaFunction(FunctionConfig config, FunctionCode code, String lastModified, String revisionId) {

    public String name() {
        return config.name();
    }
}
