package nl.doorbraak.domain;

/** What the person was found in: the kind of exploitation or crime (aggregated into the local victim picture). */
public enum SituationType {
    CRIMINELE_UITBUITING, SEKSUELE_UITBUITING, ARBEIDSUITBUITING, WOONUITBUITING, GOKSCHULDEN,
    HENNEP_KATVANGER, GELDEZEL, SYSTEEMSLACHTOFFER, OVERIG
}
