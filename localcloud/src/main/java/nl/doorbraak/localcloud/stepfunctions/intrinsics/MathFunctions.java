package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** The math intrinsics: States.MathRandom and States.MathAdd, on 32-bit integers (fractions rounded half up). */
final class MathFunctions {
    private MathFunctions() { }

    /**
     * {@code States.MathRandom(start, end[, seed])}: a random integer with {@code start <= n < end}. With a seed the
     * sequence is reproducible: the same seed gives the same number.
     */
    static JsonNode random(IntrinsicArguments arguments) {
        arguments.requireCount(2, 3);
        int start = arguments.integer(0);
        int end = arguments.integer(1);
        if (start >= end) throw arguments.invalid();
        long bound = (long) end - start;
        long offset = arguments.size() == 3
                ? new Random(arguments.integer(2)).nextLong(bound)
                : ThreadLocalRandom.current().nextLong(bound);
        return IntNode.valueOf((int) (start + offset));
    }

    /** {@code States.MathAdd(a, b)}: the sum of two integers; it must fit in 32 bits. */
    static JsonNode add(IntrinsicArguments arguments) {
        arguments.requireCount(2);
        long sum = (long) arguments.integer(0) + arguments.integer(1);
        if (sum < Integer.MIN_VALUE || sum > Integer.MAX_VALUE) throw arguments.invalid();
        return IntNode.valueOf((int) sum);
    }
}
