package nl.doorbraak.localcloud.dynamodb;

import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The engine on an ephemeral loopback port with an unmodified SDK v2 client pointed at it (test fixture). */
public final class LocalDynamo implements AutoCloseable {
    public final EngineClock clock = EngineClock.system();
    public final DynamoDb dynamoDb;
    public final LocalCloudServer server;
    public final DynamoDbClient client;

    private LocalDynamo(Path dataDir) throws IOException {
        dynamoDb = new DynamoDb(dataDir, clock);
        server = new LocalCloudServer("127.0.0.1", 0);
        server.register(dynamoDb.service());
        server.start();
        client = client(server.url());
    }

    public static LocalDynamo inMemory() throws IOException {
        return new LocalDynamo(null);
    }

    public static LocalDynamo durable(Path dataDir) throws IOException {
        return new LocalDynamo(dataDir);
    }

    public static DynamoDbClient client(String url) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(url))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(60)))
                .build();
    }

    /** Creates an on-demand table with a string partition key and, when {@code sortKey} is given, a sort key of that type. */
    public void createTable(String name, String hashKey, String sortKey, ScalarAttributeType sortType) {
        List<AttributeDefinition> defs = new ArrayList<>();
        List<KeySchemaElement> keys = new ArrayList<>();
        defs.add(AttributeDefinition.builder().attributeName(hashKey).attributeType(ScalarAttributeType.S).build());
        keys.add(KeySchemaElement.builder().attributeName(hashKey).keyType(KeyType.HASH).build());
        if (sortKey != null) {
            defs.add(AttributeDefinition.builder().attributeName(sortKey).attributeType(sortType).build());
            keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
        }
        client.createTable(b -> b.tableName(name).attributeDefinitions(defs).keySchema(keys).billingMode(BillingMode.PAY_PER_REQUEST));
    }

    public static AttributeValue s(String v) { return AttributeValue.fromS(v); }

    public static AttributeValue n(String v) { return AttributeValue.fromN(v); }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
        dynamoDb.close();
    }
}
