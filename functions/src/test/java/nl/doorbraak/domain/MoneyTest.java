package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @ParameterizedTest(name = "{0} cents → {1}")
    @CsvSource(delimiter = '|', value = {
            "0|€ 0,00",
            "5|€ 0,05",
            "100|€ 1,00",
            "99999|€ 999,99",
            "100000|€ 1.000,00",
            "123456|€ 1.234,56",
            "25000000|€ 250.000,00",
            "100000000000|€ 1.000.000.000,00",
            "-5|€ -0,05",
            "-123456|€ -1.234,56"})
    void formatsInDutchNotation(long cents, String expected) {
        assertEquals(expected, Money.format(cents));
    }

    @ParameterizedTest(name = "{0} cents → {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "0|0.00|0,00",
            "7|0.07|0,07",
            "123456|1234.56|1234,56",
            "100000000|1000000.00|1000000,00",
            "-1250|-12.50|-12,50"})
    void formatsPlainDecimalWithoutGrouping(long cents, String point, String comma) {
        assertEquals(point, Money.formatDecimal(cents));
        assertEquals(comma, Money.formatDecimalComma(cents));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "€ 1.234,56|123456",
            "€1.234,56|123456",
            "€\u00A01.234,56|123456",
            "1234,56|123456",
            "1.234|123400",
            "12.345.678,90|1234567890",
            "12,5|1250",
            "0,05|5",
            "-0,05|-5",
            "€ -1.234,56|-123456",
            "  42  |4200",
            "1.000.000.000,00|100000000000"})
    void parsesDutchNotation(String text, long cents) {
        assertEquals(cents, Money.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "abc", "1,234", "1.23,00", "12.34", "1.2345", "€", "1,", ",50", "1 234,00", "1.234.56", "$ 5"})
    void refusesWhatIsNoDutchAmount(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
        assertTrue(e.getMessage().startsWith("Ongeldig bedrag"), e.getMessage());
    }

    @Test
    void refusesOneCentAboveTheMaximum() {
        assertEquals(Money.MAX_CENTS, Money.parse("1.000.000.000,00"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("1.000.000.000,01"));
        assertEquals("Bedrag \"1.000.000.000,01\" is te groot; het maximum is € 1.000.000.000,00.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.parse("99999999999999999999999"));
        assertThrows(IllegalArgumentException.class, () -> Money.parseDecimal("1000000000.01"));
    }

    @Test
    void refusesNull() {
        assertEquals("Geen bedrag opgegeven.", assertThrows(IllegalArgumentException.class, () -> Money.parse(null)).getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"1234.56|123456", "1234.5|123450", "7|700", "0.01|1", "-12.30|-1230"})
    void parsesPlainDecimal(String text, long cents) {
        assertEquals(cents, Money.parseDecimal(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused as plain decimal")
    @ValueSource(strings = {"1,234.56", "1234,56", "12.345", "€ 12", "1.", ".5"})
    void refusesWhatIsNoPlainDecimal(String text) {
        assertThrows(IllegalArgumentException.class, () -> Money.parseDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 99, 100, 101, 99999, 100000, 123456789, 100000000000L, -1, -100001})
    void formatAndParseRoundTrip(long cents) {
        assertEquals(cents, Money.parse(Money.format(cents)));
        assertEquals(cents, Money.parseDecimal(Money.formatDecimal(cents)));
        assertEquals(cents, Money.parse(Money.formatDecimalComma(cents)));
    }
}
