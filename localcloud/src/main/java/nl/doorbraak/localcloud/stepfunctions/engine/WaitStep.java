package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.WaitState;
import nl.doorbraak.localcloud.stepfunctions.dataflow.JsonataFields;
import nl.doorbraak.localcloud.stepfunctions.dataflow.StatePaths;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Wait: computes the due time, then leaves at once (already due) or parks the frame on a durable timer. */
final class WaitStep {
    /** AWS refuses delays that do not fit a signed 32-bit number of seconds. */
    static final long MAX_DELAY_SECONDS = Integer.MAX_VALUE;

    private WaitStep() {}

    static void run(StepRun run, WaitState w) {
        long now = run.in.clock.millis();
        long due = run.jsonata() ? dueJsonata(run, w, now) : dueJsonPath(run, w, now);
        if (due - now > MAX_DELAY_SECONDS * 1000) throw StatesError.runtime("Wait state delay is too long.");
        JsonNode output = run.simpleOutput();
        if (due <= now) {
            run.exit(output, run.next());
            return;
        }
        run.f.pendingOutput = output;
        run.f.phase = Phase.WAIT_TIMER;
        run.in.schedule(run.ex, run.f, due);
    }

    private static long dueJsonPath(StepRun run, WaitState w, long now) {
        if (w.seconds() != null) return now + seconds(w.seconds(), "Seconds") * 1000;
        if (w.timestamp() != null) return timestamp(w.timestamp().asText(), null, true);
        StatePaths paths = run.paths(run.effectiveInput());
        if (w.secondsPath() != null) {
            JsonNode v = paths.resolve(w.secondsPath()).orElseThrow(() -> StatesError.runtime(
                    "The SecondsPath parameter does not reference an input value: " + w.secondsPath()));
            String shown = v.isTextual() ? v.asText() : v.toString();
            if (!v.isIntegralNumber()) {
                throw StatesError.runtime("The SecondsPath parameter cannot be parsed as a long value: "
                        + w.secondsPath() + " == " + shown);
            }
            if (v.asLong() < 0) {
                throw StatesError.runtime("The SecondsPath parameter references a negative value: "
                        + w.secondsPath() + " == " + shown);
            }
            return now + Math.max(0, v.asLong()) * 1000;
        }
        if (w.timestampPath() != null) {
            JsonNode v = paths.resolve(w.timestampPath()).orElseThrow(() -> StatesError.runtime(
                    "The TimestampPath parameter does not reference an input value: " + w.timestampPath()));
            return timestamp(v.asText(), w.timestampPath(), false);
        }
        return now;
    }

    private static long dueJsonata(StepRun run, WaitState w, long now) {
        var states = run.statesBinding(null, null);
        if (w.seconds() != null) {
            JsonNode v = JsonataFields.isExpression(w.seconds()) ? run.jsonata(w.seconds(), "Seconds", states) : w.seconds();
            return now + seconds(v, "Seconds") * 1000;
        }
        if (w.timestamp() != null) {
            JsonNode v = JsonataFields.isExpression(w.timestamp()) ? run.jsonata(w.timestamp(), "Timestamp", states) : w.timestamp();
            return timestamp(v.asText(), null, true);
        }
        return now;
    }

    private static long seconds(JsonNode v, String field) {
        if (v == null || !v.isNumber() || (!v.isIntegralNumber() && v.decimalValue().stripTrailingZeros().scale() > 0)) {
            throw StatesError.queryEvaluation("The " + field + " field cannot be parsed as a long value: " + v);
        }
        return Math.max(0, v.asLong());
    }

    private static long timestamp(String text, String path, boolean literal) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            if (literal) {
                throw StatesError.queryEvaluation("The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: " + text);
            }
            throw StatesError.runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
                    + path + " == " + text);
        }
    }
}
