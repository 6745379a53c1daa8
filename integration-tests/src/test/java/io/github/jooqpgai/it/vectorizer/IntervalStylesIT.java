package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.PostgresInterval;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.SchedulingTimescaledb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential: PostgreSQL prints a stored {@code schedule_interval} under the IntervalStyle of the session that
 * created the config. For seeded random intervals (months, days, time; negative and mixed signs; microseconds)
 * PostgreSQL reads jooq-pgai's rendering, {@code ai.scheduling_timescaledb} prints it under each IntervalStyle,
 * and {@link PostgresInterval#parse} must give back the months, days and microseconds that PostgreSQL's own
 * {@code extract(...)} reports. Seed: {@code -Dit.interval.seed=...} (default fixed).
 */
@PgaiTest
class IntervalStylesIT {

    private static final long SEED = Long.getLong("it.interval.seed", 20_261_130L);
    private static final int INTERVALS = 3000;
    private static final long MICROS_PER_HOUR = 3_600_000_000L;

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "iso_8601", "sql_standard", "postgres_verbose"})
    void everyRandomIntervalReadsBackAsPostgresqlSeesIt(String style, PgaiTestSchema db) throws SQLException {
        List<PostgresInterval> intervals = randomIntervals(new SplittableRandom(SEED));
        try (Connection c = db.connection()) {
            setIntervalStyle(c, style);
            try (PreparedStatement ps = c.prepareStatement("""
                    select t.v, ai.scheduling_timescaledb(schedule_interval => t.v::interval)->>'schedule_interval',
                           (extract(year from t.v::interval) * 12 + extract(month from t.v::interval))::int4,
                           extract(day from t.v::interval)::int4,
                           (extract(hour from t.v::interval) * 3600000000 + extract(minute from t.v::interval) * 60000000
                               + extract(microseconds from t.v::interval))::int8,
                           t.v::interval::text
                    from unnest(?::text[]) with ordinality as t(v, i) order by t.i""")) {
                ps.setArray(1, c.createArrayOf("text", intervals.stream().map(PostgresInterval::toString).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    int row = 0;
                    while (rs.next()) {
                        PostgresInterval rendered = intervals.get(row++);
                        PostgresInterval postgres = new PostgresInterval(rs.getInt(3), rs.getInt(4), rs.getLong(5));
                        String printed = rs.getString(2);
                        assertThat(postgres).as("PostgreSQL reading jooq-pgai's rendering %s (seed %d)", rendered, SEED).isEqualTo(rendered);
                        assertThat(PostgresInterval.parse(printed)).as("%s output %s (seed %d)", style, printed, SEED).isEqualTo(postgres);
                        if (style.equals("iso_8601")) {
                            assertThat(rendered).as("jooq-pgai renders what PostgreSQL prints (seed %d)", SEED).hasToString(rs.getString(6));
                        }
                    }
                    assertThat(row).as("rows compared").isEqualTo(INTERVALS);
                }
            }
        }
    }

    /** In one rolled-back transaction: other sessions of the shared database never see the monthly schedule. */
    @ParameterizedTest
    @ValueSource(strings = {"postgres", "iso_8601", "sql_standard", "postgres_verbose"})
    void aConfigStoredUnderAnyIntervalStyleIsReadBackWithItsMonths(String style, PgaiTestSchema db) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                storeUnderIntervalStyleAndRead(style, db.schema(), c);
            } finally {
                c.rollback();
            }
        }
    }

    private static void storeUnderIntervalStyleAndRead(String style, String schema, Connection c) throws SQLException {
        PgaiDSLContext pgai = PgaiDSL.using(c);
        String table = "sched_" + style;
        pgai.execute("create table " + table + " (id int primary key, title text not null, content text not null)");
        String name = schema + "_" + table;
        pgai.createVectorizer(DSL.name(schema, table)).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .scheduling(Scheduling.none()).name(name).execute();
        setIntervalStyle(c, style);
        try (PreparedStatement ps = c.prepareStatement("""
                update ai.vectorizer set config = jsonb_set(config, '{scheduling}',
                    ai.scheduling_timescaledb(schedule_interval => ?::interval, fixed_schedule => true))
                where name = ?""")) {
            ps.setString(1, "1 year 2 months 3 days 04:00:00.500001");
            ps.setString(2, name);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        setIntervalStyle(c, "postgres");
        String stored = pgai.fetchOne("select config->'scheduling'->>'schedule_interval' from ai.vectorizer where name = ?", name).get(0, String.class);
        assertThat(stored).as("what %s stores", style).isEqualTo(switch (style) {
            case "postgres" -> "1 year 2 mons 3 days 04:00:00.500001";
            case "iso_8601" -> "P1Y2M3DT4H0.500001S";
            case "sql_standard" -> "+1-2 +3 +4:00:00.500001";
            default -> "@ 1 year 2 mons 3 days 4 hours 0.500001 secs";
        });

        SchedulingTimescaledb read = (SchedulingTimescaledb) pgai.vectorizer(name).orElseThrow().config().scheduling();
        assertThat(read).isEqualTo(Scheduling.timescaledb(new PostgresInterval(14, 3, 4 * MICROS_PER_HOUR + 500_001)).withFixedSchedule(true));
        assertThat(json(pgai.fetchOne("select ai.scheduling_timescaledb(schedule_interval => ?::interval)::text",
                read.scheduleInterval().toString()).get(0, String.class)).get("schedule_interval").textValue())
                .as("the read interval rendered back gives what PostgreSQL printed (IntervalStyle postgres)")
                .isEqualTo("1 year 2 mons 3 days 04:00:00.500001");
    }

    private static void setIntervalStyle(Connection c, String style) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set IntervalStyle = " + switch (style) {
                case "postgres", "iso_8601", "sql_standard", "postgres_verbose" -> style;
                default -> throw new IllegalArgumentException(style);
            });
        }
    }

    /** Each part zero a third of the time (short forms), small or large, any sign; the time part down to microseconds. */
    private static List<PostgresInterval> randomIntervals(SplittableRandom random) {
        List<PostgresInterval> intervals = new ArrayList<>();
        for (int i = 0; i < INTERVALS; i++) {
            int months = (int) part(random, 30, 1_000_000);
            int days = (int) part(random, 40, 1_000_000);
            long micros = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> part(random, 60_000_000L, 60_000_000L);
                case 2 -> part(random, 24 * MICROS_PER_HOUR, 24 * MICROS_PER_HOUR) / 1_000_000 * 1_000_000;
                default -> part(random, 100_000 * MICROS_PER_HOUR, 2_000_000_000L * MICROS_PER_HOUR);
            };
            intervals.add(new PostgresInterval(months, days, micros));
        }
        return intervals;
    }

    private static long part(SplittableRandom random, long small, long large) {
        long bound = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> small;
            default -> large;
        };
        return bound == 0 ? 0 : random.nextLong(-bound, bound + 1);
    }
}
