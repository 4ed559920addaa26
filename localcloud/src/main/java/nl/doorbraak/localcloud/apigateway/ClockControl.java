package nl.doorbraak.localcloud.apigateway;

import nl.doorbraak.localcloud.clock.EngineClock;

import java.time.Duration;
import java.time.Instant;

/** Moves the engine's clock for {@code POST /local/clock}: in-process when the engine runs in the same JVM. */
public interface ClockControl {

    Instant advance(Duration by);

    Instant now();

    static ClockControl of(EngineClock clock) {
        return new ClockControl() {
            @Override
            public Instant advance(Duration by) {
                return clock.advance(by);
            }

            @Override
            public Instant now() {
                return clock.instant();
            }
        };
    }
}
