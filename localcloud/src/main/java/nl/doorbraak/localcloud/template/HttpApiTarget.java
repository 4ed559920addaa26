package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;

/**
 * Where the deployer puts an HTTP API: the local gateway in-process, or (for endpoints without an HTTP API
 * emulation) the test suite's own thin front that invokes functions through the endpoint's Lambda API.
 * Returns true when something changed.
 */
@FunctionalInterface
public interface HttpApiTarget {
    boolean apply(HttpApiDefinition api);
}
