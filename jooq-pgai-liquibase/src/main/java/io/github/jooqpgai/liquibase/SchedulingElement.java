package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.PostgresInterval;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.SchedulingTimescaledb;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * {@code <pgai:scheduling type="none|default|timescaledb" scheduleInterval="5 minutes" initialStart="..."
 * fixedSchedule="true" timezone="UTC"/>}: the DSL's {@code Scheduling.none()}, {@code Scheduling.defaults()} or
 * {@code Scheduling.timescaledb(interval)}; the interval in any PostgreSQL interval style or ISO 8601
 * ({@code PT5M}), {@code initialStart} an ISO 8601 timestamp with offset.
 *
 * <pre>{@code
 * <pgai:scheduling type="timescaledb" scheduleInterval="PT10M" timezone="UTC"/>
 * }</pre>
 */
public final class SchedulingElement extends ConfigElement {

    private String type;
    private String scheduleInterval;
    private String initialStart;
    private String fixedSchedule;
    private String timezone;

    @Override
    public String getSerializedObjectName() {
        return "scheduling";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getScheduleInterval() {
        return scheduleInterval;
    }

    public void setScheduleInterval(String scheduleInterval) {
        this.scheduleInterval = scheduleInterval;
    }

    public String getInitialStart() {
        return initialStart;
    }

    public void setInitialStart(String initialStart) {
        this.initialStart = initialStart;
    }

    public String getFixedSchedule() {
        return fixedSchedule;
    }

    public void setFixedSchedule(String fixedSchedule) {
        this.fixedSchedule = fixedSchedule;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    /** The DSL's scheduling config; its checks run. */
    public Scheduling toConfig() {
        String kind = variant(type, "none", "default", "timescaledb");
        if (!kind.equals("timescaledb")) {
            absent(kind, "scheduleInterval", scheduleInterval);
            absent(kind, "initialStart", initialStart);
            absent(kind, "fixedSchedule", fixedSchedule);
            absent(kind, "timezone", timezone);
            return kind.equals("none") ? Scheduling.none() : Scheduling.defaults();
        }
        PostgresInterval interval = scheduleInterval == null ? SchedulingTimescaledb.DEFAULT_INTERVAL : interval();
        OffsetDateTime start = initialStart();
        Boolean fixed = bool("fixedSchedule", fixedSchedule);
        return build(() -> Scheduling.timescaledb(interval).withInitialStart(start).withFixedSchedule(fixed).withTimezone(timezone));
    }

    private PostgresInterval interval() {
        try {
            return PostgresInterval.parse(scheduleInterval);
        } catch (IllegalArgumentException e) {
            throw new ChangeAttributeException(label("scheduleInterval"), e.getMessage());
        }
    }

    private OffsetDateTime initialStart() {
        if (initialStart == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(initialStart.trim());
        } catch (DateTimeParseException e) {
            throw new ChangeAttributeException(label("initialStart"),
                    "invalid initial_start = \"" + initialStart + "\": must be an ISO 8601 timestamp with offset, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
