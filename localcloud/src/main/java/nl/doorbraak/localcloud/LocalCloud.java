package nl.doorbraak.localcloud;

import nl.doorbraak.localcloud.apigateway.ClockControl;
import nl.doorbraak.localcloud.apigateway.FunctionInvoker;
import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;
import nl.doorbraak.localcloud.apigateway.HttpApiGateway;
import nl.doorbraak.localcloud.apigateway.LocalKeys;
import nl.doorbraak.localcloud.apigateway.LocalModeEndpoints;
import nl.doorbraak.localcloud.apigateway.LocalTokenIssuer;
import nl.doorbraak.localcloud.apigateway.StaticFiles;
import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.dynamodb.DynamoDb;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.lambda.LambdaApi;
import nl.doorbraak.localcloud.lambda.LambdaService;
import nl.doorbraak.localcloud.lambda.LambdaSettings;
import nl.doorbraak.localcloud.lambda.StepFunctionsLambdaInvoker;
import nl.doorbraak.localcloud.stepfunctions.api.ClockHandler;
import nl.doorbraak.localcloud.stepfunctions.api.StepFunctionsService;
import nl.doorbraak.localcloud.stepfunctions.engine.AwsJsonServiceCaller;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.FileSfnStore;
import nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore;
import nl.doorbraak.localcloud.template.CodeLocator;
import nl.doorbraak.localcloud.template.DeployReport;
import nl.doorbraak.localcloud.template.Deployer;
import nl.doorbraak.localcloud.template.InProcessFunctionTarget;
import nl.doorbraak.localcloud.template.Planner;
import nl.doorbraak.localcloud.template.Stack;
import nl.doorbraak.localcloud.template.TemplateLoader;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The whole local cloud in one object: the engine port (DynamoDB, Step Functions, Lambda, {@code /_localcloud/clock})
 * and, for {@code ./doorbraak local}, the application port (HTTP API, {@code /local/*}, the web pages).
 * {@link #deploy} puts a SAM template on it through the same SDK-based deployer that targets LocalStack or Floci.
 * Used by {@link LocalCloudMain} and by tests that need the real stack in-process.
 */
public final class LocalCloud implements AutoCloseable {

    /**
     * @param appPort   the application port, or null for the engine alone ({@code ./doorbraak engine})
     * @param dataDir   the data directory, or null to keep everything in memory
     * @param webRoot   the pages to serve next to the HTTP API, or null
     */
    public record Options(String host, int awsPort, Integer appPort, Path dataDir, Path webRoot, int lambdaConcurrency,
                          Consumer<String> log, UnaryOperator<LambdaSettings> lambdaTuning) {
        public Options(String host, int awsPort, Integer appPort, Path dataDir, Path webRoot, int lambdaConcurrency,
                       Consumer<String> log) {
            this(host, awsPort, appPort, dataDir, webRoot, lambdaConcurrency, log, UnaryOperator.identity());
        }

        public static Options inMemory() {
            return new Options("127.0.0.1", 0, 0, null, null, 4, System.out::println);
        }

        public Options withLog(Consumer<String> sink) {
            return new Options(host, awsPort, appPort, dataDir, webRoot, lambdaConcurrency, sink, lambdaTuning);
        }

        /** Adjusts the Lambda service's settings (JVM options of function processes, class-data sharing, ...). */
        public Options withLambda(UnaryOperator<LambdaSettings> tuning) {
            return new Options(host, awsPort, appPort, dataDir, webRoot, lambdaConcurrency, log, tuning);
        }
    }

    private final Options options;
    private final EngineClock clock;
    private final LocalCloudServer engine;
    private final DynamoDb dynamoDb;
    private final LambdaService lambda;
    private final StepFunctionsEngine stepFunctions;
    private final LocalCloudServer app;
    private final HttpApiGateway gateway;
    private final LocalKeys keys;
    private final LocalTokenIssuer tokens;
    private final Map<String, HttpApiDefinition> appliedApis = new ConcurrentHashMap<>();
    private DynamoDbClient dynamoClient;
    private LambdaClient lambdaClient;
    private SfnClient sfnClient;

    private LocalCloud(Options options) throws IOException {
        this.options = options;
        this.clock = EngineClock.system();
        this.engine = new LocalCloudServer(options.host(), options.awsPort());
        this.dynamoDb = new DynamoDb(options.dataDir(), clock);
        engine.register(dynamoDb.service());
        this.lambda = new LambdaService(options.lambdaTuning().apply(LambdaSettings.defaults(options.dataDir(), engine::url)
                .withMaxConcurrency(options.lambdaConcurrency()).withLog(options.log())));
        engine.route(LambdaApi.PREFIX, new LambdaApi(lambda));
        this.stepFunctions = new StepFunctionsEngine(clock,
                options.dataDir() == null ? new InMemorySfnStore() : new FileSfnStore(options.dataDir()),
                new StepFunctionsLambdaInvoker(lambda), new AwsJsonServiceCaller(Map.of("dynamodb", dynamoDb.service())));
        engine.register(new StepFunctionsService(stepFunctions)).route(ClockHandler.PATH, new ClockHandler(clock));
        engine.start();
        if (options.appPort() == null) {
            this.app = null;
            this.gateway = null;
            this.keys = null;
            this.tokens = null;
            return;
        }
        LocalCloudServer appServer;
        try {
            appServer = new LocalCloudServer(options.host(), options.appPort());
        } catch (IOException e) {
            this.app = null;
            this.gateway = null;
            this.keys = null;
            this.tokens = null;
            abandon();
            throw new IOException("port " + options.appPort() + " is not free: " + e.getMessage(), e);
        }
        this.app = appServer;
        this.keys = LocalKeys.inDirectory(options.dataDir() == null ? null : options.dataDir().resolve("apigateway"));
        this.tokens = new LocalTokenIssuer(keys, app.url() + "/local", Clock.systemUTC());
        this.gateway = new HttpApiGateway("local", lambda.settings().accountId(), FunctionInvoker.local(lambda), Clock.systemUTC());
        app.route(LocalModeEndpoints.PREFIX, new LocalModeEndpoints(tokens, LocalModeEndpoints.audienceOf(gateway),
                ClockControl.of(clock)));
        StaticFiles pages = options.webRoot() != null && Files.isDirectory(options.webRoot()) ? new StaticFiles(options.webRoot()) : null;
        app.route("/", exchange -> {
            String method = exchange.getRequestMethod();
            boolean apiRoute = gateway.routes().match(method, exchange.getRequestURI().getRawPath())
                    .filter(m -> !m.route().isDefault()).isPresent();
            if (!apiRoute && pages != null && ("GET".equals(method) || "HEAD".equals(method))) {
                pages.handle(exchange);
            } else {
                gateway.handle(exchange);
            }
        });
        app.start();
    }

    public static LocalCloud start(Options options) throws IOException {
        return new LocalCloud(options);
    }

    /** Closes what a failed start already opened (a port in use must not leave the engine running). */
    private void abandon() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // best effort on the way out
        }
    }

    /** Loads, plans and deploys a template (idempotent). {@code packagedJar} is the code of every function. */
    public DeployReport deploy(Path templateFile, Path packagedJar, Map<String, String> parameterOverrides, String stackName) {
        var template = TemplateLoader.load(templateFile, parameterOverrides);
        var plan = Planner.plan(template, Stack.local(stackName), CodeLocator.of(packagedJar));
        // functions go in-process (code by file, no 15 MB uploads); tables and state machines through the SDK
        Deployer deployer = new Deployer(dynamoClient(), new InProcessFunctionTarget(lambda), sfnClient(), this::applyHttpApi,
                options.log());
        return deployer.deploy(plan);
    }

    private boolean applyHttpApi(HttpApiDefinition api) {
        if (gateway == null) {
            return false;
        }
        gateway.apply(api, tokens.issuer(), keys::publicKey);
        return !Objects.equals(appliedApis.put(api.name(), api), api);
    }

    public EngineClock clock() { return clock; }

    public LambdaService lambda() { return lambda; }

    public StepFunctionsEngine stepFunctions() { return stepFunctions; }

    public DynamoDb dynamoDb() { return dynamoDb; }

    public HttpApiGateway gateway() { return gateway; }

    public LocalTokenIssuer tokens() { return tokens; }

    /** The engine's URL (all AWS services). */
    public String engineUrl() { return engine.url(); }

    /** The application's URL (HTTP API, pages, /local), or null for the engine alone. */
    public String appUrl() { return app == null ? null : app.url(); }

    public synchronized DynamoDbClient dynamoClient() {
        if (dynamoClient == null) {
            dynamoClient = DynamoDbClient.builder().endpointOverride(URI.create(engine.url())).region(Region.US_EAST_1)
                    .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        }
        return dynamoClient;
    }

    public synchronized LambdaClient lambdaClient() {
        if (lambdaClient == null) {
            lambdaClient = LambdaClient.builder().endpointOverride(URI.create(engine.url())).region(Region.US_EAST_1)
                    .credentialsProvider(credentials())
                    .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(15))).build();
        }
        return lambdaClient;
    }

    public synchronized SfnClient sfnClient() {
        if (sfnClient == null) {
            sfnClient = SfnClient.builder().endpointOverride(URI.create(engine.url())).region(Region.US_EAST_1)
                    .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        }
        return sfnClient;
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.close();
        }
        stepFunctions.close();
        lambda.close();
        engine.close();
        try {
            dynamoDb.close();
        } catch (IOException e) {
            options.log().accept("DynamoDB storage did not close cleanly: " + e.getMessage());
        }
        for (AutoCloseable c : new AutoCloseable[]{dynamoClient, lambdaClient, sfnClient}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing
                }
            }
        }
    }
}
