package io.github.jooqpgai.benchmarks.knn;

import java.util.Locale;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;

/**
 * The client side of a jOOQ kNN query without a database: build, render, bind, execute against jOOQ's
 * {@code MockConnection} (which answers every query with an empty result) and fetch, in microseconds per
 * query, best of several rounds (the least disturbed by other load). This is what jOOQ and jooq-pgai add
 * to a query's latency, besides what the server sees (the same plan, checked by the harness).
 *
 * <pre>{@code
 * double micros = ClientSideCost.bestMicrosPerQuery(PgaiDSL.using(ClientSideCost.mockConnection()), dsl -> query(dsl));
 * }</pre>
 */
final class ClientSideCost {

    private static final int ROUNDS = 7;
    private static final int QUERIES_PER_ROUND = 20_000;

    private ClientSideCost() {
    }

    /** A connection that answers every statement with an empty one-column result. */
    static MockConnection mockConnection() {
        return new MockConnection(ctx -> new MockResult[] {new MockResult(0, DSL.using(SQLDialect.POSTGRES).newResult(DSL.field("id", Long.class)))});
    }

    /** Best of {@value #ROUNDS} rounds of {@value #QUERIES_PER_ROUND} queries, in µs per query. */
    static double bestMicrosPerQuery(DSLContext dsl, Function<DSLContext, ResultQuery<?>> query) {
        double best = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < QUERIES_PER_ROUND; i++) {
                sink += query.apply(dsl).fetch().size();
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e3 / QUERIES_PER_ROUND);
        }
        if (sink != 0) {
            throw new IllegalStateException("the mock returned rows");
        }
        return best;
    }

    /** A line for the report. */
    static String line(String name, double micros) {
        return String.format(Locale.ROOT, "client side without a database, %s: %.1f µs per query (best of %d rounds of %d)",
                name, micros, ROUNDS, QUERIES_PER_ROUND);
    }

}
