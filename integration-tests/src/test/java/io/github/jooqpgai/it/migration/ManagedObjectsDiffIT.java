package io.github.jooqpgai.it.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.PgaiMeta;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.ManagedObjects;
import io.github.jooqpgai.vectorizer.ManagedObjects.QualifiedName;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.util.List;
import java.util.Set;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The listing of pgai-managed objects against the real catalog, and jOOQ schema diffs that leave them out (the
 * unfiltered diff, the control, proposes to drop or create them).
 */
@PgaiTest
class ManagedObjectsDiffIT {

    @Test
    void listsStoreViewQueuesTriggerFunctionAndTriggersIncludingPgaisDefaultStoreName(PgaiTestSchema db) {
        String s = db.schema();
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        db.dsl().execute("create table " + s + ".listed (id int primary key, content text not null)");
        int id = pgai.createVectorizer(DSL.table(DSL.name(s, "listed"))).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).name(s + "_listed").execute();

        ManagedObjects managed = pgai.managedObjects();

        ManagedObjects.Vectorizer v = managed.vectorizers().stream().filter(each -> each.name().equals(s + "_listed")).findFirst().orElseThrow();
        assertThat(v).isEqualTo(new ManagedObjects.Vectorizer(s + "_listed", new QualifiedName(s, "listed"),
                new QualifiedName(s, "listed_embedding_store"), new QualifiedName(s, "listed_embedding"),
                new QualifiedName("ai", "_vectorizer_q_" + id), new QualifiedName("ai", "_vectorizer_q_failed_" + id),
                new QualifiedName("ai", "_vectorizer_src_trg_" + id), List.of("_vectorizer_src_trg_" + id, "_vectorizer_src_trg_" + id + "_truncate")));
        assertThat(db.values(String.class, "select tgname::text from pg_trigger where tgrelid = ?::regclass and not tgisinternal order by 1",
                s + ".listed")).as("the triggers on the source, from the catalog").isEqualTo(v.sourceTriggers());
        assertThat(managed.isManagedRelation(s, "listed_embedding_store")).isTrue();
        assertThat(managed.isManagedRelation(s, "listed_embedding")).isTrue();
        assertThat(managed.isManagedRelation(s, "listed")).isFalse();
        assertThat(managed.isManagedSchema("ai")).isTrue();
        assertThat(managed.isManagedSchema(s)).isFalse();
        assertThat(managed.isManagedRoutine("ai", "_vectorizer_src_trg_" + id)).isTrue();
        assertThat(managed.isManagedType("public", "vector")).as("pgvector's type, an extension member").isTrue();
    }

    @Test
    void aColumnDestinationHasNoStoreTableOrView(PgaiTestSchema db) {
        String s = db.schema();
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        db.dsl().execute("create table " + s + ".titled (id int primary key, title text not null)");
        int id = pgai.createVectorizer(DSL.table(DSL.name(s, "titled"))).loading(Loading.column("title"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).chunking(Chunking.none())
                .destination(Destination.column("title_embedding")).name(s + "_titled").execute();

        ManagedObjects.Vectorizer v = pgai.managedObjects().vectorizers().stream().filter(each -> each.name().equals(s + "_titled"))
                .findFirst().orElseThrow();

        assertThat(v.storeTable()).isNull();
        assertThat(v.view()).isNull();
        assertThat(v.relations()).containsExactly(new QualifiedName("ai", "_vectorizer_q_" + id), new QualifiedName("ai", "_vectorizer_q_failed_" + id));
    }

    @Test
    void filteredDiffAgainstAModelWithoutVectorizersHasNoManagedObjectsTheUnfilteredDiffHas(PgaiTestSchema db) {
        String s = db.schema();
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        db.dsl().execute("create table " + s + ".blog (id int primary key, title text not null, content text not null)");
        db.dsl().execute("create table " + s + ".notes (id int primary key, content text not null)");
        Meta model = scoped(pgai, s).snapshot();
        int blogId = pgai.createVectorizer(DSL.table(DSL.name(s, "blog"))).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).name(s + "_blog").execute();
        int notesId = pgai.createVectorizer(DSL.table(DSL.name(s, "notes"))).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).destination(Destination.table("note_vectors")).name(s + "_notes").execute();
        Meta database = scoped(pgai, s);
        ManagedObjects managed = pgai.managedObjects();
        List<String> managedNames = List.of("blog_embedding_store", "blog_embedding\"", "note_vectors_store", "note_vectors\"",
                "_vectorizer_q_" + blogId + "\"", "_vectorizer_q_failed_" + blogId, "_vectorizer_q_" + notesId + "\"",
                "_vectorizer_q_failed_" + notesId);

        String unfilteredDown = sql(database.migrateTo(model).queries());
        String unfilteredUp = sql(model.migrateTo(database).queries());
        String filteredDown = sql(PgaiMeta.withoutManagedObjects(database, managed).migrateTo(PgaiMeta.withoutManagedObjects(model, managed)).queries());
        String filteredUp = sql(PgaiMeta.withoutManagedObjects(model, managed).migrateTo(PgaiMeta.withoutManagedObjects(database, managed)).queries());

        assertThat(unfilteredDown).as("control: the unfiltered diff drops pgai's objects").contains(managedNames);
        assertThat(unfilteredUp).as("control: the unfiltered diff creates pgai's objects").contains(List.of("blog_embedding_store", "note_vectors_store",
                "_vectorizer_q_" + blogId + "\"", "_vectorizer_q_failed_" + notesId));
        assertThat(filteredDown).as("filtered database -> model").isEmpty();
        assertThat(filteredUp).as("filtered model -> database").isEmpty();
        assertThat(sql(pgai.metaWithoutManagedObjects().filterSchemas(schema -> schema.getName().equals(s)).migrateTo(
                PgaiMeta.withoutManagedObjects(model, managed).filterSchemas(schema -> schema.getName().equals(s))).queries())).isEmpty();
    }

    /** The test schema and {@code ai}: the rest of the shared database is other tests' business. */
    private static Meta scoped(PgaiDSLContext pgai, String schema) {
        Set<String> schemata = Set.of(schema, "ai");
        return pgai.meta().filterSchemas(each -> schemata.contains(each.getName()));
    }

    private static String sql(Query[] queries) {
        StringBuilder all = new StringBuilder();
        for (Query q : queries) {
            all.append(q.getSQL()).append(";\n");
        }
        return all.toString();
    }
}
