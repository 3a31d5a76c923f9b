package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SystemZoneClockTest {

    @Test
    void tellsTheSystemTimeInTheSystemZoneAsTheJdkClockDoes() {
        Clock jdk = Clock.systemDefaultZone();
        SystemZoneClock clock = new SystemZoneClock();
        Instant before = Instant.now();
        Instant now = clock.instant();
        assertThat(now).isBetween(before, Instant.now());
        assertThat(Duration.ofMillis(Math.abs(clock.millis() - now.toEpochMilli()))).isLessThan(Duration.ofSeconds(5));
        assertThat(clock.getZone()).isEqualTo(jdk.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(clock.withZone(ZoneOffset.UTC).getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
