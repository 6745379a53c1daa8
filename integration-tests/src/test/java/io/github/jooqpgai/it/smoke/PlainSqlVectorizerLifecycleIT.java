package io.github.jooqpgai.it.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** pgai's own SQL API against the real catalog: what create makes, drop_all removes. */
@PgaiTest
class PlainSqlVectorizerLifecycleIT {

    @Test
    void createMakesEverythingAndDropAllRemovesIt(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        String s = db.schema();
        dsl.execute("create table blog (id int primary key, title text not null, content text not null)");

        int id = db.value(Integer.class, """
                select ai.create_vectorizer('blog'::regclass,
                    name => 'smoke_' || current_schema(),
                    loading => ai.loading_column(column_name => 'content'),
                    embedding => ai.embedding_openai(model => 'text-embedding-3-small', dimensions => 768),
                    destination => ai.destination_table(view_name => 'blog_embeddings', target_table => 'blog_embeddings_store'))
                """);

        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where id = ? and source_schema = ? and source_table = 'blog'", id, s)).isEqualTo(1);
        assertThat(relkind(db, s, "blog_embeddings_store")).isEqualTo("r");
        assertThat(relkind(db, s, "blog_embeddings")).isEqualTo("v");
        assertThat(relkind(db, "ai", "_vectorizer_q_" + id)).isEqualTo("r");
        assertThat(relkind(db, "ai", "_vectorizer_q_failed_" + id)).isEqualTo("r");
        assertThat(triggers(db, s)).containsExactlyInAnyOrder("_vectorizer_src_trg_" + id, "_vectorizer_src_trg_" + id + "_truncate");
        assertThat(db.value(Integer.class, "select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'ai' and p.proname = ?", "_vectorizer_src_trg_" + id)).isEqualTo(1);
        assertThat(db.value(String.class, "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = ?::regclass and attname = 'embedding'", s + ".blog_embeddings_store")).isEqualTo("vector(768)");

        dsl.execute("select ai.drop_vectorizer(?, drop_all => true)", id);

        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where id = ?", id)).isZero();
        assertThat(relkind(db, s, "blog_embeddings_store")).isNull();
        assertThat(relkind(db, s, "blog_embeddings")).isNull();
        assertThat(relkind(db, "ai", "_vectorizer_q_" + id)).isNull();
        assertThat(relkind(db, "ai", "_vectorizer_q_failed_" + id)).isNull();
        assertThat(triggers(db, s)).isEmpty();
        assertThat(db.value(Integer.class, "select count(*) from pg_proc where proname = ?", "_vectorizer_src_trg_" + id)).isZero();
        assertThat(relkind(db, s, "blog")).isEqualTo("r");
    }

    private static String relkind(PgaiTestSchema db, String schema, String name) {
        return db.value(String.class, "select c.relkind::text from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?", schema, name);
    }

    private static List<String> triggers(PgaiTestSchema db, String schema) {
        return db.values(String.class, "select t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = ? and c.relname = 'blog' and not t.tgisinternal", schema);
    }
}
