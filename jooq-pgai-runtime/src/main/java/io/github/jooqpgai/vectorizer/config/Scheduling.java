package io.github.jooqpgai.vectorizer.config;

/**
 * When the vectorizer job runs ({@code scheduling => ...}). {@code default} is resolved by pgai at
 * create time from the GUC {@code ai.scheduling_default} (without it: none). {@code timescaledb}
 * needs TimescaleDB.
 *
 * <pre>{@code
 * Scheduling.none();
 * Scheduling.timescaledb(Duration.ofMinutes(10)).withTimezone("Europe/Berlin");
 * }</pre>
 */
public sealed interface Scheduling extends VectorizerConfigPart permits Scheduling.None, Scheduling.Default, SchedulingTimescaledb {

    /** {@code ai.scheduling_none()}: an external worker polls the queue. */
    static None none() {
        return new None();
    }

    /** {@code ai.scheduling_default()} (pgai's default; stored resolved). */
    static Default defaults() {
        return new Default();
    }

    /** {@code ai.scheduling_timescaledb(schedule_interval => interval)}: whole days and the time of {@code scheduleInterval}. */
    static SchedulingTimescaledb timescaledb(java.time.Duration scheduleInterval) {
        return new SchedulingTimescaledb(SchedulingTimescaledb.interval(scheduleInterval), null, null, null);
    }

    /** {@code ai.scheduling_timescaledb(schedule_interval => interval)}, e.g. monthly: {@code new PostgresInterval(1, 0, 0)}. */
    static SchedulingTimescaledb timescaledb(PostgresInterval scheduleInterval) {
        return new SchedulingTimescaledb(scheduleInterval, null, null, null);
    }

    /** {@code ai.scheduling_none()}. */
    record None() implements Scheduling {
    }

    /** {@code ai.scheduling_default()}. */
    record Default() implements Scheduling {
    }
}
