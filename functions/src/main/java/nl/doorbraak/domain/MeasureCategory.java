package nl.doorbraak.domain;

/** Kind of first measure paid from the budget; finance reports spending per category. */
public enum MeasureCategory {
    VERVOER, ONDERDAK, SCHULDEN, VEILIGHEID, LEVENSONDERHOUD, WERK_SCHOOL, ZORG, OVERIG
}
