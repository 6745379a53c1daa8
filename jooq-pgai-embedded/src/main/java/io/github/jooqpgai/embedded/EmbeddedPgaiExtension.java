package io.github.jooqpgai.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link EmbeddedPgaiTest}: one embedded server per JVM (kept in the root
 * extension store, so it is stopped when the test run ends if this JVM started it), one schema per test
 * class, and {@link PgaiSchema} / {@link EmbeddedPgai} parameters. Options come from JUnit configuration
 * parameters (e.g. {@code junit-platform.properties} or {@code -D}), then from the environment variables
 * described at {@link EmbeddedPgai}: {@value #HOME}, {@value #PG_MAJOR}, {@value #PORT}.
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedPgaiExtension.class)
 * class SearchTest {
 *     @Test void t(EmbeddedPgai server, PgaiSchema db) { ... }
 * }
 * }</pre>
 */
public final class EmbeddedPgaiExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedPgaiExtension.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Configuration parameter: the state folder (else {@code PGAI_HOME}, else the per-user cache). */
    public static final String HOME = "jooq-pgai.embedded.home";
    /** Configuration parameter: the PostgreSQL major, 16 or 18 (else {@code PGAI_PG_MAJOR}, else 16). */
    public static final String PG_MAJOR = "jooq-pgai.embedded.pg-major";
    /** Configuration parameter: a fixed port (else {@code PGAI_DB_PORT}, else a free one). */
    public static final String PORT = "jooq-pgai.embedded.port";

    /** Keeps the server in the root store; JUnit closes it after the whole run. */
    private record SharedServer(EmbeddedPgai server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        EmbeddedPgai server = server(context);
        String schema = schemaName(context.getRequiredTestClass());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        context.getStore(NAMESPACE).put(PgaiSchema.class, new PgaiSchema(schema, server.jdbcUrl()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        PgaiSchema schema = context.getStore(NAMESPACE).remove(PgaiSchema.class, PgaiSchema.class);
        if (schema != null) {
            dropSchemaAndVectorizers(server(context).jdbcUrl(), schema.name());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PgaiSchema.class || type == EmbeddedPgai.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == EmbeddedPgai.class) {
            return server(context);
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            PgaiSchema schema = c.getStore(NAMESPACE).get(PgaiSchema.class, PgaiSchema.class);
            if (schema != null) {
                return schema;
            }
        }
        throw new IllegalStateException("no PgaiSchema for " + context.getDisplayName()
                + ": the extension gives one per test class, after its @BeforeAll callbacks start");
    }

    private static EmbeddedPgai server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, k -> new SharedServer(configured(context).start()), SharedServer.class)
                .server();
    }

    private static EmbeddedPgai.Builder configured(ExtensionContext context) {
        EmbeddedPgai.Builder builder = EmbeddedPgai.builder();
        try {
            context.getConfigurationParameter(HOME).ifPresent(home -> builder.home(Path.of(home)));
            context.getConfigurationParameter(PG_MAJOR).ifPresent(major -> builder.pgMajor(number(PG_MAJOR, major)));
            context.getConfigurationParameter(PORT).ifPresent(port -> builder.port(number(PORT, port)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad JUnit configuration parameter: " + e.getMessage(), e);
        }
        return builder;
    }

    private static int number(String parameter, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(parameter + "=" + value + " is not a number", e);
        }
    }

    /**
     * Drops every vectorizer whose source, queue, target or view lives in {@code schema} (with
     * {@code drop_all}), then the schema: what the extension does after each class, for schemas a test made
     * itself.
     */
    public static void dropSchemaAndVectorizers(String jdbcUrl, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            List<Integer> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select id from ai.vectorizer
                    where source_schema = ? or queue_schema = ?
                       or config->'destination'->>'target_schema' = ?
                       or config->'destination'->>'view_schema' = ?
                    order by id""")) {
                for (int i = 1; i <= 4; i++) {
                    ps.setString(i, schema);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getInt(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select ai.drop_vectorizer(?, drop_all => true)")) {
                for (int id : ids) {
                    ps.setInt(1, id);
                    ps.execute();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /** {@code t_<class>_<pid>_<n>}: lower-case, only [a-z0-9_], unique per JVM and class. */
    static String schemaName(Class<?> testClass) {
        String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return "t_" + base + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }
}
