package io.github.jooqpgai.it.vector;

import static io.github.jooqpgai.similarity.VectorDSL.hnswEfSearch;
import static io.github.jooqpgai.similarity.VectorDSL.hnswIterativeScan;
import static io.github.jooqpgai.similarity.VectorDSL.hnswMaxScanTuples;
import static io.github.jooqpgai.similarity.VectorDSL.nearestNeighbours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.IterativeScan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A selective filter on an HNSW-served top-k query, compared with brute force computed in Java. 3,000
 * rows, 20 of them in category {@code rare}, top 10 of the rare ones by cosine distance. With pgvector's
 * defaults the index hands over its {@code hnsw.ef_search} = 40 nearest rows of any category and the
 * filter keeps the few rare ones among them: fewer than 10 rows. With
 * {@code VectorDSL.hnswIterativeScan(STRICT_ORDER)} the same query returns exactly brute force's 10.
 * Every query runs in a transaction with {@code enable_seqscan = off} and asserts that its plan is the
 * HNSW index scan, so the comparison is always about the index.
 */
@PgaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilteredTopKIT {

    private static final int DIMS = 8;
    private static final int ROWS = 3_000;
    private static final int RARE_EVERY = 150;
    private static final int K = 10;

    private final Table<Record> docs = table(name("ftk_docs"));
    private final Field<Integer> id = field(name("ftk_docs", "id"), SQLDataType.INTEGER);
    private final Field<String> category = field(name("ftk_docs", "category"), SQLDataType.VARCHAR);
    private final Field<Vector> embedding = field(name("ftk_docs", "embedding"), VectorTypes.vector(DIMS));
    private final List<float[]> rows = new ArrayList<>();
    private final float[] query = new RandomVectors(4242).unitRange(DIMS);

    @BeforeAll
    void createIndexedTable(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        dsl.execute("create table ftk_docs (id int primary key, category text not null, embedding vector(" + DIMS + ") not null)");
        RandomVectors random = new RandomVectors(2424);
        var insert = dsl.insertInto(docs, id, category, embedding);
        for (int i = 0; i < ROWS; i++) {
            float[] values = random.unitRange(DIMS);
            rows.add(values);
            insert = insert.values(i, category(i), Vector.of(values));
        }
        insert.execute();
        dsl.execute("create index ftk_docs_hnsw on ftk_docs using hnsw (embedding vector_cosine_ops)");
        dsl.execute("analyze ftk_docs");
    }

    private static String category(int row) {
        return row % RARE_EVERY == 0 ? "rare" : "common";
    }

    /** The ids of the {@code k} rare rows nearest to the query, computed in Java. */
    private List<Integer> bruteForceRare(int k) {
        List<Integer> rare = new ArrayList<>();
        List<float[]> rareRows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (category(i).equals("rare")) {
                rare.add(i);
                rareRows.add(rows.get(i));
            }
        }
        return BruteForce.nearest(rareRows, query, DistanceMetric.COSINE, k).stream().map(rare::get).toList();
    }

    /** Runs the filtered top-k in one transaction after {@code settings}, asserting the HNSW index serves it. */
    private List<Integer> filteredTopK(PgaiTestSchema db, Function<DSLContext, List<Query>> settings) {
        return db.dsl().transactionResult(tx -> {
            DSLContext dsl = tx.dsl();
            dsl.execute("set local enable_seqscan = off");
            settings.apply(dsl).forEach(dsl::execute);
            var select = nearestNeighbours(dsl.select(id).from(docs).where(category.eq("rare")), embedding,
                    DistanceMetric.COSINE, Vector.of(query), K);
            assertThat(dsl.explain(select).plan()).as("plan").contains("Index Scan using ftk_docs_hnsw");
            return select.fetch(id);
        });
    }

    @Test
    void theFixtureHasEnoughRareRowsForTopK() {
        assertThat(bruteForceRare(ROWS)).as("rare rows").hasSize(ROWS / RARE_EVERY).hasSizeGreaterThan(K);
    }

    @Test
    void withPgvectorDefaultsTheFilterUnderReturns(PgaiTestSchema db) {
        List<Integer> found = filteredTopK(db, dsl -> List.of());
        assertThat(found).as("rows returned with hnsw.iterative_scan = off, ef_search = 40").hasSizeLessThan(K);
        assertThat(found).as("the rows that are returned are brute force's nearest")
                .containsExactlyElementsOf(bruteForceRare(found.size()));
    }

    @Test
    void strictOrderIterativeScanReturnsExactlyTheBruteForceTopK(PgaiTestSchema db) {
        List<Integer> found = filteredTopK(db, dsl -> List.of(hnswIterativeScan(IterativeScan.STRICT_ORDER)));
        assertThat(found).containsExactlyElementsOf(bruteForceRare(K));
    }

    @Test
    void relaxedOrderIterativeScanReturnsTheBruteForceTopKInSomeOrder(PgaiTestSchema db) {
        List<Integer> found = filteredTopK(db, dsl -> List.of(hnswIterativeScan(IterativeScan.RELAXED_ORDER)));
        assertThat(found).hasSize(K).containsExactlyInAnyOrderElementsOf(bruteForceRare(K));
    }

    @Test
    void maxScanTuplesBoundsTheIterativeScan(PgaiTestSchema db) {
        List<Integer> found = filteredTopK(db, dsl -> List.of(hnswIterativeScan(IterativeScan.STRICT_ORDER),
                hnswEfSearch(10), hnswMaxScanTuples(20)));
        assertThat(found).as("a scan stopped after 20 tuples").hasSizeLessThan(K)
                .containsExactlyElementsOf(bruteForceRare(found.size()));
    }

    @Test
    void theSettingsLastForTheTransactionOnly(PgaiTestSchema db) throws SQLException {
        List<String> inside = db.dsl().transactionResult(tx -> {
            DSLContext dsl = tx.dsl();
            loadPgvector(dsl);
            dsl.execute(hnswIterativeScan(IterativeScan.RELAXED_ORDER));
            dsl.execute(hnswEfSearch(123));
            dsl.execute(hnswMaxScanTuples(4567));
            return settings(dsl);
        });
        assertThat(inside).containsExactly("relaxed_order", "123", "4567");
        try (Connection c = db.connection()) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            loadPgvector(dsl);
            dsl.transaction(tx -> tx.dsl().execute(hnswIterativeScan(IterativeScan.STRICT_ORDER)));
            assertThat(settings(dsl)).as("after the transaction").containsExactly("off", "40", "20000");
        }
    }

    /** pgvector defines its settings when its library loads, on the first use of one of its types. */
    private static void loadPgvector(DSLContext dsl) {
        dsl.fetch("select '[1]'::vector");
    }

    private static List<String> settings(DSLContext dsl) {
        return dsl.fetch("select current_setting('hnsw.iterative_scan'), current_setting('hnsw.ef_search'), "
                + "current_setting('hnsw.max_scan_tuples')").get(0).intoList().stream().map(String::valueOf).toList();
    }

    @Test
    void bruteForceOrderIsUnambiguous() {
        List<Integer> top = bruteForceRare(K + 1);
        List<Double> distances = top.stream().map(i -> BruteForce.distance(DistanceMetric.COSINE, rows.get(i), query)).toList();
        assertThat(distances).as("no near-ties that float rounding could swap").isSortedAccordingTo(Comparator.naturalOrder())
                .doesNotHaveDuplicates();
        for (int i = 1; i < distances.size(); i++) {
            assertThat(distances.get(i) - distances.get(i - 1)).as("gap %d", i).isGreaterThan(1e-6);
        }
    }
}
