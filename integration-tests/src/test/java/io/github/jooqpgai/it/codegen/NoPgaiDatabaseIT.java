package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a database without pgai (no {@code ai} schema) {@code PgaiDatabase} + {@code PgaiGenerator} must generate
 * exactly what stock {@code PostgresDatabase} + {@code JavaGenerator} generate: the test creates a fresh
 * database on the same server, generates both and diffs every file. pgvector alone (schema {@code vec}) changes
 * only the vector columns' types, and not even those with {@code mapVectorTypes=false}; pgvector's functions (in
 * {@code public}) are hidden unless {@code showExtensionObjects=true}.
 */
@PgaiTest
class NoPgaiDatabaseIT {

    private static String database;
    private static String serverUrl;

    @BeforeAll
    static void createDatabaseWithoutPgai(PgaiTestSchema db) throws SQLException {
        serverUrl = db.serverJdbcUrl();
        database = "nopgai_" + db.schema();
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            st.execute("create database " + database);
        }
        try (Connection c = DriverManager.getConnection(urlOf(database)); Statement st = c.createStatement()) {
            st.execute("create schema shop");
            st.execute("create table shop.customer (id uuid primary key, \"Name\" text not null, email text unique)");
            st.execute("create table shop.\"Order\" (tenant int, no text, customer_id uuid references shop.customer (id), "
                    + "\"select\" int, primary key (tenant, no))");
            st.execute("create table shop.line (tenant int, order_no text, line int, qty numeric(10, 2), "
                    + "primary key (tenant, order_no, line), foreign key (tenant, order_no) references shop.\"Order\" (tenant, no))");
            st.execute("create view shop.big_orders as select o.tenant, o.no, sum(l.qty) as total from shop.\"Order\" o "
                    + "join shop.line l on l.tenant = o.tenant and l.order_no = o.no group by o.tenant, o.no");
            st.execute("create sequence shop.invoice_no");
            st.execute("create type shop.status as enum ('open', 'closed')");
            st.execute("create extension vector schema public");
            st.execute("create schema vec");
            st.execute("create table vec.item (id int primary key, embedding vector(3), label text)");
            st.execute("create table vec.tag (id int primary key, name text)");
            st.execute("create function shop.order_total(t int, n text) returns numeric language sql as "
                    + "'select sum(qty) from shop.line where tenant = t and order_no = n'");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void generatesExactlyWhatStockJooqGenerates(@TempDir Path stockDir, @TempDir Path pgaiDir) {
        String url = urlOf(database);
        assertThat(schemaExists(url, "ai")).isFalse();

        CodegenRun.stock(url, "shop", "it.nopgai").generate(stockDir);
        CodegenRun.pgai(url, "shop", "it.nopgai").generate(pgaiDir);

        Map<String, String> stock = SourceTrees.read(stockDir);
        Map<String, String> pgai = SourceTrees.read(pgaiDir);
        assertThat(stock).containsKeys("it/nopgai/tables/Customer.java", "it/nopgai/tables/BigOrders.java",
                "it/nopgai/Keys.java", "it/nopgai/Routines.java", "it/nopgai/Sequences.java", "it/nopgai/enums/Status.java");
        assertThat(pgai.keySet()).containsExactlyElementsOf(stock.keySet());
        stock.forEach((file, content) -> assertThat(pgai.get(file)).as(file).isEqualTo(content));
    }

    @Test
    void generatesExactlyWhatStockJooqGeneratesForAllSchemata(@TempDir Path stockDir, @TempDir Path pgaiDir) {
        String url = urlOf(database);
        String catalogs = "(pg_catalog|information_schema)\\..*";
        CodegenRun.stock(url, null, "it.nopgai").excludes(catalogs).generate(stockDir);
        CodegenRun.pgai(url, null, "it.nopgai").excludes(catalogs).property("mapVectorTypes", "false")
                .property("showExtensionObjects", "true").generate(pgaiDir);

        Map<String, String> stock = SourceTrees.read(stockDir);
        Map<String, String> pgai = SourceTrees.read(pgaiDir);
        assertThat(stock).containsKeys("it/nopgai/shop/tables/Customer.java", "it/nopgai/vec/tables/Item.java", "it/nopgai/public_/Routines.java");
        assertThat(pgai.keySet()).containsExactlyElementsOf(stock.keySet());
        stock.forEach((file, content) -> assertThat(pgai.get(file)).as(file).isEqualTo(content));
    }

    @Test
    void pgvectorsFunctionsAreHiddenByDefault(@TempDir Path dir) {
        Map<String, String> pgai = SourceTrees.read(CodegenRun.pgai(urlOf(database), null, "it.nopgai")
                .excludes("(pg_catalog|information_schema)\\..*").generate(dir));
        assertThat(pgai).containsKeys("it/nopgai/shop/Routines.java", "it/nopgai/shop/routines/OrderTotal.java");
        assertThat(pgai.keySet()).as("pgvector's functions in public").noneMatch(f -> f.startsWith("it/nopgai/public_/"));
    }

    @Test
    void withPgvectorButNoPgaiOnlyVectorColumnsChangeAndNotWhenSwitchedOff(@TempDir Path stockDir, @TempDir Path pgaiDir, @TempDir Path offDir) {
        String url = urlOf(database);
        Map<String, String> stock = SourceTrees.read(CodegenRun.stock(url, "vec", "it.vec").generate(stockDir));
        Map<String, String> pgai = SourceTrees.read(CodegenRun.pgai(url, "vec", "it.vec").generate(pgaiDir));
        Map<String, String> off = SourceTrees.read(CodegenRun.pgai(url, "vec", "it.vec").property("mapVectorTypes", "false").generate(offDir));

        assertThat(off).isEqualTo(stock);
        assertThat(pgai.keySet()).containsExactlyElementsOf(stock.keySet());
        assertThat(stock.keySet().stream().filter(f -> !pgai.get(f).equals(stock.get(f))))
                .containsExactlyInAnyOrder("it/vec/tables/Item.java", "it/vec/tables/records/ItemRecord.java", "it/vec/tables/pojos/Item.java",
                        "it/vec/tables/daos/ItemDao.java");
        assertThat(pgai.get("it/vec/tables/Item.java")).contains("TableField<ItemRecord, Vector> EMBEDDING", "new io.github.jooqpgai.bindings.VectorBinding(3)");
        assertThat(stock.get("it/vec/tables/Item.java")).contains("TableField<ItemRecord, Object> EMBEDDING");
    }

    private static boolean schemaExists(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url);
             var ps = c.prepareStatement("select count(*) from pg_namespace where nspname = ?")) {
            ps.setString(1, schema);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String urlOf(String databaseName) {
        return serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + databaseName + "$1");
    }
}
