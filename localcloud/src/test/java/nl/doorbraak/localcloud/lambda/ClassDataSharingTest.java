package nl.doorbraak.localcloud.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first process of a code version records an AppCDS archive when it stops; later processes start from it. */
class ClassDataSharingTest {

    @Test
    void theArchiveRecordedAtShutdownIsUsedByTheNextStart(@TempDir Path data) throws Exception {
        FunctionConfig config = new FunctionConfig("cds-probe", "nl.doorbraak.localcloud.lambda.fixture.ProbeHandler::handleRequest",
                "java21", 256, 10, Map.of(), null, null, List.of());
        try (LambdaService first = new LambdaService(LambdaSettings.defaults(data, () -> null).withLog(line -> { }))) {
            first.createFunction(config, FixtureJar.bytes());
            InvokeResult r = first.invoke("cds-probe", "{}".getBytes(StandardCharsets.UTF_8), InvocationType.REQUEST_RESPONSE);
            assertNull(r.functionError(), r.payloadUtf8());
        }
        Path cds = data.resolve("lambda/cds");
        try (Stream<Path> files = Files.list(cds)) {
            List<Path> archives = files.filter(p -> p.toString().endsWith(".jsa")).toList();
            assertEquals(1, archives.size(), "one archive for the code version, no part files left: " + archives);
        }

        try (LambdaService second = new LambdaService(LambdaSettings.defaults(data, () -> null).withLog(line -> { }))) {
            InvokeResult r = second.invoke("cds-probe", "{}".getBytes(StandardCharsets.UTF_8), InvocationType.REQUEST_RESPONSE);
            assertNull(r.functionError(), "the function survives a restart and runs from the archive: " + r.payloadUtf8());
            long pid = second.processIds("cds-probe").get(0);
            String commandLine = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
            assertTrue(commandLine.contains("-XX:SharedArchiveFile=" + cds), commandLine);
        }
    }
}
