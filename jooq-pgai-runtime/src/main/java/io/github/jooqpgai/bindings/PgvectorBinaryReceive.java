package io.github.jooqpgai.bindings;

import java.sql.SQLException;
import java.sql.Wrapper;
import java.util.Arrays;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.postgresql.PGStatement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.QueryExecutor;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * Makes jOOQ queries that read pgvector columns through jooq-pgai's bindings receive them in pgvector's
 * binary format, without any change to the JDBC URL: the server sends raw floats instead of formatting
 * decimal text and the bindings decode them directly (several times faster than the text path for
 * embeddings). {@code PgaiDSL.using(...)} installs it; add it to any other jOOQ configuration with
 * {@link #enable(Configuration)}.
 *
 * <p>Only the statement that reads the vectors is affected. Right before such a statement executes, the
 * listener registers pgvector's type OIDs (looked up once per physical connection, in the schema the
 * {@code vector} extension is installed in) for binary receive on that pgjdbc connection, asks pgjdbc for
 * binary results from the first execution ({@code PGStatement.setPrepareThreshold(-1)}: one extra Describe
 * round trip the first time a connection sees the SQL, then a server-side prepared statement), and takes the
 * registration back after the execution. Other code on the same connection keeps receiving text, so a plain
 * {@code ResultSet.getString} on a vector column still sees {@code [1,2,3]}.
 *
 * <p>Text stays in use, and the bindings parse it, when pgvector is not installed, when the connection is not
 * a pgjdbc one, when it uses {@code preferQueryMode=simple}, or when its {@code prepareThreshold} is 0 (the
 * usual setting behind a transaction-pooling proxy, which must not see server-side prepared statements). OIDs
 * are cached per physical connection: a {@code vector} extension re-created while a connection is open is
 * read as text on that connection. Turning pgvector's OIDs on for the whole connection instead is what
 * {@link PgvectorBinaryTransfer} does through the JDBC URL.
 *
 * <pre>{@code
 * DSLContext dsl = DSL.using(PgvectorBinaryReceive.enable(
 *         new DefaultConfiguration().set(dataSource).set(SQLDialect.POSTGRES)));
 * dsl.select(ITEMS.EMBEDDING).from(ITEMS).fetch();   // vectors arrive in binary
 * }</pre>
 */
public final class PgvectorBinaryReceive implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    private static final PgvectorBinaryReceive INSTANCE = new PgvectorBinaryReceive();

    /** Key in {@link ExecuteContext#data()} of the OIDs this listener registered for the current execution. */
    private static final String REGISTERED = PgvectorBinaryReceive.class.getName() + ".registered";

    private PgvectorBinaryReceive() {
    }

    /** The listener (stateless; it keeps per-execution state in the {@link ExecuteContext}). */
    public static PgvectorBinaryReceive listener() {
        return INSTANCE;
    }

    /** {@code configuration} if it already has this listener, else a derived configuration that appends it. */
    public static Configuration enable(Configuration configuration) {
        if (configuration == null) {
            throw new IllegalArgumentException("configuration must not be null");
        }
        return isEnabled(configuration) ? configuration
                : configuration.deriveAppending(new DefaultExecuteListenerProvider(INSTANCE));
    }

    /** Whether {@code configuration}'s execute listeners include this one. */
    public static boolean isEnabled(Configuration configuration) {
        if (configuration == null) {
            throw new IllegalArgumentException("configuration must not be null");
        }
        for (ExecuteListenerProvider provider : configuration.executeListenerProviders()) {
            if (provider.provide() instanceof PgvectorBinaryReceive) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (!(ctx.query() instanceof ResultQuery<?> query) || ctx.statement() == null || ctx.connection() == null
                || !readsPgvectorType(query)) {
            return;
        }
        try {
            BaseConnection connection = unwrap(ctx.connection(), BaseConnection.class);
            PGStatement statement = unwrap(ctx.statement(), PGStatement.class);
            if (connection == null || statement == null || !binaryResultsPossible(connection)) {
                return;
            }
            int[] oids = PgvectorOids.of(connection);
            if (oids.length == 0) {
                return;
            }
            QueryExecutor executor = connection.getQueryExecutor();
            int[] registered = new int[oids.length];
            int count = 0;
            for (int oid : oids) {
                if (!executor.useBinaryForReceive(oid)) {
                    executor.addBinaryReceiveOid(oid);
                    registered[count++] = oid;
                }
            }
            ctx.data(REGISTERED, new Registration(executor, Arrays.copyOf(registered, count)));
            statement.setPrepareThreshold(-1);
        } catch (SQLException e) {
            // text is always readable: the query runs as it would without this listener
            unregister(ctx);
        }
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        unregister(ctx);
    }

    @Override
    public void exception(ExecuteContext ctx) {
        unregister(ctx);
    }

    @Override
    public void end(ExecuteContext ctx) {
        unregister(ctx);
    }

    private static void unregister(ExecuteContext ctx) {
        if (ctx.data(REGISTERED) instanceof Registration registration) {
            ctx.data().remove(REGISTERED);
            for (int oid : registration.oids()) {
                registration.executor().removeBinaryReceiveOid(oid);
            }
        }
    }

    /**
     * Whether a result column has a pgvector type with our bindings. A {@code Select}'s {@code getSelect()} is
     * its select list with asterisks resolved; {@code fields()} would first build a derived table, which costs
     * more than the rest of a small query's client side (about 4 µs of 7).
     */
    private static boolean readsPgvectorType(ResultQuery<?> query) {
        Iterable<? extends Field<?>> fields = query instanceof Select<?> select ? select.getSelect() : Arrays.asList(query.fields());
        for (Field<?> field : fields) {
            if (field.getDataType().getBinding() instanceof AbstractVectorBinding<?> binding && binding.isPgvectorType()) {
                return true;
            }
        }
        return false;
    }

    /** Binary results need the extended protocol and named statements, which a threshold of 0 rules out. */
    private static boolean binaryResultsPossible(BaseConnection connection) {
        return connection.getPreferQueryMode() != PreferQueryMode.SIMPLE && connection.getPrepareThreshold() != 0;
    }

    private static <T> T unwrap(Wrapper wrapper, Class<T> type) throws SQLException {
        return wrapper.isWrapperFor(type) ? wrapper.unwrap(type) : null;
    }

    /** The OIDs this listener added for one execution, and where; removed again when the execution ends. */
    private record Registration(QueryExecutor executor, int[] oids) {
    }
}
