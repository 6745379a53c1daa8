package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.generated.GeneratedVectorizer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Schema;
import org.jooq.impl.DSL;
import org.jooq.meta.jaxb.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code Vectorizers} class is named by the generator strategy: a schema whose own class is
 * {@code Vectorizers} keeps it and the constants go to {@code Vectorizers_}; a strategy subclass chooses
 * another name. The generated code is compiled. The schemas live in a rolled-back transaction (code generation
 * reads through the same connection), so no other session of the shared database sees them.
 */
@PgaiTest
class VectorizersClassNameIT {

    private static final String PKG = "it.codegen.classname";

    @Test
    void aSchemaNamedVectorizersKeepsItsClassAndTheConstantsMoveToVectorizers_(PgaiTestSchema db, @TempDir Path dir) throws SQLException {
        String vectorizer = db.schema() + "_lower";
        GeneratedCode code = generateInSchema(db, "vectorizers", vectorizer, CodegenRun.pgai(db.jdbcUrl(), "vectorizers", PKG), dir);

        assertThat(code.type("Vectorizers")).as("the schema class").isAssignableTo(Schema.class);
        assertThat(((GeneratedVectorizer) code.staticValue("Vectorizers_", vectorizer.toUpperCase(Locale.ROOT))).dimensions()).isEqualTo(3);
    }

    @Test
    void aMixedCaseSchemaNamedVectorizersToo(PgaiTestSchema db, @TempDir Path dir) throws SQLException {
        String vectorizer = db.schema() + "_mixed";
        GeneratedCode code = generateInSchema(db, "Vectorizers", vectorizer, CodegenRun.pgai(db.jdbcUrl(), "Vectorizers", PKG), dir);

        assertThat(code.type("Vectorizers")).as("the schema class").isAssignableTo(Schema.class);
        assertThat(((GeneratedVectorizer) code.staticValue("Vectorizers_", vectorizer.toUpperCase(Locale.ROOT))).dimensions()).isEqualTo(3);
    }

    @Test
    void aStrategySubclassNamesTheClass(PgaiTestSchema db, @TempDir Path dir) throws SQLException {
        String vectorizer = db.schema() + "_custom";
        GeneratedCode code = generateInSchema(db, "vectorizers", vectorizer, CodegenRun.pgai(db.jdbcUrl(), "vectorizers", PKG)
                .strategy(new Strategy().withName(AiVectorizersStrategy.class.getName())), dir);

        assertThat(code.type("Vectorizers")).as("the schema class").isAssignableTo(Schema.class);
        assertThat(((GeneratedVectorizer) code.staticValue(AiVectorizersStrategy.CLASS_NAME, vectorizer.toUpperCase(Locale.ROOT))).dimensions())
                .isEqualTo(3);
        assertThat(code.hasSource("Vectorizers_.java")).isFalse();
    }

    private static GeneratedCode generateInSchema(PgaiTestSchema db, String schema, String vectorizer, CodegenRun run, Path dir)
            throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
                dsl.createSchema(DSL.name(schema)).execute();
                dsl.createTable(DSL.name(schema, "doc")).column("id", org.jooq.impl.SQLDataType.INTEGER.notNull())
                        .column("body", org.jooq.impl.SQLDataType.CLOB.notNull()).primaryKey("id").execute();
                FixtureVectorizers.table(dsl, schema, "doc", vectorizer, "body", 3, null, null, null, null);
                return GeneratedCode.of(run.connection(c), PKG, dir);
            } finally {
                c.rollback();
            }
        }
    }
}
