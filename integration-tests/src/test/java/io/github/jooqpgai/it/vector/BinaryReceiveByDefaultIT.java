package io.github.jooqpgai.it.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.bindings.PgvectorBinaryReceive;
import io.github.jooqpgai.bindings.PgvectorBinaryTransfer;
import io.github.jooqpgai.bindings.VectorWireFormat;
import io.github.jooqpgai.it.support.ResultFormats;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.it.support.ScratchDatabase;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Configuration;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGResultSetMetaData;

/**
 * Binary receive of pgvector's columns by default ({@link PgvectorBinaryReceive}, installed by
 * {@code PgaiDSL.using(...)}), on a plain JDBC URL: pgjdbc's result metadata, seen from a jOOQ listener during
 * the fetch, says in which format each column arrived (0 text, 1 binary), from the first execution on a fresh
 * connection; values equal the text path's; the opt-out, {@code prepareThreshold=0} and a database without
 * pgvector stay in text; other code on the same connection keeps seeing text.
 */
@PgaiTest
class BinaryReceiveByDefaultIT {

    private static final int ROWS = 200;

    private final Table<Record> t = table(name("recv"));
    private final Field<Integer> id = field(name("recv", "id"), SQLDataType.INTEGER);
    private final Field<Vector> v = field(name("recv", "v"), VectorTypes.vector(16));
    private final Field<HalfVector> h = field(name("recv", "h"), VectorTypes.halfvec(16));
    private final Field<SparseVector> s = field(name("recv", "s"), VectorTypes.sparsevec(1000));

    @BeforeEach
    void fill(PgaiTestSchema db) {
        db.dsl().execute("drop table if exists recv");
        db.dsl().execute("create table recv (id int primary key, v vector(16), h halfvec(16), s sparsevec(1000))");
        RandomVectors random = new RandomVectors(4712);
        var insert = db.dsl().insertInto(t, id, v, h, s);
        for (int i = 0; i < ROWS; i++) {
            insert = insert.values(i, random.vector(16), random.halfVector(16), random.sparseVector(1000));
        }
        insert.values(ROWS, null, null, null).execute();
    }

    @Test
    void pgaiDslReceivesPgvectorColumnsInBinaryFromTheFirstExecution(PgaiTestSchema db) throws SQLException {
        ResultFormats textFormats = new ResultFormats();
        Result<? extends Record> text;
        try (Connection c = db.connection()) {
            text = PgaiDSL.using(configuration(c, textFormats), VectorWireFormat.TEXT).select(id, v, h, s).from(t).orderBy(id).fetch();
        }
        ResultFormats formats = new ResultFormats();
        Result<? extends Record> binary;
        try (Connection c = db.connection()) {
            PgaiDSLContext pgai = PgaiDSL.using(configuration(c, formats));
            binary = pgai.select(id, v, h, s).from(t).orderBy(id).fetch();
            pgai.select(id, v, h, s).from(t).where(id.lt(10)).fetch();
        }

        assertThat(textFormats.formats).as("opt-out: format of id, v, h, s").containsExactly(List.of(0, 0, 0, 0));
        assertThat(formats.formats).as("default, first and second query on a fresh connection: format of id, v, h, s"
                + " (1 = binary; int4 too, as the statement is a prepared one)").containsExactly(List.of(1, 1, 1, 1), List.of(1, 1, 1, 1));
        assertThat(binary).hasSize(ROWS + 1);
        for (int i = 0; i <= ROWS; i++) {
            assertThat(binary.get(i).intoList()).as("row %d decoded from binary vs text", i).isEqualTo(text.get(i).intoList());
        }
        assertThat(binary.get(ROWS).intoList()).containsExactly(ROWS, null, null, null);
    }

    /** A typed table, as codegen generates it: {@code selectFrom} lists no fields, its asterisk has them. */
    static final class Recv extends TableImpl<Record> {
        final TableField<Record, Integer> id = createField(name("id"), SQLDataType.INTEGER);
        final TableField<Record, Vector> v = createField(name("v"), VectorTypes.vector(16));

        Recv() {
            super(name("recv"));
        }
    }

    @Test
    void selectFromATypedTableReceivesBinary(PgaiTestSchema db) throws SQLException {
        Recv recv = new Recv();
        ResultFormats formats = new ResultFormats();
        try (Connection c = db.connection()) {
            Result<Record> rows = PgaiDSL.using(configuration(c, formats)).selectFrom(recv).where(recv.id.lt(3)).orderBy(recv.id).fetch();
            assertThat(rows.getValues(recv.v)).hasSize(3).doesNotContainNull();
        }
        assertThat(formats.formats).as("format of id, v").containsExactly(List.of(1, 1));
    }

    @Test
    void otherCodeOnTheConnectionKeepsReceivingText(PgaiTestSchema db) throws SQLException {
        try (Connection c = db.connection()) {
            ResultFormats formats = new ResultFormats();
            PgaiDSLContext pgai = PgaiDSL.using(configuration(c, formats));
            String literal = textOfFirstVector(c);
            assertThat(literal).startsWith("[5.4056005,");
            Vector first = pgai.select(v).from(t).where(id.eq(0)).fetchOne(v);
            for (int i = 0; i < 7; i++) {   // past pgjdbc's prepareThreshold of 5, where it would switch to binary
                assertThat(pgai.select(v).from(t).where(id.eq(0)).fetchOne(v)).isEqualTo(first);
                assertThat(textOfFirstVector(c)).as("plain JDBC getString, execution %d", i + 1).isEqualTo(literal);
                assertThat(pgai.fetchValue("select v from recv where id = 0")).as("plain SQL through jOOQ, execution %d", i + 1)
                        .hasToString(literal);
            }
            assertThat(formats.formats).as("the typed query's v column arrives in binary each time").hasSize(8 + 7)
                    .filteredOn(f -> f.size() == 1 && f.get(0) == 1).hasSize(8);
        }
    }

    @Test
    void aConnectionWithPgvectorOidsInItsUrlKeepsThem(PgaiTestSchema db) throws SQLException {
        String url;
        try (Connection c = db.connection()) {
            url = PgvectorBinaryTransfer.withBinaryTransfer(db.jdbcUrl(), c);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            ResultFormats formats = new ResultFormats();
            PgaiDSL.using(configuration(c, formats)).select(v).from(t).where(id.eq(1)).fetch();
            assertThat(formats.formats).containsExactly(List.of(1));
            try (PreparedStatement ps = c.prepareStatement("select v from recv where id = 1"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getMetaData().unwrap(PGResultSetMetaData.class).getFormat(1))
                        .as("plain JDBC after the jOOQ query: still binary as the URL asked").isEqualTo(1);
            }
        }
    }

    @Test
    void prepareThresholdZeroStaysInText(PgaiTestSchema db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "&prepareThreshold=0")) {
            ResultFormats formats = new ResultFormats();
            Result<? extends Record> rows = PgaiDSL.using(configuration(c, formats)).select(id, v).from(t).orderBy(id).fetch();
            assertThat(formats.formats).containsExactly(List.of(0, 0));
            assertThat(rows).hasSize(ROWS + 1);
            assertThat(preparedStatements(c)).as("no server-side prepared statement").isZero();
        }
    }

    /** Without pgvector in the database the listener leaves the statement alone and the binding parses text. */
    @Test
    void withoutPgvectorTheBindingReadsText(PgaiTestSchema db) throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create(db.serverJdbcUrl(), "novector_" + db.schema());
             Connection c = DriverManager.getConnection(scratch.url())) {
            assertThat(scratch.url()).doesNotContain("binaryTransferEnable");
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_extension where extname = 'vector'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("pgvector installed in the scratch database").isZero();
            }
            ResultFormats formats = new ResultFormats();
            Field<Vector> textVector = DSL.field("'[1,2.5,-3]'::text", VectorTypes.vector(3));
            assertThat(PgaiDSL.using(configuration(c, formats)).select(textVector).fetchOne(textVector))
                    .isEqualTo(Vector.of(1f, 2.5f, -3f));
            assertThat(formats.formats).containsExactly(List.of(0));
            assertThat(preparedStatements(c)).as("no server-side prepared statement: the listener did not force one").isZero();
        }
    }

    private static String textOfFirstVector(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select v from recv where id = 0"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long preparedStatements(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_prepared_statements")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Configuration configuration(Connection c, ResultFormats formats) {
        return new DefaultConfiguration().set(c).set(SQLDialect.POSTGRES).set(formats);
    }
}
