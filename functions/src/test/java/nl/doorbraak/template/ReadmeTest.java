package nl.doorbraak.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Role;
import nl.doorbraak.domain.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.doorbraak.template.Project.map;
import static nl.doorbraak.template.Project.ofType;
import static nl.doorbraak.template.Project.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the README true: its role matrix, its diagrams and its data model follow the code. */
class ReadmeTest {

    private static final String README = read();
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\S+) --> (\\S+?)(?::.*)?$", Pattern.MULTILINE);

    private static String read() {
        try {
            return Files.readString(Project.ROOT.resolve("README.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void roleMatrixIsTheEndpointEnum() {
        String block = README.substring(README.indexOf("<!-- role-matrix:start"), README.indexOf("<!-- role-matrix:end"));
        List<String> rows = block.lines().filter(l -> l.startsWith("| `")).toList();
        List<String> expected = new ArrayList<>();
        for (Endpoint e : Endpoint.values()) {
            StringBuilder row = new StringBuilder("| `" + e.routeKey() + "` |");
            for (Role r : Role.values()) {
                row.append(e.roles().contains(r) ? " ✓ |" : " – |");
            }
            expected.add(row.toString());
        }
        assertEquals(expected, rows);
        assertTrue(block.contains("| Route | zorgmarinier | approver | executive | finance | auditor |"));
    }

    /** The edges of the mermaid diagram that starts with {@code [*] --> start}. */
    private static Set<String> diagram(String start) {
        int at = README.indexOf("[*] --> " + start);
        assertTrue(at > 0, "diagram starting at " + start);
        String body = README.substring(at, README.indexOf("```", at));
        Set<String> edges = new TreeSet<>();
        Matcher m = EDGE.matcher(body);
        while (m.find()) {
            edges.add(m.group(1) + " -> " + m.group(2));
        }
        return edges;
    }

    @Test
    void statusDiagramIsTheTransitionTable() {
        Set<String> expected = new TreeSet<>();
        expected.add("[*] -> REGISTERED");
        for (Status s : Status.values()) {
            s.next().forEach(n -> expected.add(s + " -> " + n));
            if (s.isFinal()) {
                expected.add(s + " -> [*]");
            }
        }
        assertEquals(expected, diagram("REGISTERED"));
    }

    @Test
    void workflowDiagramIsTheStateMachine() throws IOException {
        JsonNode asl = new ObjectMapper().readTree(Project.ROOT.resolve("statemachines/intervention.asl.json").toFile());
        Set<String> expected = new TreeSet<>();
        expected.add("[*] -> " + asl.get("StartAt").asText());
        asl.get("States").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            String n = e.getKey();
            s.path("Choices").forEach(c -> expected.add(n + " -> " + c.get("Next").asText()));
            s.path("Catch").forEach(c -> expected.add(n + " -> " + c.get("Next").asText()));
            if (s.has("Next")) {
                expected.add(n + " -> " + s.get("Next").asText());
            }
            if (s.has("Default")) {
                expected.add(n + " -> " + s.get("Default").asText());
            }
            if (Set.of("Succeed", "Fail").contains(s.get("Type").asText()) || s.path("End").asBoolean(false)) {
                expected.add(n + " -> [*]");
            }
        });
        assertEquals(expected, diagram(asl.get("StartAt").asText()));
    }

    @Test
    void dataModelNamesEveryTableAndIndex() {
        Map<String, Map<String, Object>> tables = ofType(Project.template(), "AWS::DynamoDB::Table");
        tables.forEach((id, t) -> {
            assertTrue(README.contains("| `" + id + "` |"), "README data model lacks " + id);
            for (Object gsi : (List<?>) properties(t).getOrDefault("GlobalSecondaryIndexes", List.of())) {
                assertTrue(README.contains("`" + map(gsi).get("IndexName") + "`"), "README lacks index " + map(gsi).get("IndexName"));
            }
        });
    }

    @Test
    void deployRouteMatchesCodeUri() {
        Object codeUri = map(map(Project.template().get("Globals")).get("Function")).get("CodeUri");
        assertEquals("functions/target/doorbraak-functions.jar", codeUri);
        assertTrue(README.contains("./doorbraak package\nsam deploy --guided"), "README: ./doorbraak package && sam deploy --guided");
        assertTrue(README.contains("./doorbraak local --demo") && README.contains("./doorbraak test"));
    }
}
