package nl.doorbraak.template;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.doorbraak.template.Project.map;
import static nl.doorbraak.template.Project.properties;
import static nl.doorbraak.template.Project.resources;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A typo guard where cfn-lint cannot run: every resource type used is known here, and every property set on it is
 * one the CloudFormation / SAM documentation lists for that type (top level, plus the nested blocks most prone to
 * slips). A misspelt property would otherwise only fail at deploy time, or worse, be ignored.
 */
class PropertyNamesTest {

    private static final Map<String, Object> T = Project.template();

    private static final Set<String> RESOURCE_ATTRIBUTES = Set.of("Type", "Properties", "Condition", "DependsOn",
            "DeletionPolicy", "UpdateReplacePolicy", "Metadata", "UpdatePolicy", "CreationPolicy");

    private static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
            Map.entry("AWS::Serverless::Function", Set.of("Architectures", "AssumeRolePolicyDocument", "AutoPublishAlias",
                    "AutoPublishAliasAllProperties", "AutoPublishCodeSha256", "CodeSigningConfigArn", "CodeUri", "DeadLetterQueue",
                    "DeploymentPreference", "Description", "Environment", "EphemeralStorage", "EventInvokeConfig", "Events",
                    "FileSystemConfigs", "FunctionName", "FunctionUrlConfig", "Handler", "ImageConfig", "ImageUri", "InlineCode",
                    "KmsKeyArn", "Layers", "LoggingConfig", "MemorySize", "PackageType", "PermissionsBoundary", "Policies",
                    "PropagateTags", "ProvisionedConcurrencyConfig", "RecursiveLoop", "ReservedConcurrentExecutions", "Role",
                    "RolePath", "Runtime", "RuntimeManagementConfig", "SnapStart", "SourceKMSKeyArn", "Tags", "Timeout", "Tracing",
                    "VersionDescription", "VpcConfig")),
            Map.entry("AWS::Serverless::StateMachine", Set.of("AutoPublishAlias", "Definition", "DefinitionSubstitutions",
                    "DefinitionUri", "DeploymentPreference", "Events", "Logging", "Name", "PermissionsBoundary", "Policies",
                    "PropagateTags", "Role", "RolePath", "Tags", "Tracing", "Type", "UseAliasAsEventTarget")),
            Map.entry("AWS::Serverless::HttpApi", Set.of("AccessLogSettings", "Auth", "CorsConfiguration", "DefaultRouteSettings",
                    "DefinitionBody", "DefinitionUri", "Description", "DisableExecuteApiEndpoint", "Domain", "FailOnWarnings", "Name",
                    "PropagateTags", "RouteSettings", "StageName", "StageVariables", "Tags")),
            Map.entry("AWS::DynamoDB::Table", Set.of("AttributeDefinitions", "BillingMode", "ContributorInsightsSpecification",
                    "DeletionProtectionEnabled", "GlobalSecondaryIndexes", "ImportSourceSpecification", "KeySchema",
                    "KinesisStreamSpecification", "LocalSecondaryIndexes", "OnDemandThroughput", "PointInTimeRecoverySpecification",
                    "ProvisionedThroughput", "ResourcePolicy", "SSESpecification", "StreamSpecification", "TableClass", "TableName",
                    "Tags", "TimeToLiveSpecification", "WarmThroughput")),
            Map.entry("AWS::Cognito::UserPool", Set.of("AccountRecoverySetting", "AdminCreateUserConfig", "AliasAttributes",
                    "AutoVerifiedAttributes", "DeletionProtection", "DeviceConfiguration", "EmailConfiguration",
                    "EmailVerificationMessage", "EmailVerificationSubject", "EnabledMfas", "LambdaConfig", "MfaConfiguration",
                    "Policies", "Schema", "SmsAuthenticationMessage", "SmsConfiguration", "SmsVerificationMessage",
                    "UserAttributeUpdateSettings", "UserPoolAddOns", "UserPoolName", "UserPoolTags", "UserPoolTier",
                    "UsernameAttributes", "UsernameConfiguration", "VerificationMessageTemplate")),
            Map.entry("AWS::Cognito::UserPoolClient", Set.of("AccessTokenValidity", "AllowedOAuthFlows",
                    "AllowedOAuthFlowsUserPoolClient", "AllowedOAuthScopes", "AnalyticsConfiguration", "AuthSessionValidity",
                    "CallbackURLs", "ClientName", "DefaultRedirectURI", "EnablePropagateAdditionalUserContextData",
                    "EnableTokenRevocation", "ExplicitAuthFlows", "GenerateSecret", "IdTokenValidity", "LogoutURLs",
                    "PreventUserExistenceErrors", "ReadAttributes", "RefreshTokenValidity", "SupportedIdentityProviders",
                    "TokenValidityUnits", "UserPoolId", "WriteAttributes")),
            Map.entry("AWS::Cognito::UserPoolGroup", Set.of("Description", "GroupName", "Precedence", "RoleArn", "UserPoolId")),
            Map.entry("AWS::Cognito::UserPoolDomain", Set.of("CustomDomainConfig", "Domain", "ManagedLoginVersion", "UserPoolId")),
            Map.entry("AWS::SNS::Topic", Set.of("ArchivePolicy", "ContentBasedDeduplication", "DataProtectionPolicy",
                    "DeliveryStatusLogging", "DisplayName", "FifoThroughputScope", "FifoTopic", "KmsMasterKeyId", "SignatureVersion",
                    "Subscription", "Tags", "TopicName", "TracingConfig")),
            Map.entry("AWS::Logs::LogGroup", Set.of("DataProtectionPolicy", "FieldIndexPolicies", "KmsKeyId", "LogGroupClass",
                    "LogGroupName", "RetentionInDays", "Tags")),
            Map.entry("AWS::S3::Bucket", Set.of("AccelerateConfiguration", "AccessControl", "AnalyticsConfigurations",
                    "BucketEncryption", "BucketName", "CorsConfiguration", "IntelligentTieringConfigurations",
                    "InventoryConfigurations", "LifecycleConfiguration", "LoggingConfiguration", "MetricsConfigurations",
                    "NotificationConfiguration", "ObjectLockConfiguration", "ObjectLockEnabled", "OwnershipControls",
                    "PublicAccessBlockConfiguration", "ReplicationConfiguration", "Tags", "VersioningConfiguration",
                    "WebsiteConfiguration")),
            Map.entry("AWS::S3::BucketPolicy", Set.of("Bucket", "PolicyDocument")),
            Map.entry("AWS::CloudFront::Distribution", Set.of("DistributionConfig", "Tags")),
            Map.entry("AWS::CloudFront::OriginAccessControl", Set.of("OriginAccessControlConfig")));

    private static final Set<String> GSI = Set.of("IndexName", "KeySchema", "Projection", "ProvisionedThroughput",
            "OnDemandThroughput", "ContributorInsightsSpecification", "WarmThroughput");
    private static final Set<String> HTTP_API_EVENT = Set.of("ApiId", "Auth", "Method", "Path", "PayloadFormatVersion",
            "RouteSettings", "TimeoutInMillis");
    private static final Set<String> FUNCTION_GLOBALS = Set.of("Architectures", "AssumeRolePolicyDocument", "AutoPublishAlias",
            "AutoPublishAliasAllProperties", "CodeUri", "DeadLetterQueue", "DeploymentPreference", "Description", "Environment",
            "EphemeralStorage", "EventInvokeConfig", "FileSystemConfigs", "FunctionUrlConfig", "Handler", "KmsKeyArn", "Layers",
            "LoggingConfig", "MemorySize", "PermissionsBoundary", "PropagateTags", "ProvisionedConcurrencyConfig",
            "RecursiveLoop", "ReservedConcurrentExecutions", "RolePath", "Runtime", "RuntimeManagementConfig", "SnapStart",
            "SourceKMSKeyArn", "Tags", "Timeout", "Tracing", "VpcConfig");
    private static final Set<String> DISTRIBUTION_CONFIG = Set.of("Aliases", "CacheBehaviors", "Comment",
            "ContinuousDeploymentPolicyId", "CustomErrorResponses", "DefaultCacheBehavior", "DefaultRootObject", "Enabled",
            "HttpVersion", "IPV6Enabled", "Logging", "OriginGroups", "Origins", "PriceClass", "Restrictions", "Staging",
            "ViewerCertificate", "WebACLId");
    private static final Set<String> CACHE_BEHAVIOR = Set.of("AllowedMethods", "CachePolicyId", "CachedMethods", "Compress",
            "FieldLevelEncryptionId", "FunctionAssociations", "LambdaFunctionAssociations", "OriginRequestPolicyId",
            "PathPattern", "RealtimeLogConfigArn", "ResponseHeadersPolicyId", "SmoothStreaming", "TargetOriginId",
            "TrustedKeyGroups", "ViewerProtocolPolicy");

    @Test
    void everyResourceAndPropertyIsKnown() {
        List<String> unknown = new ArrayList<>();
        resources(T).forEach((id, r) -> {
            Map<String, Object> resource = map(r);
            String type = (String) resource.get("Type");
            Set<String> allowed = PROPERTIES.get(type);
            if (allowed == null) {
                unknown.add(id + ": resource type " + type);
                return;
            }
            resource.keySet().stream().filter(k -> !RESOURCE_ATTRIBUTES.contains(k)).forEach(k -> unknown.add(id + ": attribute " + k));
            properties(resource).keySet().stream().filter(k -> !allowed.contains(k)).forEach(k -> unknown.add(id + "." + k));
            if (type.equals("AWS::DynamoDB::Table")) {
                for (Object gsi : (List<?>) properties(resource).getOrDefault("GlobalSecondaryIndexes", List.of())) {
                    map(gsi).keySet().stream().filter(k -> !GSI.contains(k)).forEach(k -> unknown.add(id + ".GlobalSecondaryIndexes." + k));
                }
            }
            if (type.equals("AWS::Serverless::Function")) {
                map(properties(resource).get("Events")).forEach((name, ev) -> properties(map(ev)).keySet().stream()
                        .filter(k -> !HTTP_API_EVENT.contains(k)).forEach(k -> unknown.add(id + ".Events." + name + "." + k)));
            }
            if (type.equals("AWS::CloudFront::Distribution")) {
                Map<String, Object> config = map(properties(resource).get("DistributionConfig"));
                config.keySet().stream().filter(k -> !DISTRIBUTION_CONFIG.contains(k)).forEach(k -> unknown.add(id + ".DistributionConfig." + k));
                List<Object> behaviors = new ArrayList<>((List<?>) config.getOrDefault("CacheBehaviors", List.of()));
                behaviors.add(config.get("DefaultCacheBehavior"));
                for (Object b : behaviors) {
                    map(b).keySet().stream().filter(k -> !CACHE_BEHAVIOR.contains(k)).forEach(k -> unknown.add(id + " cache behaviour " + k));
                }
            }
        });
        map(map(T.get("Globals")).get("Function")).keySet().stream().filter(k -> !FUNCTION_GLOBALS.contains(k))
                .forEach(k -> unknown.add("Globals.Function." + k));
        assertEquals(List.of(), unknown);
    }

    @Test
    void topLevelSectionsAreCloudFormations() {
        Set<String> sections = Set.of("AWSTemplateFormatVersion", "Transform", "Description", "Metadata", "Parameters",
                "Mappings", "Conditions", "Globals", "Resources", "Outputs", "Rules");
        assertEquals(List.of(), T.keySet().stream().filter(k -> !sections.contains(k)).toList());
        map(T.get("Outputs")).forEach((name, o) -> assertEquals(List.of(),
                map(o).keySet().stream().filter(k -> !Set.of("Value", "Description", "Export", "Condition").contains(k)).toList(), name));
        map(T.get("Parameters")).forEach((name, p) -> assertEquals(List.of(),
                map(p).keySet().stream().filter(k -> !Set.of("Type", "Default", "Description", "AllowedValues", "AllowedPattern",
                        "MinValue", "MaxValue", "MinLength", "MaxLength", "NoEcho", "ConstraintDescription").contains(k)).toList(), name));
    }
}
