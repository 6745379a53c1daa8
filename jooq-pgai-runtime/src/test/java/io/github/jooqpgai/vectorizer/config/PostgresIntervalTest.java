package io.github.jooqpgai.vectorizer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four IntervalStyle outputs of one interval each; the thousands of random intervals compared with
 * PostgreSQL itself are in {@code IntervalStylesIT}.
 */
class PostgresIntervalTest {

    private static final PostgresInterval MIXED = new PostgresInterval(-14, 3, -(4 * 3_600_000_000L + 5 * 60_000_000L + 6_500_000L));

    @Test
    void readsEveryIntervalStyle() {
        assertThat(PostgresInterval.parse("-1 years -2 mons +3 days -04:05:06.5")).isEqualTo(MIXED);
        assertThat(PostgresInterval.parse("P-1Y-2M3DT-4H-5M-6.5S")).isEqualTo(MIXED);
        assertThat(PostgresInterval.parse("-1-2 +3 -4:05:06.5")).isEqualTo(MIXED);
        assertThat(PostgresInterval.parse("@ 1 year 2 mons -3 days 4 hours 5 mins 6.5 secs ago")).isEqualTo(MIXED);
    }

    @Test
    void readsTheShortFormsOfEachStyle() {
        PostgresInterval month = new PostgresInterval(1, 0, 0);
        assertThat(PostgresInterval.parse("1 mon")).isEqualTo(month);
        assertThat(PostgresInterval.parse("P1M")).isEqualTo(month);
        assertThat(PostgresInterval.parse("0-1")).isEqualTo(month);
        assertThat(PostgresInterval.parse("@ 1 mon")).isEqualTo(month);
        PostgresInterval zero = new PostgresInterval(0, 0, 0);
        assertThat(PostgresInterval.parse("00:00:00")).isEqualTo(zero);
        assertThat(PostgresInterval.parse("PT0S")).isEqualTo(zero);
        assertThat(PostgresInterval.parse("0")).isEqualTo(zero);
        assertThat(PostgresInterval.parse("@ 0")).isEqualTo(zero);
        assertThat(PostgresInterval.parse("-2 1:00:00")).isEqualTo(new PostgresInterval(0, -2, -3_600_000_000L));
        assertThat(PostgresInterval.parse("@ 1 day -1 hours ago")).isEqualTo(new PostgresInterval(0, -1, 3_600_000_000L));
        assertThat(PostgresInterval.parse("2562047788:00:54.775807")).isEqualTo(new PostgresInterval(0, 0, Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P1DT", "@", "@ ago", "@ 0 ago", "1 mon ", "1 mon  2 days", "1 mon2 days", "1 month",
            "1:2:3", "00:00:00.1234567", "infinity", "1 day garbage", "@ 1 day 0", "+-1 days", "99999999999 days"})
    void rejectsWhatNoIntervalStylePrints(String text) {
        assertThatThrownBy(() -> PostgresInterval.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
    }

    @Test
    void printsPostgresIso8601Output() {
        assertThat(MIXED).hasToString("P-1Y-2M3DT-4H-5M-6.5S");
        assertThat(PostgresInterval.of(Duration.ofDays(1).plusMinutes(5))).hasToString("P1DT5M");
        assertThat(PostgresInterval.of(Duration.ofHours(49).plusNanos(1_000))).hasToString("P2DT1H0.000001S");
        assertThat(new PostgresInterval(0, 0, 0)).hasToString("PT0S");
        assertThat(new PostgresInterval(12, 0, -500_000)).hasToString("P1YT-0.5S");
    }

    @Test
    void positiveAsPostgresqlOrdersIntervals() {
        assertThat(new PostgresInterval(1, -30, 1).isPositive()).isTrue();
        assertThat(new PostgresInterval(1, -30, 0).isPositive()).isFalse();
        assertThat(new PostgresInterval(0, 1, -86_400_000_000L).isPositive()).isFalse();
        assertThat(new PostgresInterval(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE).isPositive()).isTrue();
    }

    @Test
    void timescaledbSchedulingNeedsAPositiveInterval() {
        assertThat(Scheduling.timescaledb(new PostgresInterval(1, 0, 0)).scheduleInterval()).hasToString("P1M");
        assertThatThrownBy(() -> Scheduling.timescaledb(new PostgresInterval(1, -31, 0)))
                .hasMessage("invalid schedule_interval = P1M-31D: must be a positive interval");
        assertThatThrownBy(() -> Scheduling.timescaledb(Duration.ofDays(3_000_000_000L)))
                .hasMessage("invalid schedule_interval = PT72000000000H: too long for a PostgreSQL interval");
    }

    @Test
    void durationsWithNanosecondsAreRejected() {
        assertThatThrownBy(() -> PostgresInterval.of(Duration.ofNanos(1500))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PostgreSQL intervals have microsecond precision, PT0.0000015S has nanoseconds");
    }
}
