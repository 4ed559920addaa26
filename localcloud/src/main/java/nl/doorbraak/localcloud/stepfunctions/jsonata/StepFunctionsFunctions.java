package nl.doorbraak.localcloud.stepfunctions.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The functions Step Functions adds to JSONata (AWS docs, "Transforming data with JSONata", Step Functions
 * functions): {@code $partition}, {@code $range}, {@code $hash}, {@code $random}, {@code $uuid}, {@code $parse}.
 * Bound into each evaluation's frame; a failure is a {@link FunctionError} that the evaluator reports as
 * {@code States.QueryEvaluationError}.
 */
final class StepFunctionsFunctions {
    /** A local guard against runaway ranges; AWS documents no limit for $range. */
    static final int MAX_RANGE_ELEMENTS = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Map<String, String> ALGORITHMS = Map.of(
            "MD5", "MD5", "SHA-1", "SHA-1", "SHA-256", "SHA-256", "SHA-384", "SHA-384", "SHA-512", "SHA-512");

    private StepFunctionsFunctions() { }

    /** An error raised by one of these functions; the message is shown in the state's cause. */
    static final class FunctionError extends RuntimeException {
        FunctionError(String message) {
            super(message, null, false, false);
        }
    }

    static void bindAll(Jsonata.Frame frame) {
        frame.bind("partition", new Jsonata.JFunction(StepFunctionsFunctions::partition, null));
        frame.bind("range", new Jsonata.JFunction(StepFunctionsFunctions::range, null));
        frame.bind("hash", new Jsonata.JFunction(StepFunctionsFunctions::hash, null));
        frame.bind("random", new Jsonata.JFunction(StepFunctionsFunctions::random, null));
        frame.bind("uuid", new Jsonata.JFunction(StepFunctionsFunctions::uuid, null));
        frame.bind("parse", new Jsonata.JFunction(StepFunctionsFunctions::parse, null));
        // Step Functions runs JSONata 2.0 without $eval: calling it fails with T1006 "Attempted to invoke a non-function".
        frame.bind("eval", (Object) null);
    }

    /**
     * Makes JSONata's {@code $now([picture[, timezone]])} and {@code $millis()} read the engine clock instead of
     * wall time, so Wait and timestamp logic follows an advanced clock.
     */
    static void bindClock(Jsonata.Frame frame, long epochMillis) {
        frame.bind("millis", new Jsonata.JFunction((input, args) -> epochMillis, null));
        frame.bind("now", new Jsonata.JFunction((input, args) -> Functions.dateTimeFromMillis(epochMillis,
                args.size() > 0 ? (String) args.get(0) : null, args.size() > 1 ? (String) args.get(1) : null), null));
    }

    /** {@code $partition(array, size)}: the array in chunks of {@code size}; the last chunk may be shorter. */
    static Object partition(Object input, List<?> args) {
        requireArgs("partition", args, 2, 2);
        if (!(args.get(0) instanceof List<?> array)) throw new FunctionError("The first argument of $partition must be an array");
        long size = integer("partition", args.get(1));
        if (size <= 0) throw new FunctionError("The chunk size of $partition must be a positive integer");
        List<Object> chunks = new ArrayList<>();
        for (int i = 0; i < array.size(); i += (int) size) {
            chunks.add(new ArrayList<>(array.subList(i, (int) Math.min(array.size(), i + size))));
        }
        return chunks;
    }

    /**
     * {@code $range(start, end, step)}: start, start+step, ... up to and including end, as a JSONata sequence:
     * one element comes back as that element ({@code $range(1, 9, 9)} is {@code 1}, as recorded on AWS), none as
     * undefined. Fractions are truncated.
     */
    static Object range(Object input, List<?> args) {
        requireArgs("range", args, 3, 3);
        long start = truncated("range", args.get(0));
        long end = truncated("range", args.get(1));
        long step = truncated("range", args.get(2));
        if (step == 0 || (step > 0 && start > end) || (step < 0 && start < end)) return null;
        long count = (end - start) / step + 1;
        if (count > MAX_RANGE_ELEMENTS) throw new FunctionError("$range would produce more than " + MAX_RANGE_ELEMENTS + " elements");
        if (count == 1) return number(start);
        List<Object> sequence = Utils.createSequence();
        for (long i = 0; i < count; i++) sequence.add(number(start + i * step));
        return sequence;
    }

    /** {@code $hash(data, algorithm)}: the lower-case hex digest; MD5, SHA-1, SHA-256, SHA-384 or SHA-512. */
    static Object hash(Object input, List<?> args) {
        requireArgs("hash", args, 2, 2);
        Object data = args.get(0);
        if (!(data instanceof String text)) throw new FunctionError("The first argument of $hash must be a string");
        String algorithm = args.get(1) instanceof String name ? ALGORITHMS.get(name) : null;
        if (algorithm == null) throw new FunctionError("The algorithm of $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code $random([seed])}: a number with 0 <= n < 1; the same integer seed gives the same number. */
    static Object random(Object input, List<?> args) {
        requireArgs("random", args, 0, 1);
        if (args.isEmpty() || args.get(0) == null) return ThreadLocalRandom.current().nextDouble();
        return new Random(integer("random", args.get(0))).nextDouble();
    }

    /** {@code $uuid()}: a random version 4 UUID. */
    static Object uuid(Object input, List<?> args) {
        requireArgs("uuid", args, 0, 0);
        return UUID.randomUUID().toString();
    }

    /** {@code $parse(text)}: the JSON value a string holds. */
    static Object parse(Object input, List<?> args) {
        requireArgs("parse", args, 1, 1);
        if (!(args.get(0) instanceof String text)) throw new FunctionError("The argument of $parse must be a string");
        try {
            return JsonataValues.toJava(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new FunctionError("The argument of $parse is not valid JSON");
        }
    }

    private static void requireArgs(String function, List<?> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new FunctionError("$" + function + " takes " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s") + " but got " + args.size());
        }
    }

    private static long integer(String function, Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 9.0e15) return (long) d;
        }
        throw new FunctionError("The arguments of $" + function + " must be integers");
    }

    private static long truncated(String function, Object value) {
        if (value instanceof Number number && Double.isFinite(number.doubleValue()) && Math.abs(number.doubleValue()) < 9.0e15) {
            return (long) number.doubleValue();
        }
        throw new FunctionError("The arguments of $" + function + " must be numbers");
    }

    private static Object number(long value) {
        return value == (int) value ? (Object) (int) value : (Object) value;
    }
}
