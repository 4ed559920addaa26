package nl.doorbraak.localcloud.lambda;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts a function process: {@code java <options> -cp <runtime client>:<function code>
 * com.amazonaws.services.lambda.runtime.api.client.AWSLambda <handler>} with the environment Lambda gives a function
 * and nothing of the engine's own environment (so functions are kept apart from it and from each other).
 */
final class WorkerLauncher {
    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private final LambdaSettings settings;
    private final Path taskRoot;
    private final Path cdsDir;
    private final Path jni;
    private final Path tmpRoot;

    WorkerLauncher(LambdaSettings settings, Path workDir) throws IOException {
        this.settings = settings;
        this.taskRoot = Files.createDirectories(workDir.resolve("task"));
        this.cdsDir = Files.createDirectories(workDir.resolve("cds"));
        this.tmpRoot = Files.createDirectories(workDir.resolve("tmp"));
        this.jni = settings.runtimeClasspath().isEmpty() ? null
                : NativeLibrary.extract(settings.runtimeClasspath().get(0), Files.createDirectories(workDir.resolve("jni")));
    }

    /** Archives being written by a process, per final archive (one writer per code version); pid → [part, final]. */
    private final java.util.Set<Path> creating = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Map<Long, Path[]> dumping = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Long, Path> tmpDirs = new java.util.concurrent.ConcurrentHashMap<>();

    Process start(LambdaFunction function, String runtimeApi) throws IOException {
        if (settings.runtimeClasspath().isEmpty()) {
            throw new IOException("The Lambda runtime interface client (aws-lambda-java-runtime-interface-client) is not on "
                    + "the engine's class path; function processes cannot start");
        }
        Path[] archive = new Path[2];
        // each execution environment has its own /tmp, as in Lambda (java.io.tmpdir and TMPDIR point to it)
        Path tmp = Files.createDirectories(tmpRoot.resolve(java.util.UUID.randomUUID().toString()));
        List<String> command = new ArrayList<>(command(function, archive));
        command.add(1, "-Djava.io.tmpdir=" + tmp);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment(function, runtimeApi));
        builder.environment().put("TMPDIR", tmp.toString());
        builder.directory(taskRoot.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            if (archive[1] != null) {
                creating.remove(archive[1]);
            }
            throw e;
        }
        if (archive[1] != null) {
            dumping.put(process.pid(), archive);
        }
        tmpDirs.put(process.pid(), tmp);
        return process;
    }

    /**
     * A process ended: if it was the one recording the code version's class-data archive and it wrote one (a JVM writes
     * it when it exits normally, e.g. on SIGTERM at shutdown), the archive is moved into place for every later process.
     */
    synchronized void exited(long pid) {
        Path tmp = tmpDirs.remove(pid);
        if (tmp != null) {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort: the work directory is removed with the service anyway
            }
        }
        Path[] archive = dumping.remove(pid);
        if (archive == null) {
            return;
        }
        try {
            if (Files.exists(archive[0]) && Files.size(archive[0]) > 0) {
                Files.move(archive[0], archive[1], java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(archive[0]);
            }
        } catch (IOException ignored) {
            // no archive this time; the next process records one again
        } finally {
            creating.remove(archive[1]);
        }
    }

    List<String> command(LambdaFunction function) {
        return command(function, new Path[2]);
    }

    /** {@code archive} receives [part file, final archive] when this process is to record the class-data archive. */
    private List<String> command(LambdaFunction function, Path[] archive) {
        FunctionConfig config = function.config();
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        // Lambda sizes the heap from the function's memory (about 85 %); we do the same so handlers meet the same limits.
        command.add("-XX:MaxHeapSize=" + Math.max(32, config.memoryMb() * 85 / 100) + "m");
        // the JVM sizes itself as in a Lambda sandbox of MemorySize (initial heap = 1/64 of it), not from this machine's RAM
        command.add("-XX:MaxRAM=" + config.memoryMb() + "m");
        command.addAll(settings.jvmOptions());
        if (settings.classDataSharing()) {
            // AppCDS of the function's own classes: the first process of a code version records them when it exits
            // (into a part file, moved into place afterwards, so concurrent processes never see a half-written archive);
            // later processes map the archive read-only. A stale or foreign archive is ignored by the JVM (-Xshare:auto).
            Path target = cdsDir.resolve(cdsName(function));
            if (Files.exists(target)) {
                command.add("-XX:SharedArchiveFile=" + target);
            } else if (creating.add(target)) {
                archive[0] = cdsDir.resolve(target.getFileName() + ".part-" + java.util.UUID.randomUUID());
                archive[1] = target;
                command.add("-XX:ArchiveClassesAtExit=" + archive[0]);
            }
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED"); // the client loads its JNI part with System.load
        }
        command.add("-Dfile.encoding=UTF-8");
        if (jni != null) {
            // the client would otherwise unpack its JNI library to the fixed /tmp/.libaws-lambda-jni.so at every start,
            // and processes starting together overwrite the file while another maps it (SIGBUS)
            command.add("-D" + NativeLibrary.PROPERTY + "=" + jni);
        }
        command.add("-cp");
        List<Path> classpath = new ArrayList<>(settings.runtimeClasspath());
        classpath.addAll(function.code().classpath());
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(MAIN_CLASS);
        command.add(config.handler());
        return command;
    }

    /** One archive per code version and JDK: the archive is only valid for the exact class path it was made with. */
    private String cdsName(LambdaFunction function) {
        String sha = HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(function.code().sha256())).substring(0, 16);
        return sha + "-java" + Runtime.version().toString().replaceAll("[^A-Za-z0-9.]", "_") + ".jsa";
    }

    Map<String, String> environment(LambdaFunction function, String runtimeApi) {
        FunctionConfig config = function.config();
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("HOME", taskRoot.toString());
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("LAMBDA_RUNTIME_DIR", taskRoot.toString());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + config.runtime());
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", config.handler());
        env.put("AWS_LAMBDA_FUNCTION_NAME", config.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memoryMb()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + config.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/[$LATEST]" + HexFormat.of().formatHex(CodeStore.sha256(runtimeApi.getBytes())).substring(0, 32));
        env.put("AWS_REGION", settings.region());
        env.put("AWS_DEFAULT_REGION", settings.region());
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_SESSION_TOKEN", "test");
        String endpoint = settings.engineUrl() == null ? null : settings.engineUrl().get();
        if (endpoint != null) {
            env.put("AWS_ENDPOINT_URL", endpoint);
        }
        env.putAll(config.environment());
        return env;
    }

    void log(String functionName, String line) {
        settings.log().accept("[" + functionName + "] " + line);
    }
}
