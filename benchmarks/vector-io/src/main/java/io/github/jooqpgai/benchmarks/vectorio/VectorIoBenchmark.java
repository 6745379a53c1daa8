package io.github.jooqpgai.benchmarks.vectorio;

import com.pgvector.PGvector;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.bindings.PgvectorBinaryTransfer;
import io.github.jooqpgai.bindings.VectorWireFormat;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.Vector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jooq.BatchBindStep;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Reads and batch inserts of {@code --rows} vectors of {@code --dims} dimensions: jooq-pgai's binding
 * (through jOOQ and through raw JDBC) against pgvector-java's {@code PGvector} and against the floors:
 * raw {@code getBytes} of the text format (no parsing, no {@code String}s) and, for pgjdbc's binary transfer,
 * raw {@code getBytes} of the binary format. Prints medians and ratios as a Markdown table.
 * Tables are UNLOGGED so that WAL volume does not drown the client-side differences. Each variant is
 * warmed up, then the measured runs go round-robin over the variants.
 *
 * <pre>{@code
 * benchmarks/vector-io/run.sh --rows 100000 --dims 768 --warmup 1 --iterations 3
 * }</pre>
 */
public final class VectorIoBenchmark {

    private static final String SCHEMA = "bench_vector_io";
    private static final int POOL = 1_000;

    private final BenchmarkOptions options;
    private final float[][] pool;
    private final Table<Record> readTable = DSL.table(DSL.name(SCHEMA, "vectors"));
    private final Table<Record> insertTable = DSL.table(DSL.name(SCHEMA, "vectors_insert"));
    private final Field<Integer> id = DSL.field(DSL.name("id"), SQLDataType.INTEGER);
    private final Field<Vector> embedding;

    private VectorIoBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.embedding = DSL.field(DSL.name("embedding"), VectorTypes.vector(options.dims()));
        SplittableRandom random = new SplittableRandom(2026);
        this.pool = new float[POOL][options.dims()];
        for (float[] row : pool) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) (random.nextDouble() * 2 - 1) / 8;
            }
        }
    }

    /** Runs the benchmark; see the class comment for options. */
    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        new VectorIoBenchmark(options).run();
    }

    private void run() throws Exception {
        System.out.println("load average at start " + loadAverage());
        System.out.printf(Locale.ROOT, "vector-io: %d rows x %d dims, batch/fetch size %d, %d warm-up + %d measured runs per variant, Java %s%n",
                options.rows(), options.dims(), options.batchSize(), options.warmup(), options.iterations(),
                System.getProperty("java.version"));
        prepareTables();
        if (!options.only().equals("insert")) {
            reportRead(measure(readVariants()));
        }
        if (!options.only().equals("read")) {
            report("Batch insert " + options.rows() + " rows", measure(insertVariants()), 0);
        }
        System.out.println("load average at end " + loadAverage());
    }

    private void prepareTables() throws SQLException {
        try (Connection c = connect(options.url())) {
            try (Statement s = c.createStatement()) {
                s.execute("create schema if not exists " + SCHEMA);
                s.execute("create unlogged table if not exists " + SCHEMA + ".vectors (id int primary key, embedding vector(" + options.dims() + "))");
                s.execute("create unlogged table if not exists " + SCHEMA + ".vectors_insert (id int, embedding vector(" + options.dims() + "))");
            }
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            int count = dsl.fetchCount(readTable);
            if (count != options.rows() || dims(dsl) != options.dims()) {
                System.out.println("filling " + SCHEMA + ".vectors …");
                try (Statement s = c.createStatement()) {
                    s.execute("drop table " + SCHEMA + ".vectors");
                    s.execute("create unlogged table " + SCHEMA + ".vectors (id int primary key, embedding vector(" + options.dims() + "))");
                }
                insertWithJooq(c, readTable);
                try (Statement s = c.createStatement()) {
                    s.execute("vacuum analyze " + SCHEMA + ".vectors");
                }
            }
        }
    }

    private int dims(DSLContext dsl) {
        Record r = dsl.fetchOne("select vector_dims(embedding) from " + SCHEMA + ".vectors limit 1");
        return r == null ? -1 : r.get(0, Integer.class);
    }

    /** Index in {@link #readVariants()} of the text floor, of pgvector-java, and of the binary floor. */
    private static final int TEXT_FLOOR = 0;
    private static final int PGVECTOR_JAVA = 1;
    private static final int BINARY_FLOOR = 5;

    private List<Variant> readVariants() {
        return List.of(
                new Variant("raw JDBC getBytes, text (floor, no parsing)", () -> readRawBytes(options.url())),
                new Variant("raw JDBC + pgvector-java PGvector", this::readPgvectorJava),
                new Variant("jOOQ + jooq-pgai VectorBinding, text (VectorWireFormat.TEXT)", () -> readJooq(options.url(), VectorWireFormat.TEXT)),
                new Variant("raw JDBC getBytes + jooq-pgai VectorText", this::readRawWithOurParser),
                new Variant("raw JDBC getString (no parsing, builds Strings)", this::readRawGetString),
                new Variant("raw JDBC getBytes, binary transfer (binary floor)", () -> readRawBytes(binaryUrl())),
                new Variant("jOOQ + VectorBinding, binary transfer in the URL", () -> readJooq(binaryUrl(), VectorWireFormat.TEXT)),
                new Variant("jOOQ + VectorBinding, PgaiDSL default (binary receive)", () -> readJooq(options.url(), VectorWireFormat.BINARY)));
    }

    /** The floor each read variant is compared with: the text floor, or the binary floor for binary transfer. */
    private static int floorOf(int readVariant) {
        return readVariant >= BINARY_FLOOR ? BINARY_FLOOR : TEXT_FLOOR;
    }

    private List<Variant> insertVariants() {
        return List.of(
                new Variant("JDBC batch + pgvector-java PGvector", this::insertPgvectorJava),
                new Variant("jOOQ batch + jooq-pgai VectorBinding", this::insertJooq),
                new Variant("JDBC batch + float[] as float4[] (what the binding sends)", this::insertRawFloatArray),
                new Variant("JDBC batch + jooq-pgai text literal", this::insertRawWithOurFormat));
    }

    private double readRawBytes(String url) throws SQLException {
        try (Connection c = readConnection(url); PreparedStatement ps = readStatement(c); ResultSet rs = ps.executeQuery()) {
            double sum = 0;
            while (rs.next()) {
                sum += rs.getBytes(1).length;
            }
            return sum;
        }
    }

    private double readRawGetString() throws SQLException {
        try (Connection c = readConnection(options.url()); PreparedStatement ps = readStatement(c); ResultSet rs = ps.executeQuery()) {
            double sum = 0;
            while (rs.next()) {
                sum += rs.getString(1).length();
            }
            return sum;
        }
    }

    private double readPgvectorJava() throws SQLException {
        try (Connection c = readConnection(options.url())) {
            PGvector.registerTypes(c);
            try (PreparedStatement ps = readStatement(c); ResultSet rs = ps.executeQuery()) {
                double sum = 0;
                while (rs.next()) {
                    sum += ((PGvector) rs.getObject(1)).toArray()[0];
                }
                return sum;
            }
        }
    }

    private double readRawWithOurParser() throws SQLException {
        try (Connection c = readConnection(options.url()); PreparedStatement ps = readStatement(c); ResultSet rs = ps.executeQuery()) {
            double sum = 0;
            while (rs.next()) {
                byte[] bytes = rs.getBytes(1);
                sum += Vector.fromWire(bytes).get(0);
            }
            return sum;
        }
    }

    private double readJooq(String url, VectorWireFormat format) throws SQLException {
        try (Connection c = readConnection(url)) {
            DSLContext dsl = PgaiDSL.using(c, format);
            double sum = 0;
            try (Cursor<Record1<Vector>> cursor = dsl.select(embedding).from(readTable).fetchSize(options.batchSize()).fetchLazy()) {
                for (Record1<Vector> r : cursor) {
                    sum += r.value1().get(0);
                }
            }
            return sum;
        }
    }

    private double insertPgvectorJava() throws SQLException {
        try (Connection c = insertConnection();
             PreparedStatement ps = c.prepareStatement("insert into " + SCHEMA + ".vectors_insert (id, embedding) values (?, ?)")) {
            for (int i = 0; i < options.rows(); i++) {
                ps.setInt(1, i);
                ps.setObject(2, new PGvector(pool[i % POOL]));
                ps.addBatch();
                if ((i + 1) % options.batchSize() == 0 || i == options.rows() - 1) {
                    ps.executeBatch();
                }
            }
            c.commit();
            return options.rows();
        }
    }

    private double insertRawFloatArray() throws SQLException {
        try (Connection c = insertConnection();
             PreparedStatement ps = c.prepareStatement("insert into " + SCHEMA + ".vectors_insert (id, embedding) values (?, ?::real[]::vector)")) {
            for (int i = 0; i < options.rows(); i++) {
                ps.setInt(1, i);
                ps.setObject(2, pool[i % POOL]);
                ps.addBatch();
                if ((i + 1) % options.batchSize() == 0 || i == options.rows() - 1) {
                    ps.executeBatch();
                }
            }
            c.commit();
            return options.rows();
        }
    }

    private double insertRawWithOurFormat() throws SQLException {
        try (Connection c = insertConnection();
             PreparedStatement ps = c.prepareStatement("insert into " + SCHEMA + ".vectors_insert (id, embedding) values (?, ?::vector)")) {
            for (int i = 0; i < options.rows(); i++) {
                ps.setInt(1, i);
                ps.setString(2, Vector.of(pool[i % POOL]).toString());
                ps.addBatch();
                if ((i + 1) % options.batchSize() == 0 || i == options.rows() - 1) {
                    ps.executeBatch();
                }
            }
            c.commit();
            return options.rows();
        }
    }

    private double insertJooq() throws SQLException {
        try (Connection c = insertConnection()) {
            insertWithJooq(c, insertTable);
            c.commit();
            return options.rows();
        }
    }

    private void insertWithJooq(Connection c, Table<Record> table) {
        DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
        BatchBindStep batch = null;
        for (int i = 0; i < options.rows(); i++) {
            if (batch == null) {
                batch = dsl.batch(dsl.insertInto(table, id, embedding).values((Integer) null, (Vector) null));
            }
            batch = batch.bind(i, Vector.of(pool[i % POOL]));
            if ((i + 1) % options.batchSize() == 0 || i == options.rows() - 1) {
                batch.execute();
                batch = null;
            }
        }
    }

    private Connection insertConnection() throws SQLException {
        Connection c = connect(options.url());
        try (Statement s = c.createStatement()) {
            s.execute("truncate " + SCHEMA + ".vectors_insert");
        }
        c.setAutoCommit(false);
        return c;
    }

    private Connection readConnection(String url) throws SQLException {
        Connection c = connect(url);
        c.setAutoCommit(false);
        return c;
    }

    private PreparedStatement readStatement(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement("select embedding from " + SCHEMA + ".vectors");
        ps.setFetchSize(options.batchSize());
        return ps;
    }

    private String binaryUrl() throws SQLException {
        try (Connection c = connect(options.url())) {
            return PgvectorBinaryTransfer.withBinaryTransfer(options.url(), c);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Warms every variant up, then runs them round-robin so that load changes hit all alike. */
    private List<Measurement> measure(List<Variant> variants) throws Exception {
        for (Variant variant : variants) {
            for (int i = 0; i < options.warmup(); i++) {
                variant.run().execute();
            }
        }
        long[][] nanos = new long[variants.size()][options.iterations()];
        for (int i = 0; i < options.iterations(); i++) {
            System.out.println("  round " + (i + 1) + ", load average " + loadAverage());
            for (int v = 0; v < variants.size(); v++) {
                System.gc();
                long start = System.nanoTime();
                double checksum = variants.get(v).run().execute();
                nanos[v][i] = System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "  %-55s run %d: %8.0f ms (checksum %.3f)%n",
                        variants.get(v).name(), i + 1, nanos[v][i] / 1e6, checksum);
            }
        }
        List<Measurement> results = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            results.add(new Measurement(variants.get(v).name(), nanos[v], options.rows()));
        }
        return results;
    }

    /** The first three fields of {@code /proc/loadavg} (1, 5, 15 minutes), or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void reportRead(List<Measurement> results) {
        report("Read " + options.rows() + " rows", results, PGVECTOR_JAVA);
        for (int v = 0; v < results.size(); v++) {
            Measurement floor = results.get(floorOf(v));
            if (v != floorOf(v)) {
                StringBuilder rounds = new StringBuilder();
                for (int i = 0; i < floor.nanos().length; i++) {
                    rounds.append(i == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.2f",
                            (double) results.get(v).nanos()[i] / floor.nanos()[i]));
                }
                System.out.printf(Locale.ROOT, "%s: %.2fx the time of %s (medians); per round %s%n", results.get(v).name(),
                        results.get(v).medianMillis() / floor.medianMillis(), floor.name(), rounds);
            }
        }
    }

    private static void report(String title, List<Measurement> results, int baselineIndex) {
        Measurement baseline = results.get(baselineIndex);
        System.out.println();
        System.out.println("### " + title + " (speed-up = baseline median / variant median; baseline: " + baseline.name() + ")");
        System.out.println("| variant | median ms | min ms | max ms | rows/s | speed-up |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Measurement m : results) {
            System.out.println(m.line(baseline, "vs pgvector-java"));
        }
    }
}
