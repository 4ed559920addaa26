package nl.doorbraak.domain;

/** Where the zorgmarinier found the person. */
public enum FoundAt {
    HOTSPOT, KAMERVERHUUR, SCHOOL_HANGPLEK, ONLINE, THUIS, VIA_PARTNER, OVERIG
}
