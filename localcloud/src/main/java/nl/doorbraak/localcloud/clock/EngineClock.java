package nl.doorbraak.localcloud.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local cloud's time: wall-clock time plus an offset that only grows. Tests and {@code POST /_localcloud/clock}
 * advance it instead of sleeping; listeners (timer services) are told so that due timers fire at once.
 */
public final class EngineClock extends Clock {
    private final Clock base;
    private final AtomicLong offsetMillis = new AtomicLong();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    public EngineClock(Clock base) {
        this.base = base;
    }

    public static EngineClock system() {
        return new EngineClock(Clock.systemUTC());
    }

    /** Moves time forward; negative or zero durations are refused. Returns the new time. */
    public Instant advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offsetMillis.addAndGet(by.toMillis());
        listeners.forEach(Runnable::run);
        return instant();
    }

    /** Sets the offset so that now is at least {@code at} (never moves backwards). */
    public Instant advanceTo(Instant at) {
        long needed = at.toEpochMilli() - base.millis();
        offsetMillis.accumulateAndGet(needed, Math::max);
        listeners.forEach(Runnable::run);
        return instant();
    }

    public long offsetMillis() { return offsetMillis.get(); }

    /** Restores a persisted offset after a restart (never moves backwards). */
    public void restoreOffset(long millis) { offsetMillis.accumulateAndGet(millis, Math::max); }

    public void onAdvance(Runnable listener) { listeners.add(listener); }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public long millis() { return base.millis() + offsetMillis.get(); }
    @Override public Instant instant() { return Instant.ofEpochMilli(millis()); }
}
