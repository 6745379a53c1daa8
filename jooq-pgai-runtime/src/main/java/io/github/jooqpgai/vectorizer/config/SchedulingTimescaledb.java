package io.github.jooqpgai.vectorizer.config;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@code ai.scheduling_timescaledb}: a TimescaleDB background job runs the vectorizer. The interval is
 * passed without loss (months and days included, down to microseconds); a {@link Duration} becomes whole
 * days plus time, a {@link PostgresInterval} is passed as it is (months need one).
 *
 * <pre>{@code
 * SchedulingTimescaledb s = Scheduling.timescaledb(Duration.ofDays(1).plusMinutes(5))
 *         .withInitialStart(Instant.parse("2030-01-01T00:00:00Z"))
 *         .withFixedSchedule(true)
 *         .withTimezone("UTC");
 * Scheduling.timescaledb(new PostgresInterval(1, 0, 0));   // every month
 * }</pre>
 *
 * @param scheduleInterval the interval (positive as PostgreSQL compares intervals; default 5 minutes)
 * @param initialStart the first run, or null
 * @param fixedSchedule TimescaleDB's fixed_schedule, or null
 * @param timezone the time zone for the schedule, or null
 */
public record SchedulingTimescaledb(PostgresInterval scheduleInterval, OffsetDateTime initialStart, Boolean fixedSchedule, String timezone)
        implements Scheduling {

    /** pgai's default interval. */
    public static final PostgresInterval DEFAULT_INTERVAL = PostgresInterval.of(Duration.ofMinutes(5));

    /** @throws InvalidVectorizerConfigException for a missing or non-positive interval */
    public SchedulingTimescaledb {
        if (scheduleInterval == null || !scheduleInterval.isPositive()) {
            throw new InvalidVectorizerConfigException("schedule_interval", scheduleInterval, "must be a positive interval");
        }
        ConfigChecks.text("timezone", timezone);
    }

    /** A copy with another interval. */
    public SchedulingTimescaledb withScheduleInterval(PostgresInterval scheduleInterval) {
        return new SchedulingTimescaledb(scheduleInterval, initialStart, fixedSchedule, timezone);
    }

    /** A copy with another interval: whole days and the time of {@code scheduleInterval}. */
    public SchedulingTimescaledb withScheduleInterval(Duration scheduleInterval) {
        return withScheduleInterval(interval(scheduleInterval));
    }

    /** A positive duration of whole microseconds as an interval. */
    static PostgresInterval interval(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new InvalidVectorizerConfigException("schedule_interval", duration, "must be a positive duration");
        }
        if (duration.getNano() % 1000 != 0) {
            throw new InvalidVectorizerConfigException("schedule_interval", duration,
                    "PostgreSQL intervals have microsecond precision; the nanoseconds would be lost");
        }
        try {
            return PostgresInterval.of(duration);
        } catch (IllegalArgumentException e) {
            throw new InvalidVectorizerConfigException("schedule_interval", duration, "too long for a PostgreSQL interval");
        }
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
}
