package io.github.jooqpgai.it.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.bindings.PgvectorBinaryTransfer;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.it.support.ScratchDatabase;
import io.github.jooqpgai.similarity.DistanceMetric;
import io.github.jooqpgai.similarity.VectorDSL;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGResultSetMetaData;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;

/**
 * pgvector installed the way managed platforms do it, {@code create extension vector schema extensions}, in a
 * database of its own on the shared server: types, casts, operators, functions and a kNN index scan work with
 * {@code extensions} on the search path (unqualified types) and off it (types qualified with the schema).
 * The oracle for every distance is PostgreSQL itself, asked on a connection that has {@code extensions} on its
 * search path.
 */
@PgaiTest
class PgvectorInAnotherSchemaIT {

    private static final String SCHEMA = "extensions";
    private static final Vector QUERY = Vector.of(0.3f, -1f, 2f);

    private static ScratchDatabase scratch;

    private final Table<?> items = table(name("items"));
    private final Field<Integer> id = field(name("items", "id"), SQLDataType.INTEGER);
    private final Field<Vector> v = field(name("items", "v"), VectorTypes.vector(SCHEMA, 3));
    private final Field<HalfVector> h = field(name("items", "h"), VectorTypes.halfvec(SCHEMA, 3));
    private final Field<SparseVector> s = field(name("items", "s"), VectorTypes.sparsevec(SCHEMA, 5));
    private final Field<BitVector> b = field(name("items", "b"), VectorTypes.bit(SCHEMA, 3));

    @BeforeAll
    static void createDatabaseWithPgvectorInExtensions(PgaiTestSchema db) throws SQLException {
        scratch = ScratchDatabase.create(db.serverJdbcUrl(), "vecschema_" + db.schema());
        try (Connection c = DriverManager.getConnection(scratch.url()); Statement st = c.createStatement()) {
            st.execute("create schema extensions");
            st.execute("create extension vector schema extensions");
            st.execute("create schema app");
            st.execute("create table app.items (id int primary key, v extensions.vector(3), h extensions.halfvec(3),"
                    + " s extensions.sparsevec(5), b bit(3))");
            st.execute("insert into app.items select g, array[g % 7, g % 5 - 2, g % 3 + 0.5]::real[]::extensions.vector,"
                    + " array[g % 3, 1, g % 4]::real[]::extensions.halfvec,"
                    + " ('{' || (g % 5 + 1) || ':' || g || '}/5')::extensions.sparsevec, (g % 8)::bit(3)"
                    + " from generate_series(1, 600) g");
            st.execute("create index items_v_hnsw on app.items using hnsw (v extensions.vector_cosine_ops)");
            st.execute("analyze app.items");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        scratch.close();
    }


    private static DSLContext dsl(String searchPath, StatementType statementType) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(scratch.url(searchPath));
        return DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withStatementType(statementType));
    }

    /** The single value of a query on a connection with {@code extensions} on its search path. */
    private static <T> T withPgvectorOnPath(Class<T> type, String sql) {
        return dsl("app,extensions", StatementType.PREPARED_STATEMENT).fetchOne(sql).get(0, type);
    }

    /** PostgreSQL's own answer, on a connection that sees pgvector's operators unqualified. */
    private static double oracle(String sql) {
        return withPgvectorOnPath(Double.class, sql);
    }

    @Test
    void offTheSearchPathUnqualifiedTypesFailInTheDatabase() {
        DSLContext off = dsl("app", StatementType.PREPARED_STATEMENT);
        Field<Vector> unqualified = field(name("items", "v"), VectorTypes.vector(3));
        assertThatThrownBy(() -> off.select(VectorDSL.cosineDistance(unqualified, QUERY)).from(items).limit(1).fetch())
                .as("the search path really lacks pgvector")
                .isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(PSQLException.class)
                .satisfies(e -> assertThat(((PSQLException) e).getSQLState()).isEqualTo("42704"))
                .hasMessageContaining("type \"vector\" does not exist");
    }

    @Test
    void offTheSearchPathBindAndInlinedValuesRoundTrip() {
        for (StatementType type : List.of(StatementType.PREPARED_STATEMENT, StatementType.STATIC_STATEMENT)) {
            DSLContext off = dsl("app", type);
            int row = type == StatementType.PREPARED_STATEMENT ? 1001 : 1002;
            off.insertInto(items).set(id, row).set(v, QUERY).set(h, HalfVector.of(0.5f, 1f, -2f))
                    .set(s, SparseVector.parse("{2:1.5,5:-1}/5")).set(b, BitVector.parse("101")).execute();
            Record r = off.select(v, h, s, b).from(items).where(id.eq(row)).fetchOne();
            assertThat(r).as("row written with %s", type).isNotNull();
            assertThat(r.get(v)).isEqualTo(QUERY);
            assertThat(r.get(h)).isEqualTo(HalfVector.of(0.5f, 1f, -2f));
            assertThat(r.get(s)).isEqualTo(SparseVector.parse("{2:1.5,5:-1}/5"));
            assertThat(r.get(b)).isEqualTo(BitVector.parse("101"));
            assertThat(off.fetchValue(DSL.select(DSL.count()).from(items).where(VectorDSL.l2Distance(v, QUERY).eq(0.0)).and(id.eq(row))))
                    .as("distance to a %s vector", type).isEqualTo(1);
            off.deleteFrom(items).where(id.eq(row)).execute();
        }
    }

    @Test
    void offTheSearchPathEveryOperatorAndFunctionAgreesWithPostgres() {
        for (StatementType type : List.of(StatementType.PREPARED_STATEMENT, StatementType.STATIC_STATEMENT)) {
            DSLContext off = dsl("app", type);
            Condition row = new Condition(id, 42);
            for (DistanceMetric metric : DistanceMetric.values()) {
                double ours = off.select(metric.distance(v, QUERY)).from(items).where(row.condition()).fetchOne(0, Double.class);
                double expected = oracle("select v " + metric.operator() + " '" + QUERY + "'::vector from items where id = 42");
                assertThat(ours).as("%s with %s", metric, type).isCloseTo(expected, within(1e-9));
                double sparse = off.select(metric.distance(s, SparseVector.parse("{1:1,5:2}/5"))).from(items)
                        .where(row.condition()).fetchOne(0, Double.class);
                assertThat(sparse).as("sparsevec %s with %s", metric, type).isCloseTo(
                        oracle("select s " + metric.operator() + " '{1:1,5:2}/5'::sparsevec from items where id = 42"), within(1e-9));
                double half = off.select(metric.distance(h, HalfVector.of(1f, -0.5f, 2f))).from(items)
                        .where(row.condition()).fetchOne(0, Double.class);
                assertThat(half).as("halfvec %s with %s", metric, type).isCloseTo(
                        oracle("select h " + metric.operator() + " '[1,-0.5,2]'::halfvec from items where id = 42"), within(1e-9));
            }
            assertThat(off.select(VectorDSL.hammingDistance(b, BitVector.parse("110"))).from(items).where(row.condition()).fetchOne(0, Double.class))
                    .isEqualTo(oracle("select b <~> '110' from items where id = 42"));
            assertThat(off.select(VectorDSL.jaccardDistance(VectorDSL.binaryQuantize(v), BitVector.parse("011"))).from(items)
                    .where(row.condition()).fetchOne(0, Double.class))
                    .isEqualTo(oracle("select binary_quantize(v) <%> '011' from items where id = 42"));
            assertThat(off.select(VectorDSL.vectorDims(h)).from(items).where(row.condition()).fetchOne(0, Integer.class)).isEqualTo(3);
            assertThat(off.select(VectorDSL.avg(v)).from(items).fetchOne(0, Vector.class))
                    .isEqualTo(Vector.parse(withPgvectorOnPath(String.class, "select avg(v)::text from items")));
            assertThat(off.select(VectorDSL.l2Normalize(VectorDSL.subvector(v, 2, 2))).from(items).where(row.condition())
                    .fetchOne(0, Vector.class))
                    .isEqualTo(Vector.parse(withPgvectorOnPath(String.class, "select l2_normalize(subvector(v, 2, 2))::text from items where id = 42")));
        }
    }

    @Test
    void offTheSearchPathNearestNeighboursUseTheHnswIndex() {
        DSLContext off = dsl("app", StatementType.PREPARED_STATEMENT);
        var knn = VectorDSL.nearestNeighbours(off.select(id).from(items), v, DistanceMetric.COSINE, QUERY, 5);
        List<Integer> ids = off.connectionResult(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("set enable_seqscan = off");
            }
            String plan = DSL.using(c, SQLDialect.POSTGRES).explain(knn).plan();
            assertThat(plan).as("plan of %s", knn).contains("Index Scan using items_v_hnsw");
            return DSL.using(c, SQLDialect.POSTGRES).fetch(knn).getValues(id);
        });
        List<Integer> exact = dsl("app,extensions", StatementType.PREPARED_STATEMENT).fetch(
                "select id from items order by v <=> '" + QUERY + "'::vector, id limit 5").getValues(0, Integer.class);
        assertThat(ids).as("approximate neighbours vs exact ones").hasSize(5).containsAnyElementsOf(exact);
    }

    @Test
    void onTheSearchPathUnqualifiedAndQualifiedTypesBothWork() {
        DSLContext on = dsl("app,extensions", StatementType.PREPARED_STATEMENT);
        Field<Vector> unqualified = field(name("items", "v"), VectorTypes.vector(3));
        for (Field<Vector> field : List.of(unqualified, v)) {
            on.insertInto(items).set(id, 2001).set(field, QUERY).execute();
            assertThat(on.select(field).from(items).where(id.eq(2001)).fetchOne(field)).isEqualTo(QUERY);
            assertThat(on.select(VectorDSL.l2Distance(field, QUERY)).from(items).where(id.eq(2001)).fetchOne(0, Double.class))
                    .isEqualTo(0.0);
            on.deleteFrom(items).where(id.eq(2001)).execute();
        }
    }

    @Test
    void binaryTransferFindsTheTypesOffTheSearchPath() throws SQLException {
        String binaryUrl;
        try (Connection c = DriverManager.getConnection(scratch.url("app"))) {
            assertThat(PgvectorBinaryTransfer.binaryTransferEnable(c)).isEqualTo(withPgvectorOnPath(String.class,
                    "select string_agg(t.oid::text, ',' order by t.oid) from pg_type t join pg_namespace n"
                            + " on n.oid = t.typnamespace where n.nspname = 'extensions'"
                            + " and t.typname in ('vector', 'halfvec', 'sparsevec')"));
            binaryUrl = PgvectorBinaryTransfer.withBinaryTransfer(scratch.url("app"), c);
        }
        try (Connection c = DriverManager.getConnection(binaryUrl)) {
            Record r = DSL.using(c, SQLDialect.POSTGRES).select(v, h, s).from(items).where(id.eq(7)).fetchOne();
            assertThat(r.get(v)).isEqualTo(Vector.of(0f, 0f, 1.5f));
            assertThat(r.get(h)).isEqualTo(HalfVector.of(1f, 1f, 3f));
            assertThat(r.get(s)).isEqualTo(SparseVector.parse("{3:7}/5"));
        }
    }

    /**
     * {@code PgaiDSL.using(...)} on a plain URL finds pgvector's OIDs in {@code extensions}, off the search path,
     * and receives the columns in binary (format 1 in pgjdbc's result metadata) with the same values.
     */
    @Test
    void pgaiDslReceivesBinaryOffTheSearchPath() throws SQLException {
        List<Integer> formats = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(scratch.url("app"))) {
            ExecuteListener recordFormats = new ExecuteListener() {
                @Override
                public void fetchStart(ExecuteContext ctx) {
                    try {
                        PGResultSetMetaData meta = ctx.resultSet().getMetaData().unwrap(PGResultSetMetaData.class);
                        for (int column = 1; column <= 3; column++) {
                            formats.add(meta.getFormat(column));
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            Record r = PgaiDSL.using(new DefaultConfiguration().set(c).set(SQLDialect.POSTGRES).set(recordFormats))
                    .select(v, h, s).from(items).where(id.eq(7)).fetchOne();
            assertThat(r.get(v)).isEqualTo(Vector.of(0f, 0f, 1.5f));
            assertThat(r.get(h)).isEqualTo(HalfVector.of(1f, 1f, 3f));
            assertThat(r.get(s)).isEqualTo(SparseVector.parse("{3:7}/5"));
        }
        assertThat(formats).as("wire format of v, h, s (1 = binary)").containsExactly(1, 1, 1);
    }

    /** {@code id = n} as a bind value. */
    private record Condition(Field<Integer> id, int value) {
        org.jooq.Condition condition() {
            return id.eq(value);
        }
    }
}
