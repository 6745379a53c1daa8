package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.PgaiDatabaseExtension;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Which table a vectorizer is created on, and what is checked about it: the source rendered in the
 * executing query's context (renderMapping, renderSchema=false), the catalog lookup of a source named
 * only by {@code DSL.name} (same connection, same transaction), primary key columns pgai cannot quote
 * (compared with what the real create does), and {@code ifNotExists()} with a name taken on another table.
 */
@PgaiTest
class CreateVectorizerSourceIT {

    /** {@code schema.blog(id, title, content)} with one row whose title is the schema's name. */
    private static void tenant(PgaiTestSchema db, String schema) {
        db.dsl().execute("create schema " + schema);
        db.dsl().execute("create table " + schema + ".blog (id int primary key, title text not null, content text not null)");
        db.dsl().execute("insert into " + schema + ".blog values (1, ?, 'x')", schema);
    }

    private static Record2<String, String> sourceOf(PgaiTestSchema db, int id) {
        return db.dsl().select(DSL.field("source_schema", String.class), DSL.field("source_table", String.class))
                .from("ai.vectorizer").where("id = ?", id).fetchSingle();
    }

    private static CreateVectorizerFinalStep create(PgaiDSLContext pgai, BlogTable blog, String destination, PgaiTestSchema db) {
        return pgai.createVectorizer(blog).loading(Loading.column(blog.CONTENT)).embedding(Embedding.openai("m", 3))
                .destination(Destination.table(destination)).name(uniqueName(db));
    }

    @Test
    void aRenderMappingTargetsTheMappedTableLikeSelectFromDoes(PgaiTestSchema db) throws Exception {
        String tenantA = db.schema() + "_tenant_a";
        String tenantB = db.schema() + "_tenant_b";
        try {
            tenant(db, tenantA);
            tenant(db, tenantB);
            BlogTable blog = new BlogTable(tenantA, "blog");
            Configuration configuration = new DefaultConfiguration().set(db.dataSource()).set(SQLDialect.POSTGRES).set(new Settings()
                    .withRenderMapping(new RenderMapping().withSchemata(new MappedSchema().withInput(tenantA).withOutput(tenantB))));
            PgaiDSLContext pgai = PgaiDSL.using(configuration);
            assertThat(pgai.selectFrom(blog).fetchSingle(blog.TITLE)).as("control: selectFrom in this context reads tenant_b").isEqualTo(tenantB);

            int viaExecute = create(pgai, blog, "via_execute", db).execute();
            int viaQuery = pgai.fetchValue(create(pgai, blog, "via_query", db).asQuery());
            String script = pgai.renderInlined(create(pgai, blog, "via_script", db).asQuery());
            int viaScript = db.dsl().fetchSingle(script).get(0, Integer.class);

            for (int id : List.of(viaExecute, viaQuery, viaScript)) {
                assertThat(sourceOf(db, id).into(String[].class)).as("source of vectorizer %d", id).containsExactly(tenantB, "blog");
            }
            assertThat(script).contains("source => '\"" + tenantB + "\".\"blog\"'::regclass");
        } finally {
            PgaiDatabaseExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), tenantA);
            PgaiDatabaseExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), tenantB);
        }
    }

    @Test
    void withoutRenderedSchemasTheSearchPathDecidesLikeSelectFromDoes(PgaiTestSchema db) throws Exception {
        String tenantA = db.schema() + "_tenant_a";
        String tenantB = db.schema() + "_tenant_b";
        try {
            tenant(db, tenantA);
            tenant(db, tenantB);
            BlogTable blog = new BlogTable(tenantA, "blog");
            PGSimpleDataSource inTenantB = new PGSimpleDataSource();
            inTenantB.setURL(db.serverJdbcUrl() + (db.serverJdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + tenantB + ",public");
            PgaiDSLContext pgai = PgaiDSL.using(new DefaultConfiguration().set(inTenantB).set(SQLDialect.POSTGRES)
                    .set(new Settings().withRenderSchema(false)));
            assertThat(pgai.selectFrom(blog).fetchSingle(blog.TITLE)).as("control: selectFrom follows the search_path").isEqualTo(tenantB);

            int viaExecute = create(pgai, blog, "via_execute", db).execute();
            int viaQuery = pgai.fetchValue(create(pgai, blog, "via_query", db).asQuery());

            for (int id : List.of(viaExecute, viaQuery)) {
                assertThat(sourceOf(db, id).into(String[].class)).as("source of vectorizer %d", id).containsExactly(tenantB, "blog");
            }
        } finally {
            PgaiDatabaseExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), tenantA);
            PgaiDatabaseExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), tenantB);
        }
    }

    @Test
    void aSourceNamedOnlyByNameIsReadFromTheCatalogInTheSameTransaction(PgaiTestSchema db) throws Exception {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            PgaiDSLContext pgai = PgaiDSL.using(c);
            pgai.execute("create table uncommitted (id int primary key, n int, content text)");

            assertThatThrownBy(() -> pgai.createVectorizer(DSL.name(db.schema(), "uncommitted")).loading(Loading.column("n"))
                    .embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute())
                    .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("invalid column_name = \"n\": is of type INT4; pgai loads only text, varchar, char or bytea columns"));
            int id = pgai.createVectorizer(DSL.name(db.schema(), "uncommitted")).loading(Loading.column("content"))
                    .embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute();
            assertThat(pgai.fetchValue("select source_table from ai.vectorizer where id = ?", id)).isEqualTo("uncommitted");
            c.rollback();
        }
        assertThat(db.value(String.class, "select to_regclass(?)::text", db.schema() + ".uncommitted")).as("rolled back").isNull();
    }

    @Test
    void theJavaCheckRejectsExactlyThePrimaryKeyNamesThatMakePgaiFail(PgaiTestSchema db) throws Exception {
        List<String> names = List.of("author_id", "AuthorId", "authorId", "AUTHOR", "author id", "select", "user", "order", "1abc",
                "a$b", "$a", "_x", "x1", "é", "É", "naïve", "ÀB", "a-b", "a.b", "a\"b", "t");
        for (int i = 0; i < names.size(); i++) {
            db.dsl().execute("create table {0} ({1} int primary key, content text)", DSL.name(db.schema(), "pk" + i), DSL.name(names.get(i)));
        }
        Map<String, String> pgaiFailures = new LinkedHashMap<>();
        Map<String, String> javaRejections = new LinkedHashMap<>();
        List<String> columnDestinationProblems = new ArrayList<>();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            DSLContext plain = DSL.using(c, SQLDialect.POSTGRES);
            PgaiDSLContext pgai = PgaiDSL.using(c);
            for (int i = 0; i < names.size(); i++) {
                String table = "pk" + i;
                try {
                    plain.fetchValue(on(PgaiDSL.using(c), db, table).asQuery());
                } catch (DataAccessException e) {
                    pgaiFailures.put(names.get(i), PgaiException.translate(e) instanceof PgaiException p ? p.pgaiMessage() : e.getMessage());
                }
                c.rollback();
                try {
                    on(pgai, db, table).execute();
                } catch (InvalidVectorizerConfigException e) {
                    javaRejections.put(names.get(i), e.getMessage());
                }
                c.rollback();
                try {
                    on(pgai, db, table).destination(Destination.column("embedding")).chunking(Chunking.none()).execute();
                } catch (RuntimeException e) {
                    columnDestinationProblems.add(names.get(i) + ": " + e.getMessage());
                }
                c.rollback();
            }
        }
        assertThat(javaRejections.keySet()).as("Java rejects exactly where pgai fails; pgai's errors: %s", pgaiFailures)
                .containsExactlyElementsOf(pgaiFailures.keySet());
        assertThat(pgaiFailures.keySet()).as("the names pgai 0.12.1 cannot handle")
                .containsExactly("AuthorId", "authorId", "AUTHOR", "author id", "1abc", "$a", "ÀB", "a-b", "a.b", "a\"b");
        assertThat(pgaiFailures.get("AuthorId")).isEqualTo("column t.authorid does not exist");
        assertThat(columnDestinationProblems).as("a column destination creates no view, so every name works").isEmpty();
    }

    private static CreateVectorizerFinalStep on(PgaiDSLContext pgai, PgaiTestSchema db, String table) {
        return pgai.createVectorizer(DSL.name(db.schema(), table)).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .name(uniqueName(db));
    }

    @Test
    void ifNotExistsWithTheNameTakenOnAnotherTableFailsNamingBothTables(PgaiTestSchema db) {
        blog(db, "first");
        blog(db, "second");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String name = uniqueName(db);
        int first = pgai.createVectorizer(DSL.name(db.schema(), "first")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).execute();

        assertThatThrownBy(() -> pgai.createVectorizer(DSL.name(db.schema(), "second")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).ifNotExists().execute())
                .isInstanceOfSatisfying(PgaiException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("42710");
                    assertThat(e.pgaiMessage()).isEqualTo("a vectorizer named " + name + " already exists on source table " + db.schema()
                            + ".first, not on " + db.schema() + ".second; ifNotExists() only skips a vectorizer of the same name on the same source table");
                });
        assertThat(db.values(Integer.class, "select id from ai.vectorizer where source_table in ('first', 'second') and source_schema = ?", db.schema()))
                .as("nothing was created for the second table").containsExactly(first);
        assertThat(db.value(String.class, "select to_regclass(?)::text", db.schema() + ".second_embedding_store")).isNull();

        int same = pgai.createVectorizer(DSL.name(db.schema(), "first")).loading(Loading.column("title"))
                .embedding(Embedding.openai("other", 5)).name(name).ifNotExists().execute();
        assertThat(same).as("same table, other config: pgai compares only the name and returns the existing id").isEqualTo(first);
    }
}
