package nl.doorbraak.localcloud.stepfunctions;

import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Step Functions throughput and latency over HTTP with the SDK client, in memory:
 * <pre>./doorbraak bench stepfunctions [seconds]</pre> or
 * <pre>mvn -B -q -o -pl localcloud -am test -Dtest=SfnBenchmark -Dsfn.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Prints executions/s and p50/p99 start-to-finish latency (StartExecution until DescribeExecution reports the end)
 * for a 10-state Pass/Choice machine and a 5-task machine (handlers behind the Lambda interface), with 1 and 8
 * client threads, and the task-token round trip (start → token handed out → SendTaskSuccess → SUCCEEDED).
 */
public class SfnBenchmark {
    static final String PASS_CHOICE = """
            {"StartAt":"S1","States":{
             "S1":{"Type":"Pass","Result":1,"ResultPath":"$.a","Next":"C1"},
             "C1":{"Type":"Choice","Choices":[{"Variable":"$.a","NumericEquals":1,"Next":"S2"}],"Default":"S9"},
             "S2":{"Type":"Pass","Parameters":{"a.$":"$.a","b":2},"Next":"C2"},
             "C2":{"Type":"Choice","Choices":[{"Variable":"$.b","NumericGreaterThan":1,"Next":"S3"}],"Default":"S9"},
             "S3":{"Type":"Pass","ResultPath":"$.copy","Next":"S4"},
             "S4":{"Type":"Pass","InputPath":"$.copy","Next":"C3"},
             "C3":{"Type":"Choice","Choices":[{"Variable":"$.b","IsPresent":true,"Next":"S5"}],"Default":"S9"},
             "S5":{"Type":"Pass","Result":"done","ResultPath":"$.status","Next":"S6"},
             "S6":{"Type":"Pass","OutputPath":"$.status","Next":"S9"},
             "S9":{"Type":"Succeed"}}}""";
    static final String FIVE_TASKS = """
            {"StartAt":"T1","States":{
             "T1":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:000000000000:function:inc","Next":"T2"},
             "T2":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"inc","Payload.$":"$"},"ResultSelector":{"n.$":"$.Payload.n"},"Next":"T3"},
             "T3":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:000000000000:function:inc","Next":"T4"},
             "T4":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:000000000000:function:inc","Next":"T5"},
             "T5":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:000000000000:function:inc","End":true}}}""";
    static final String TOKEN = """
            {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
             "Parameters":{"FunctionName":"ask","Payload":{"token.$":"$$.Task.Token","id.$":"$.id"}},"End":true}}}""";

    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sfn.bench"), "benchmark runs only with -Dsfn.bench=true");
        runAll(Long.getLong("sfn.bench.seconds", 5));
    }

    /** {@code ./doorbraak bench stepfunctions}. */
    public static void main(String[] args) throws Exception {
        runAll(args.length > 0 ? Long.parseLong(args[0]) : 5);
        System.exit(0);
    }

    static void runAll(long seconds) throws Exception {
        try (SfnTestServer server = new SfnTestServer()) {
            Map<String, String> tokens = new ConcurrentHashMap<>();
            Map<String, LinkedBlockingQueue<String>> waiting = new ConcurrentHashMap<>();
            server.lambdas.register("inc", in -> Json.object().put("n", in.path("n").asInt() + 1));
            server.lambdas.register("ask", in -> {
                waiting.computeIfAbsent(in.get("id").asText(), k -> new LinkedBlockingQueue<>()).add(in.get("token").asText());
                return Json.object();
            });
            String passChoice = create(server.sfn, "bench-pass-choice", PASS_CHOICE);
            String tasks = create(server.sfn, "bench-tasks", FIVE_TASKS);
            String token = create(server.sfn, "bench-token", TOKEN);
            System.out.println("| scenario | client threads | executions/s | p50 ms | p99 ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            // Warm the JIT on every path first: on a shared 2-core machine compilation takes a while.
            run(server, 4, seconds, c -> startAndAwait(c, passChoice, "{}"));
            run(server, 4, seconds, c -> startAndAwait(c, tasks, "{\"n\":0}"));
            for (int threads : new int[]{1, 8}) {
                report("10-state Pass/Choice", threads, run(server, threads, seconds, c -> startAndAwait(c, passChoice, "{}")));
            }
            for (int threads : new int[]{1, 8}) {
                report("5 Lambda tasks (in-process handlers)", threads, run(server, threads, seconds, c -> startAndAwait(c, tasks, "{\"n\":0}")));
            }
            for (int threads : new int[]{1, 8}) {
                report("task-token round trip", threads, run(server, threads, seconds, c -> {
                    String id = Long.toString(System.nanoTime()) + Thread.currentThread().threadId();
                    String exec = c.startExecution(b -> b.stateMachineArn(token).input("{\"id\":\"" + id + "\"}")).executionArn();
                    String t = take(waiting, id);
                    c.sendTaskSuccess(b -> b.taskToken(t).output("{\"ok\":true}"));
                    awaitEnd(c, exec);
                    return null;
                }));
            }
            tokens.clear();
        }
        localLambda(seconds);
    }

    /** The 5-task machine again, its tasks calling a function JVM on the local Lambda service (AWS's RIC). */
    static void localLambda(long seconds) throws Exception {
        try (nl.doorbraak.localcloud.lambda.LambdaHarness lambda = new nl.doorbraak.localcloud.lambda.LambdaHarness(8)) {
            lambda.createProbe("probe", 30, Map.of());
            var clock = nl.doorbraak.localcloud.clock.EngineClock.system();
            try (var engine = new nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine(clock,
                    new nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore(),
                    new nl.doorbraak.localcloud.lambda.StepFunctionsLambdaInvoker(lambda.lambda),
                    nl.doorbraak.localcloud.stepfunctions.engine.AwsSdkCaller.NONE)) {
                lambda.server.register(new nl.doorbraak.localcloud.stepfunctions.api.StepFunctionsService(engine));
                String url = lambda.server.url();
                try (SfnClient sfn = SfnTestServer.client(url)) {
                    String machine = create(sfn, "bench-local-lambda", FIVE_TASKS
                            .replace("function:inc", "function:probe").replace("\"FunctionName\":\"inc\"", "\"FunctionName\":\"probe\"")
                            .replace("\"ResultSelector\":{\"n.$\":\"$.Payload.n\"}", "\"ResultSelector\":{\"action\":\"echo\"}"));
                    run(url, 8, seconds, c -> startAndAwait(c, machine, "{\"action\":\"echo\"}"));
                    for (int threads : new int[]{1, 8}) {
                        report("5 Lambda tasks (local Lambda service, function JVMs)", threads,
                                run(url, threads, seconds, c -> startAndAwait(c, machine, "{\"action\":\"echo\"}")));
                    }
                }
            }
        }
    }

    private static String take(Map<String, LinkedBlockingQueue<String>> waiting, String id) {
        try {
            String t = waiting.computeIfAbsent(id, k -> new LinkedBlockingQueue<>()).poll(10, TimeUnit.SECONDS);
            waiting.remove(id);
            if (t == null) throw new IllegalStateException("no token for " + id);
            return t;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String create(SfnClient sfn, String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn("arn:aws:iam::000000000000:role/bench")).stateMachineArn();
    }

    private static Void startAndAwait(SfnClient c, String machine, String input) {
        String exec = c.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
        awaitEnd(c, exec);
        return null;
    }

    private static void awaitEnd(SfnClient c, String exec) {
        while (true) {
            var d = c.describeExecution(b -> b.executionArn(exec));
            if (d.status() == ExecutionStatus.SUCCEEDED) return;
            if (d.status() != ExecutionStatus.RUNNING) throw new IllegalStateException(d.status() + " " + d.error() + " " + d.cause());
        }
    }

    record Result(double perSecond, double p50, double p99) {}

    private static Result run(SfnTestServer server, int threads, long seconds, Function<SfnClient, Void> one) throws Exception {
        return run(server.url(), threads, seconds, one);
    }

    private static Result run(String url, int threads, long seconds, Function<SfnClient, Void> one) throws Exception {
        List<SfnClient> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) clients.add(SfnTestServer.client(url));
        try {
            long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("sfn.bench.warmup", 4));
            phase(clients, warmEnd, one, null);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            phase(clients, start + TimeUnit.SECONDS.toNanos(seconds), one, latencies);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(sorted.size() / elapsed, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
        } finally {
            clients.forEach(SfnClient::close);
        }
    }

    private static void phase(List<SfnClient> clients, long until, Function<SfnClient, Void> one, List<Long> latencies) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(clients.size());
        for (SfnClient c : clients) {
            Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < until) {
                        long t0 = System.nanoTime();
                        one.apply(c);
                        if (latencies != null) latencies.add(System.nanoTime() - t0);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
    }

    private static void report(String scenario, int threads, Result r) {
        System.out.printf("| %s | %d | %.0f | %.2f | %.2f |%n", scenario, threads, r.perSecond(), r.p50(), r.p99());
    }
}
