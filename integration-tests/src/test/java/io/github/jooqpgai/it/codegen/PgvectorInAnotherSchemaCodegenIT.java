package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.bindings.DimensionAware;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.it.support.ScratchDatabase;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.Vector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code generation over a database whose pgvector lives in schema {@code extensions}: the generated fields carry
 * bindings qualified with that schema (read from the catalog), and the compiled classes work on a connection
 * whose search path does not include {@code extensions}.
 */
@PgaiTest
class PgvectorInAnotherSchemaCodegenIT {

    private static ScratchDatabase scratch;

    @BeforeAll
    static void createDatabaseWithPgvectorInExtensions(PgaiTestSchema db) throws SQLException {
        scratch = ScratchDatabase.create(db.serverJdbcUrl(), "vecschema_cg_" + db.schema());
        try (Connection c = DriverManager.getConnection(scratch.url()); Statement st = c.createStatement()) {
            st.execute("create schema extensions");
            st.execute("create extension vector schema extensions");
            st.execute("create schema app");
            st.execute("create table app.doc (id int primary key, embedding extensions.vector(3), h extensions.halfvec,"
                    + " s extensions.sparsevec(5))");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        scratch.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void generatedFieldsNameTheTypesSchemaAndWorkOffTheSearchPath(@TempDir Path work) throws Exception {
        GeneratedCode code = GeneratedCode.of(CodegenRun.pgai(scratch.url(), "app", "it.vecschema"), "it.vecschema", work);
        String doc = Files.readString(code.sources().resolve("it/vecschema/tables/Doc.java"));
        assertThat(doc).as("generated Doc.java")
                .contains("TableField<DocRecord, Vector> EMBEDDING")
                .contains("new io.github.jooqpgai.bindings.VectorBinding(\"extensions\", 3)")
                .contains("new io.github.jooqpgai.bindings.HalfVectorBinding(\"extensions\")")
                .contains("new io.github.jooqpgai.bindings.SparseVectorBinding(\"extensions\", 5)")
                .doesNotContain("\"public\".\"vector\"");

        Table<?> table = code.table("Doc", "DOC");
        Field<Integer> id = (Field<Integer>) table.field("id");
        Field<Vector> embedding = (Field<Vector>) table.field("embedding");
        Field<HalfVector> h = (Field<HalfVector>) table.field("h");
        assertThat(((DimensionAware) embedding.getDataType().getBinding()).pgvectorSchema()).hasValue("extensions");
        assertThat(VectorDSL.dimensionOf(embedding)).hasValue(3);

        try (Connection c = DriverManager.getConnection(scratch.url("app"))) {
            DSLContext off = DSL.using(c, SQLDialect.POSTGRES);
            assertThat(off.fetchValue("select current_setting('search_path')")).isEqualTo("app");
            off.insertInto(table).set(id, 1).set(embedding, Vector.of(1f, 0f, 0f)).set(h, HalfVector.of(1f, 2f)).execute();
            off.insertInto(table).set(id, 2).set(embedding, Vector.of(0f, 1f, 0f)).execute();
            assertThat(off.select(id).from(table).orderBy(VectorDSL.cosineDistance(embedding, Vector.of(0.1f, 0.9f, 0f)))
                    .limit(1).fetchOne(id)).isEqualTo(2);
            assertThat(off.select(h).from(table).where(id.eq(1)).fetchOne(h)).isEqualTo(HalfVector.of(1f, 2f));
        }
    }
}
