package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDb;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.AwsJsonServiceCaller;
import nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Optimized and AWS SDK DynamoDB integrations against the real local DynamoDB engine, in-process. */
class DynamoDbIntegrationTest extends SfnScenario {
    DynamoDb dynamo;
    DynamoDbClient ddb;

    @BeforeEach
    void wireDynamoDb() throws Exception {
        server.close();
        dynamo = new DynamoDb(null, nl.doorbraak.localcloud.clock.EngineClock.system());
        server = new SfnTestServer(new InMemorySfnStore(), new AwsJsonServiceCaller(Map.of("dynamodb", dynamo.service())));
        server.server.register(dynamo.service());
        sfn = server.sfn;
        ddb = DynamoDbClient.builder().endpointOverride(URI.create(server.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        ddb.createTable(b -> b.tableName("cases").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    }

    @AfterEach
    void closeDynamoDb() throws Exception {
        ddb.close();
        dynamo.close();
    }

    @Test
    void aWorkflowWritesReadsAndIsRefusedAConditionalWrite() {
        var d = run("""
                {"StartAt":"Put","States":{
                 "Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem",
                   "Parameters":{"TableName":"cases","Item":{"pk":{"S.$":"$.id"},"status":{"S":"OPEN"}},
                     "ConditionExpression":"attribute_not_exists(pk)"},"ResultPath":null,"Next":"Get"},
                 "Get":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:getItem",
                   "Parameters":{"TableName":"cases","Key":{"pk":{"S.$":"$.id"}}},
                   "ResultSelector":{"status.$":"$.Item.status.S"},"ResultPath":"$.read","Next":"PutAgain"},
                 "PutAgain":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:putItem",
                   "Parameters":{"TableName":"cases","Item":{"pk":{"S.$":"$.id"}},"ConditionExpression":"attribute_not_exists(pk)"},
                   "Catch":[{"ErrorEquals":["DynamoDb.ConditionalCheckFailedException"],"ResultPath":"$.refused","Next":"Done"}],
                   "End":true},
                 "Done":{"Type":"Pass","End":true}}}""", "{\"id\":\"I-1\"}");
        JsonNode out = output(d);
        assertEquals("OPEN", out.get("read").get("status").asText());
        assertEquals("DynamoDb.ConditionalCheckFailedException", out.get("refused").get("Error").asText());
        assertEquals("OPEN", ddb.getItem(b -> b.tableName("cases").key(Map.of("pk", AttributeValue.fromS("I-1")))).item().get("status").s());
    }

    @Test
    void theOptimizedIntegrationNamesErrorsWithTheDynamoDbPrefix() {
        var d = run("""
                {"StartAt":"Put","States":{"Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem",
                   "Parameters":{"TableName":"missing","Item":{"pk":{"S":"x"}}},"End":true}}}""", "{}");
        assertEquals("DynamoDB.ResourceNotFoundException", d.error());
    }

    static JsonNode parse(String s) { return Json.parse(s); }
}
