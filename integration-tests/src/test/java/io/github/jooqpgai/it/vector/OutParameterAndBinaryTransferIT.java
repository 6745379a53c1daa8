package io.github.jooqpgai.it.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.bindings.PgvectorBinaryTransfer;
import io.github.jooqpgai.it.support.ResultFormats;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Parameter;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.AbstractRoutine;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/**
 * The less travelled read paths: OUT parameters of a routine call, and pgjdbc's binary transfer
 * (enabled for the pgvector OIDs) where the binding decodes pgvector's binary format.
 */
@PgaiTest
class OutParameterAndBinaryTransferIT {

    /** A jOOQ routine (as codegen would generate) for {@code vec_echo(v vector, out doubled vector, out half halfvec)}. */
    static final class VecEcho extends AbstractRoutine<Void> {
        static final Parameter<Vector> V = Internal.createParameter("v", VectorTypes.VECTOR, false, false);
        static final Parameter<Vector> DOUBLED = Internal.createParameter("doubled", VectorTypes.VECTOR, false, false);
        static final Parameter<HalfVector> HALF = Internal.createParameter("half", VectorTypes.HALFVEC, false, false);

        VecEcho(String schema) {
            super("vec_echo", DSL.schema(DSL.name(schema)));
            addInParameter(V);
            addOutParameter(DOUBLED);
            addOutParameter(HALF);
        }
    }

    @Test
    void outParametersAreReadThroughTheBinding(PgaiTestSchema db) {
        db.dsl().execute("""
                create function vec_echo(v vector, out doubled vector, out half halfvec)
                language sql as $$ select v + v, v::halfvec $$""");
        VecEcho call = new VecEcho(db.schema());
        call.setValue(VecEcho.V, Vector.of(1.5f, -2f));
        call.execute(db.dsl().configuration());
        assertThat(call.getValue(VecEcho.DOUBLED)).isEqualTo(Vector.of(3f, -4f));
        assertThat(call.getValue(VecEcho.HALF)).isEqualTo(HalfVector.of(1.5f, -2f));
    }

    /**
     * The jOOQ path with binary transfer: the driver's result metadata, seen from a jOOQ execute listener
     * during the fetch, says pgvector's columns arrived in binary (format 1), and what the bindings decoded
     * equals what they decode from the same rows sent as text.
     */
    @Test
    void jooqFetchThroughTheBindingsReceivesBinaryAndDecodesLikeText(PgaiTestSchema db) throws Exception {
        db.dsl().execute("create table bin_many (id int primary key, v vector(16), h halfvec(16), s sparsevec(1000))");
        Table<Record> t = table(name("bin_many"));
        Field<Integer> id = field(name("bin_many", "id"), SQLDataType.INTEGER);
        Field<Vector> v = field(name("bin_many", "v"), VectorTypes.vector(16));
        Field<HalfVector> h = field(name("bin_many", "h"), VectorTypes.halfvec(16));
        Field<SparseVector> s = field(name("bin_many", "s"), VectorTypes.sparsevec(1000));
        RandomVectors random = new RandomVectors(4711);
        var insert = db.dsl().insertInto(t, id, v, h, s);
        for (int i = 0; i < 200; i++) {
            insert = insert.values(i, random.vector(16), random.halfVector(16), random.sparseVector(1000));
        }
        insert.execute();

        List<? extends Record> text;
        ResultFormats textFormats = new ResultFormats();
        try (Connection c = db.connection()) {
            text = DSL.using(new DefaultConfiguration().set(c).set(SQLDialect.POSTGRES).set(textFormats))
                    .select(id, v, h, s).from(t).orderBy(id).fetch();
        }
        String binaryUrl;
        try (Connection c = db.connection()) {
            binaryUrl = PgvectorBinaryTransfer.withBinaryTransfer(db.jdbcUrl(), c);
        }
        List<? extends Record> binary;
        ResultFormats binaryFormats = new ResultFormats();
        try (Connection c = DriverManager.getConnection(binaryUrl)) {
            binary = DSL.using(new DefaultConfiguration().set(c).set(SQLDialect.POSTGRES).set(binaryFormats))
                    .select(id, v, h, s).from(t).orderBy(id).fetch();
        }

        assertThat(textFormats.formats).as("text path: format of id, v, h, s").containsExactly(List.of(0, 0, 0, 0));
        assertThat(binaryFormats.formats).as("binary path: format of id, v, h, s (1 = binary; int4 too)").containsExactly(List.of(1, 1, 1, 1));
        assertThat(binary).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(binary.get(i).intoList()).as("row %d decoded from binary vs text", i).isEqualTo(text.get(i).intoList());
        }
    }

    @Test
    void binaryTransferIsDecoded(PgaiTestSchema db) throws Exception {
        db.dsl().execute("create table bin_items (id int primary key, v vector(5), h halfvec(5), s sparsevec(5), b bit(5))");
        Table<Record> t = table(name("bin_items"));
        Field<Integer> id = field(name("bin_items", "id"), SQLDataType.INTEGER);
        Field<Vector> v = field(name("bin_items", "v"), VectorTypes.vector(5));
        Field<HalfVector> h = field(name("bin_items", "h"), VectorTypes.halfvec(5));
        Field<SparseVector> s = field(name("bin_items", "s"), VectorTypes.sparsevec(5));
        Field<BitVector> b = field(name("bin_items", "b"), VectorTypes.bit(5));
        float[] values = new RandomVectors(77).floats(5);
        db.dsl().insertInto(t, id, v, h, s, b)
                .values(1, Vector.of(values), HalfVector.of(0.5f, 1f, 2f, -3f, 0f), SparseVector.fromDense(0f, 1f, 0f, 2.5f, 0f), BitVector.parse("10011"))
                .values(2, null, null, null, null)
                .execute();

        String url;
        try (Connection c = db.connection()) {
            assertThat(PgvectorBinaryTransfer.binaryTransferEnable(c)).isEqualTo(db.value(String.class,
                    "select string_agg(oid::text, ',' order by oid) from pg_type where typname in ('vector', 'halfvec', 'sparsevec')"));
            url = PgvectorBinaryTransfer.withBinaryTransfer(db.jdbcUrl(), c) + ",1560";
        }
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select v, h, s, b from bin_items where id = 1")) {
                rs.next();
                for (int i = 1; i <= 4; i++) {
                    assertThat(rs.getBytes(i)[0]).as("column %d arrives in binary", i).isNotIn((byte) '[', (byte) '{', (byte) '1');
                }
            }
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            var rows = dsl.select(v, h, s, b).from(t).orderBy(id).fetch();
            assertThat(rows.get(0).get(v)).isEqualTo(Vector.of(values));
            assertThat(rows.get(0).get(h)).isEqualTo(HalfVector.of(0.5f, 1f, 2f, -3f, 0f));
            assertThat(rows.get(0).get(s)).isEqualTo(SparseVector.fromDense(0f, 1f, 0f, 2.5f, 0f));
            assertThat(rows.get(0).get(b)).isEqualTo(BitVector.parse("10011"));
            assertThat(rows.get(1).intoArray()).containsOnlyNulls();
        }
    }
}
