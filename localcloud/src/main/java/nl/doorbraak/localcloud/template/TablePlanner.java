package nl.doorbraak.localcloud.template;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code AWS::DynamoDB::Table} and {@code AWS::Serverless::SimpleTable} → {@code CreateTable} (+ TTL). */
final class TablePlanner {
    private static final Set<String> KNOWN = Set.of("TableName", "KeySchema", "AttributeDefinitions", "BillingMode",
            "ProvisionedThroughput", "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "StreamSpecification",
            "TimeToLiveSpecification", "SSESpecification", "PointInTimeRecoverySpecification", "Tags",
            "DeletionProtectionEnabled", "TableClass", "ContributorInsightsSpecification");
    private static final Set<String> SIMPLE_KNOWN = Set.of("TableName", "PrimaryKey", "ProvisionedThroughput",
            "SSESpecification", "Tags");

    private TablePlanner() {
    }

    static DeploymentPlan.Table plan(Resource r, Intrinsics in) {
        Map<String, Object> p = in.resolveMap(r.properties(), r.logicalId());
        String name = in.stack().tableName(r, in);
        if (r.type().equals("AWS::Serverless::SimpleTable")) {
            unknown(r, p, SIMPLE_KNOWN);
            Map<String, Object> key = TemplateLoader.map(p.getOrDefault("PrimaryKey", Map.of("Name", "id", "Type", "String")));
            String keyName = String.valueOf(key.getOrDefault("Name", "id"));
            String type = switch (String.valueOf(key.getOrDefault("Type", "String"))) {
                case "String" -> "S";
                case "Number" -> "N";
                case "Binary" -> "B";
                default -> throw TemplateException.at(r.logicalId(), "PrimaryKey.Type must be String, Number or Binary");
            };
            CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(name)
                    .keySchema(KeySchemaElement.builder().attributeName(keyName).keyType("HASH").build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName(keyName).attributeType(type).build());
            if (p.containsKey("ProvisionedThroughput")) {
                b.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput(p.get("ProvisionedThroughput")));
            } else {
                b.billingMode(BillingMode.PAY_PER_REQUEST);
            }
            return new DeploymentPlan.Table(r.logicalId(), b.build(), null);
        }
        unknown(r, p, KNOWN);
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(name)
                .keySchema(keys(p.get("KeySchema")))
                .attributeDefinitions(list(p.get("AttributeDefinitions")).stream().map(TemplateLoader::map)
                        .map(a -> AttributeDefinition.builder().attributeName(str(a.get("AttributeName")))
                                .attributeType(str(a.get("AttributeType"))).build()).toList());
        String billing = str(p.getOrDefault("BillingMode", "PROVISIONED"));
        b.billingMode(billing);
        if (p.containsKey("ProvisionedThroughput")) {
            b.provisionedThroughput(throughput(p.get("ProvisionedThroughput")));
        }
        if (p.containsKey("GlobalSecondaryIndexes")) {
            b.globalSecondaryIndexes(list(p.get("GlobalSecondaryIndexes")).stream().map(TemplateLoader::map).map(g -> {
                GlobalSecondaryIndex.Builder gb = GlobalSecondaryIndex.builder().indexName(str(g.get("IndexName")))
                        .keySchema(keys(g.get("KeySchema"))).projection(projection(g.get("Projection")));
                if (g.containsKey("ProvisionedThroughput")) {
                    gb.provisionedThroughput(throughput(g.get("ProvisionedThroughput")));
                }
                return gb.build();
            }).toList());
        }
        if (p.containsKey("LocalSecondaryIndexes")) {
            b.localSecondaryIndexes(list(p.get("LocalSecondaryIndexes")).stream().map(TemplateLoader::map)
                    .map(l -> LocalSecondaryIndex.builder().indexName(str(l.get("IndexName")))
                            .keySchema(keys(l.get("KeySchema"))).projection(projection(l.get("Projection"))).build()).toList());
        }
        if (p.containsKey("StreamSpecification")) {
            Map<String, Object> s = TemplateLoader.map(p.get("StreamSpecification"));
            b.streamSpecification(StreamSpecification.builder().streamEnabled(true)
                    .streamViewType(str(s.get("StreamViewType"))).build());
        }
        String ttl = null;
        if (p.containsKey("TimeToLiveSpecification")) {
            Map<String, Object> t = TemplateLoader.map(p.get("TimeToLiveSpecification"));
            if (Boolean.parseBoolean(String.valueOf(t.getOrDefault("Enabled", "false")))) {
                ttl = str(t.get("AttributeName"));
            }
        }
        return new DeploymentPlan.Table(r.logicalId(), b.build(), ttl);
    }

    private static List<KeySchemaElement> keys(Object value) {
        return list(value).stream().map(TemplateLoader::map).map(k -> KeySchemaElement.builder()
                .attributeName(str(k.get("AttributeName"))).keyType(str(k.get("KeyType"))).build()).toList();
    }

    private static Projection projection(Object value) {
        Map<String, Object> p = TemplateLoader.map(value);
        Projection.Builder b = Projection.builder().projectionType(str(p.getOrDefault("ProjectionType", "ALL")));
        if (p.containsKey("NonKeyAttributes")) {
            b.nonKeyAttributes(list(p.get("NonKeyAttributes")).stream().map(String::valueOf).toList());
        }
        return b.build();
    }

    private static ProvisionedThroughput throughput(Object value) {
        Map<String, Object> t = TemplateLoader.map(value);
        return ProvisionedThroughput.builder().readCapacityUnits(Long.parseLong(str(t.get("ReadCapacityUnits"))))
                .writeCapacityUnits(Long.parseLong(str(t.get("WriteCapacityUnits")))).build();
    }

    private static void unknown(Resource r, Map<String, Object> p, Set<String> known) {
        for (String key : p.keySet()) {
            if (!known.contains(key)) {
                throw TemplateException.at(r.logicalId(), "property " + key + " of " + r.type() + " is not supported by the local deployer");
            }
        }
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
