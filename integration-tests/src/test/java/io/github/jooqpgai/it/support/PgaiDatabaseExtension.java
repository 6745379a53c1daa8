package io.github.jooqpgai.it.support;

import io.github.jooqpgai.embedded.EmbeddedPgaiExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh schema in the shared pgai database and removes it afterwards: every
 * vectorizer whose source, store or queue lives in the schema is dropped with {@code drop_all => true},
 * then the schema is dropped. Use it through {@link PgaiTest}.
 *
 * <pre>{@code
 * @PgaiTest
 * class SomeIT {
 *     @Test void t(PgaiTestSchema db) { ... }
 * }
 * }</pre>
 */
public final class PgaiDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PgaiDatabaseExtension.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        PgaiServer server = PgaiServers.shared();
        String schema = schemaName(context.getRequiredTestClass());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
        context.getStore(NAMESPACE).put(PgaiTestSchema.class, new PgaiTestSchema(schema, server.jdbcUrl()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        PgaiTestSchema db = context.getStore(NAMESPACE).remove(PgaiTestSchema.class, PgaiTestSchema.class);
        if (db != null) {
            dropSchemaAndVectorizers(db.serverJdbcUrl(), db.schema());
        }
    }

    /** Drops every vectorizer touching {@code schema} (with drop_all), then the schema itself. */
    public static void dropSchemaAndVectorizers(String jdbcUrl, String schema) throws SQLException {
        EmbeddedPgaiExtension.dropSchemaAndVectorizers(jdbcUrl, schema);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == PgaiTestSchema.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ExtensionContext classContext = extensionContext;
        while (classContext.getStore(NAMESPACE).get(PgaiTestSchema.class) == null && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).get(PgaiTestSchema.class, PgaiTestSchema.class);
    }

    private static String schemaName(Class<?> testClass) {
        String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return "it_" + base + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }
}
