package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGResultSetMetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PgaiSchema#dsl()} receives pgvector's columns in binary (pgjdbc's per-column format, seen from a jOOQ
 * listener during the fetch: 0 text, 1 binary) with the values a text read gives, while the schema's plain JDBC
 * connections keep receiving text; on a server of its own in a scratch state folder.
 */
class PgaiSchemaIT {

    private static final Table<Record> RECV = table(name("recv"));
    private static final Field<Integer> ID = field(name("id"), Integer.class);
    private static final Field<Vector> V = field(name("v"), VectorTypes.vector(3));
    private static final Field<HalfVector> H = field(name("h"), VectorTypes.halfvec(3));
    private static final Field<SparseVector> S = field(name("s"), VectorTypes.sparsevec(5));

    private static ScratchHome home;
    private static PgaiSchema db;

    @BeforeAll
    static void schemaOnAServerOfItsOwn() throws Exception {
        home = ScratchHome.withInstalledVenv();
        EmbeddedPgai server = home.builder().start();
        String schema = EmbeddedPgaiExtension.schemaName(PgaiSchemaIT.class);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        db = new PgaiSchema(schema, server.jdbcUrl());
        db.dsl().execute("create table recv (id int primary key, v vector(3), h halfvec(3), s sparsevec(5))");
        db.dsl().execute("insert into recv values (1, '[1,2.5,-3]', '[0.5,1,-2]', '{1:1.5,4:-2}/5'), (2, null, null, null)");
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        if (home != null) {
            home.close();
        }
    }

    @Test
    void dslReceivesPgvectorColumnsInBinaryWithTheValuesOfATextRead() {
        List<List<Integer>> binaryFormats = new ArrayList<>();
        Result<? extends Record> binary = DSL.using(withFormats(db.dsl().configuration(), binaryFormats))
                .select(ID, V, H, S).from(RECV).orderBy(ID).fetch();
        List<List<Integer>> textFormats = new ArrayList<>();
        Result<? extends Record> text = DSL.using(withFormats(DSL.using(db.dataSource(), SQLDialect.POSTGRES).configuration(), textFormats))
                .select(ID, V, H, S).from(RECV).orderBy(ID).fetch();

        assertThat(binaryFormats).as("PgaiSchema.dsl(): format of id, v, h, s (1 = binary)").containsExactly(List.of(1, 1, 1, 1));
        assertThat(textFormats).as("plain DSL.using(dataSource()): format of id, v, h, s (0 = text)").containsExactly(List.of(0, 0, 0, 0));
        assertThat(binary.intoArrays()).as("rows decoded from binary vs text").isDeepEqualTo(text.intoArrays());
        assertThat(binary.get(0).intoList()).containsExactly(1, Vector.of(1f, 2.5f, -3f), HalfVector.of(0.5f, 1f, -2f),
                SparseVector.parse("{1:1.5,4:-2}/5"));
        assertThat(binary.get(1).intoList()).containsExactly(2, null, null, null);
    }

    @Test
    void plainJdbcOnTheSchemaKeepsReceivingText() throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select v from recv where id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getMetaData().unwrap(PGResultSetMetaData.class).getFormat(1)).as("format of v").isZero();
            assertThat(rs.getString(1)).isEqualTo("[1,2.5,-3]");
        }
    }

    private static Configuration withFormats(Configuration configuration, List<List<Integer>> formats) {
        return configuration.deriveAppending(ExecuteListener.onFetchStart(ctx -> formats.add(formatsOf(ctx))));
    }

    private static List<Integer> formatsOf(ExecuteContext ctx) {
        try {
            PGResultSetMetaData meta = ctx.resultSet().getMetaData().unwrap(PGResultSetMetaData.class);
            List<Integer> columns = new ArrayList<>();
            for (int column = 1; column <= ctx.resultSet().getMetaData().getColumnCount(); column++) {
                columns.add(meta.getFormat(column));
            }
            return columns;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
