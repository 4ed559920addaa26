package nl.doorbraak.localcloud.dynamodb.expr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** DynamoDB's reserved words (developer guide, "Reserved words in DynamoDB"); matched case-insensitively. */
public final class ReservedWords {
    private static final Set<String> WORDS = load();

    private ReservedWords() {}

    public static boolean isReserved(String name) {
        return WORDS.contains(name.toUpperCase(Locale.ROOT));
    }

    static int count() { return WORDS.size(); }

    private static Set<String> load() {
        try (InputStream in = ReservedWords.class.getResourceAsStream("reserved-words.txt")) {
            if (in == null) throw new IllegalStateException("reserved-words.txt missing from the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Stream.of(text.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
