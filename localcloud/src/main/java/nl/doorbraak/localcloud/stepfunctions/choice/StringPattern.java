package nl.doorbraak.localcloud.stepfunctions.choice;

import java.util.regex.Pattern;

/**
 * The pattern of a {@code StringMatches} rule: {@code *} matches any run of characters (also none);
 * {@code \*} is a literal asterisk and {@code \\} a literal backslash. The whole string must match.
 */
public record StringPattern(String pattern, Pattern regex) {

    public static StringPattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                literal.append(pattern.charAt(++i));
            } else if (c == '*') {
                flush(literal, regex);
                regex.append(".*");
            } else {
                literal.append(c);
            }
        }
        flush(literal, regex);
        return new StringPattern(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    public boolean matches(String text) {
        return regex.matcher(text).matches();
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
