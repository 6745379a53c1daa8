package com.example;

import static com.example.db.Tables.BLOG;
import static com.example.db.Tables.BLOG_EMBEDDING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.db.tables.records.BlogEmbeddingRecord;
import io.github.jooqpgai.embedded.EmbeddedPgaiExtension;
import io.github.jooqpgai.embedded.PgaiSchema;
import java.nio.file.Path;
import java.sql.Connection;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated classes against the same changelog in this test class's own schema of the embedded database. */
@ExtendWith(EmbeddedPgaiExtension.class)
class BlogEmbeddingTest {

    @Test
    void readsChunksThroughTheGeneratedEmbeddingView(PgaiSchema db) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(db.name());
            database.setLiquibaseSchemaName(db.name());
            try (Liquibase liquibase = new Liquibase("changelog.xml", new DirectoryResourceAccessor(Path.of("src/main/resources/db")), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
        DSLContext dsl = DSL.using(db.dataSource(), SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
        int id = dsl.insertInto(BLOG, BLOG.TITLE, BLOG.CONTENTS).values("pgai", "vectorizers in SQL").returning(BLOG.ID).fetchOne(BLOG.ID);
        // what pgai's worker would write: one chunk with its embedding
        dsl.execute("insert into blog_embedding_store (id, chunk_seq, chunk, embedding)"
                + " select id, 0, contents, array_fill(0.25, array[768])::public.vector from blog");

        Result<BlogEmbeddingRecord> rows = dsl.selectFrom(BLOG_EMBEDDING).where(BLOG_EMBEDDING.ID.eq(id)).fetch();

        assertEquals(1, rows.size());
        assertEquals("pgai", rows.get(0).getTitle());
        assertEquals("vectorizers in SQL", rows.get(0).getChunk());
        assertEquals(768, rows.get(0).getEmbedding().dimensions());
        assertEquals(0.25f, rows.get(0).getEmbedding().get(767));
    }
}
