package nl.doorbraak.domain;

import java.util.regex.Pattern;

/** Bounds on what requests may contain, in one place (the README's API section quotes them). */
public final class Limits {

    public static final int MIN_MEASURES = 1;
    public static final int MAX_MEASURES = 20;
    public static final int SUMMARY_CHARS = 1000;
    public static final int DESCRIPTION_CHARS = 200;
    public static final int ORGANISATION_CHARS = 120;
    public static final int NOTE_CHARS = 1000;
    public static final int REASON_CHARS = 500;
    public static final int COMMENT_CHARS = 1000;
    public static final int NAME_CHARS = 100;
    public static final int PAYEE_CHARS = 120;
    public static final int RECEIPT_CHARS = 64;
    public static final int MIN_DUE_DAYS = 1;
    public static final int MAX_DUE_DAYS = 90;
    public static final int MIN_FOLLOW_UP_DAYS = 1;
    /** Standard executions end after one year: approval (at most 2 × 30 days), handover (90) and follow-up must fit. */
    public static final int MAX_FOLLOW_UP_DAYS = 180;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9-]{3,40}");
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    public static final Pattern FINANCE_CODE = Pattern.compile("[A-Za-z0-9.-]{1,20}");

    private Limits() {
    }
}
