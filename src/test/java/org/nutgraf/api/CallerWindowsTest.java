package org.nutgraf.api;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The per-caller rate windows behind EdgeGuard's 429, timed by a clock the test moves, so a minute passes without
 * sleeping and every Retry-After is known to the second.
 */
class CallerWindowsTest {

    /** A ticker that stands still until told to move. */
    private static final class Clock implements Ticker {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration d) {
            nanos.addAndGet(d.toNanos());
        }
    }

    private final Clock clock = new Clock();

    @Test
    void aCallerPastItsLimitWaitsUntilItsWindowEndsThenIsAdmittedAgain() {
        EdgeGuard.CallerWindows windows = new EdgeGuard.CallerWindows(2, 100, clock);
        assertEquals(0, windows.admit("ip:10.0.0.1"));
        clock.advance(Duration.ofSeconds(15));
        assertEquals(0, windows.admit("ip:10.0.0.1"));
        // the window began at the first request: 45 s of it are left, whatever came since
        assertEquals(45, windows.admit("ip:10.0.0.1"));
        clock.advance(Duration.ofMillis(44_500));
        // half a second left rounds up: Retry-After never tells a caller to come back before the window ends
        assertEquals(1, windows.admit("ip:10.0.0.1"));
        clock.advance(Duration.ofMillis(500));
        assertEquals(0, windows.admit("ip:10.0.0.1"), "a new minute, a new allowance");
        assertEquals(0, windows.admit("ip:10.0.0.1"));
        assertEquals(60, windows.admit("ip:10.0.0.1"));
    }

    @Test
    void refusedRequestsDoNotExtendTheWindow() {
        EdgeGuard.CallerWindows windows = new EdgeGuard.CallerWindows(1, 100, clock);
        assertEquals(0, windows.admit("key:k"));
        for (int s = 0; s < 59; s++) {
            clock.advance(Duration.ofSeconds(1));
            // a caller that keeps knocking is still told the same moment: the end of the window its first request opened
            assertEquals(59 - s, windows.admit("key:k"));
        }
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, windows.admit("key:k"));
    }

    @Test
    void eachCallerHasItsOwnWindow() {
        EdgeGuard.CallerWindows windows = new EdgeGuard.CallerWindows(1, 100, clock);
        assertEquals(0, windows.admit("key:one"));
        assertEquals(60, windows.admit("key:one"));
        assertEquals(0, windows.admit("key:two"));
    }

    @Test
    void manyDistinctCallersKeepTheTableWithinItsBound() {
        EdgeGuard.CallerWindows windows = new EdgeGuard.CallerWindows(5, 1_000, clock);
        for (int i = 0; i < 50_000; i++) {
            windows.admit("ip:10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        // all 50,000 are inside their minute, so only the size bound can have let any go
        assertEquals(1_000, windows.tracked());
    }

    @Test
    void windowsOverTheirMinuteAreDropped() {
        EdgeGuard.CallerWindows windows = new EdgeGuard.CallerWindows(5, 1_000, clock);
        for (int i = 0; i < 100; i++) {
            windows.admit("ip:192.0.2." + i);
        }
        assertEquals(100, windows.tracked());
        clock.advance(EdgeGuard.CallerWindows.WINDOW);
        assertEquals(0, windows.tracked(), "a quiet caller leaves nothing behind once its minute is over");
    }
}
