package io.github.jooqpgai.vectorizer.config;

import io.github.jooqpgai.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.ConfigFunctionCall.Argument;
import io.github.jooqpgai.vectorizer.config.ConfigFunctionCall.SqlType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@code ai.scheduling_timescaledb}: a TimescaleDB background job runs the vectorizer. The interval is
 * passed without loss (days included, down to microseconds).
 *
 * <pre>{@code
 * SchedulingTimescaledb s = Scheduling.timescaledb(Duration.ofDays(1).plusMinutes(5))
 *         .withInitialStart(Instant.parse("2030-01-01T00:00:00Z"))
 *         .withFixedSchedule(true)
 *         .withTimezone("UTC");
 * }</pre>
 *
 * @param scheduleInterval the interval (positive, whole microseconds; default 5 minutes)
 * @param initialStart the first run, or null
 * @param fixedSchedule TimescaleDB's fixed_schedule, or null
 * @param timezone the time zone for the schedule, or null
 */
public record SchedulingTimescaledb(Duration scheduleInterval, OffsetDateTime initialStart, Boolean fixedSchedule, String timezone)
        implements Scheduling {

    /** pgai's default interval. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    /** @throws InvalidVectorizerConfigException for a non-positive or sub-microsecond interval */
    public SchedulingTimescaledb {
        if (scheduleInterval == null || scheduleInterval.isNegative() || scheduleInterval.isZero()) {
            throw new InvalidVectorizerConfigException("schedule_interval", scheduleInterval, "must be a positive duration");
        }
        if (scheduleInterval.getNano() % 1000 != 0) {
            throw new InvalidVectorizerConfigException("schedule_interval", scheduleInterval,
                    "PostgreSQL intervals have microsecond precision; the nanoseconds would be lost");
        }
        ConfigChecks.text("timezone", timezone);
    }

    /** A copy with another interval. */
    public SchedulingTimescaledb withScheduleInterval(Duration scheduleInterval) {
        return new SchedulingTimescaledb(scheduleInterval, initialStart, fixedSchedule, timezone);
    }

    /** A copy with another first run (null for none). */
    public SchedulingTimescaledb withInitialStart(OffsetDateTime initialStart) {
        return new SchedulingTimescaledb(scheduleInterval, initialStart, fixedSchedule, timezone);
    }

    /** A copy with another first run, as an instant in UTC. */
    public SchedulingTimescaledb withInitialStart(Instant initialStart) {
        return withInitialStart(initialStart == null ? null : initialStart.atOffset(ZoneOffset.UTC));
    }

    /** A copy with TimescaleDB's fixed_schedule set (null for its default). */
    public SchedulingTimescaledb withFixedSchedule(Boolean fixedSchedule) {
        return new SchedulingTimescaledb(scheduleInterval, initialStart, fixedSchedule, timezone);
    }

    /** A copy with another time zone (null for none). */
    public SchedulingTimescaledb withTimezone(String timezone) {
        return new SchedulingTimescaledb(scheduleInterval, initialStart, fixedSchedule, timezone);
    }

    @Override
    public ConfigFunctionCall call() {
        return ConfigFunctionCall.of("scheduling_timescaledb",
                new Argument("schedule_interval", scheduleInterval, SqlType.INTERVAL),
                new Argument("initial_start", initialStart, SqlType.TIMESTAMPTZ),
                new Argument("fixed_schedule", fixedSchedule, SqlType.BOOL),
                new Argument("timezone", timezone, SqlType.TEXT));
    }
}
