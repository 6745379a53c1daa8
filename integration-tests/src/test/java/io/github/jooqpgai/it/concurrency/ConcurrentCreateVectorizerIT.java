package io.github.jooqpgai.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.CatalogSnapshot;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Many threads call {@code createVectorizer(...).execute()} on one shared {@link PgaiDSLContext} at the
 * same moment (each on its own connection): distinct names all succeed; one name raced by every thread
 * is created once, every other thread gets pgai's or PostgreSQL's error, and the catalog holds exactly
 * one vectorizer's objects (none half-made by the losers).
 */
@PgaiTest
class ConcurrentCreateVectorizerIT {

    private static final int THREADS = 8;

    @Test
    void distinctNamesCreatedAtOnceAllSucceed(PgaiTestSchema db) throws Exception {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            db.dsl().execute("create table distinct_" + i + " (id int primary key, content text not null)");
            names.add(db.schema() + "_distinct_" + i);
        }

        List<Outcome> outcomes = raceAll(THREADS, i -> pgai.createVectorizer(DSL.name(db.schema(), "distinct_" + i))
                .loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(names.get(i)).execute());

        assertThat(outcomes).as("every distinct-name create succeeds").allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(db.values(String.class,
                "select name from ai.vectorizer where source_schema = ? and source_table like 'distinct\\_%' order by name", db.schema()))
                .containsExactlyElementsOf(names.stream().sorted().toList());
        for (int i = 0; i < THREADS; i++) {
            assertThat(objectsOf(db, "distinct_" + i)).as("objects of vectorizer %d", i).containsExactly(
                    "rel distinct_" + i + "_embedding v",
                    "rel distinct_" + i + "_embedding_store r",
                    "trg distinct_" + i + " 2");
        }
    }

    @Test
    void oneNameRacedByManyThreadsIsCreatedOnceAndTheOthersGetAClearError(PgaiTestSchema db) throws Exception {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        for (int i = 0; i < THREADS; i++) {
            db.dsl().execute("create table same_" + i + " (id int primary key, content text not null)");
        }
        List<String> before = CatalogSnapshot.of(db, db.schema());
        String name = db.schema() + "_same";

        // queue tables and trigger functions go to the test schema, so the snapshot sees all a loser could leave
        List<Outcome> outcomes = raceAll(THREADS, i -> pgai.createVectorizer(DSL.name(db.schema(), "same_" + i))
                .loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).name(name)
                .queueSchema(db.schema()).execute());
        System.out.println("same-name race outcomes: " + outcomes);

        List<Outcome> winners = outcomes.stream().filter(o -> o.error() == null).toList();
        assertThat(winners).as("exactly one create of %s wins: %s", name, outcomes).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.error() != null).toList()).hasSize(THREADS - 1)
                .allSatisfy(o -> assertThat(o.error()).isInstanceOfSatisfying(PgaiException.class, e -> {
                    if (e.sqlState().equals("23505")) {
                        // passed pgai's name check while the winner was still uncommitted; the unique constraint decides
                        assertThat(e.pgaiMessage()).isEqualTo("duplicate key value violates unique constraint \"vectorizer_name_unique\"");
                        assertThat(e.getMessage()).contains("Key (name)=(" + name + ") already exists.");
                    } else {
                        assertThat(e.sqlState()).as("pgai's duplicate-name error").isEqualTo("42710");
                        assertThat(e.pgaiMessage()).isEqualTo("a vectorizer named " + name + " already exists.");
                    }
                }));

        int winner = winners.get(0).index();
        int id = db.value(Integer.class, "select id from ai.vectorizer where name = ?", name);
        assertThat(db.values(String.class, "select source_table from ai.vectorizer where name = ?", name))
                .containsExactly("same_" + winner);
        assertThat(db.values(String.class, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and c.relname like '\\_vectorizer\\_q\\_%' and c.relkind = 'r'""", db.schema()))
                .as("queue tables in the test schema: the winner's queue and failed queue only")
                .containsExactlyInAnyOrder("_vectorizer_q_" + id, "_vectorizer_q_failed_" + id);
        for (int i = 0; i < THREADS; i++) {
            assertThat(objectsOf(db, "same_" + i)).as("objects of source same_%d (winner same_%d)", i, winner)
                    .isEqualTo(i == winner
                            ? List.of("rel same_" + i + "_embedding v", "rel same_" + i + "_embedding_store r", "trg same_" + i + " 2")
                            : List.of());
        }

        pgai.dropVectorizer(name).dropAll().execute();
        assertThat(CatalogSnapshot.of(db, db.schema())).as("dropping the winner restores the catalog: the losers left nothing").isEqualTo(before);
    }

    /** Relations made for one source table and the number of triggers on it. */
    private static List<String> objectsOf(PgaiTestSchema db, String source) {
        return db.values(String.class, """
                select 'rel ' || c.relname || ' ' || c.relkind::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and c.relname like ? and c.relkind in ('r', 'v')
                union all
                select 'trg ' || c.relname || ' ' || count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and c.relname = ? and not t.tgisinternal group by c.relname
                order by 1""", db.schema(), source + "\\_%", db.schema(), source);
    }

    /** Runs {@code task(i)} for i in 0..n-1 on n platform threads released together; waits for all. */
    private static List<Outcome> raceAll(int n, IndexedTask task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Outcome> call = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        task.run(index);
                        return new Outcome(index, null);
                    } catch (RuntimeException e) {
                        return new Outcome(index, e);
                    }
                };
                futures.add(pool.submit(call));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get(120, TimeUnit.SECONDS));
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a create thread did not finish", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One create run by thread {@code index}. */
    @FunctionalInterface
    private interface IndexedTask {
        void run(int index);
    }

    /** What thread {@code index} got: null for success, else the exception. */
    private record Outcome(int index, RuntimeException error) {
        @Override
        public String toString() {
            return index + ":" + (error instanceof PgaiException e ? e.sqlState() : String.valueOf(error));
        }
    }
}
