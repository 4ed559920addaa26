package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

/** One Step Functions API operation: a JSON request in, a JSON response out, or an AWS-shaped error. */
@FunctionalInterface
interface Operation {
    ObjectNode handle(JsonNode request) throws AwsServiceException;
}
