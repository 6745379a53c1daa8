package io.github.jooqpgai.benchmarks.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Measures jOOQ code generation wall time for a schema of 200 tables with 20 pgai vectorizers:
 * {@code PgaiDatabase} + {@code PgaiGenerator} against stock {@code PostgresDatabase} + {@code JavaGenerator}
 * configured to exclude the same store tables, so both generate the same objects; the report lists the
 * file counts and every file only one variant generated.
 * Variants alternate run by run (and which goes first alternates too); the report gives every run, the median
 * and minimum per variant and the ratio of medians.
 * Not a test: run it by hand.
 *
 * <pre>{@code
 * benchmarks/codegen/run.sh --iterations 5
 * }</pre>
 */
public final class CodegenBenchmark {

    private CodegenBenchmark() {
    }

    /** Entry point; see {@link BenchmarkOptions} for the options. */
    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Logger.getLogger("").setLevel(Level.WARNING);
        System.out.printf(Locale.ROOT, "creating schema %s: %d tables, %d vectorizers%n", BenchmarkSchema.NAME, options.tables(), options.vectorizers());
        BenchmarkSchema.create(options.url(), options.tables(), options.vectorizers());
        try {
            Map<Variant, List<Long>> times = new EnumMap<>(Variant.class);
            Map<Variant, SortedSet<String>> files = new EnumMap<>(Variant.class);
            for (int run = 0; run < options.warmup() + options.iterations(); run++) {
                for (Variant variant : order(run)) {
                    System.gc();
                    Path dir = Files.createTempDirectory("codegen-bench-" + variant.name().toLowerCase(Locale.ROOT));
                    long start = System.nanoTime();
                    GenerationTool.generate(configuration(options.url(), variant, dir));
                    long elapsed = System.nanoTime() - start;
                    files.put(variant, listFiles(dir));
                    deleteTree(dir);
                    if (run >= options.warmup()) {
                        times.computeIfAbsent(variant, v -> new ArrayList<>()).add(elapsed);
                    }
                }
            }
            report(options, times, files);
        } finally {
            if (!options.keep()) {
                BenchmarkSchema.drop(options.url());
            }
        }
    }

    private static List<Variant> order(int run) {
        return run % 2 == 0 ? List.of(Variant.STOCK, Variant.PGAI) : List.of(Variant.PGAI, Variant.STOCK);
    }

    private static Configuration configuration(String url, Variant variant, Path dir) {
        return new Configuration()
                .withLogging(Logging.WARN)
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url))
                .withGenerator(new Generator()
                        .withName(variant.generatorClass())
                        .withDatabase(new Database().withName(variant.databaseClass()).withInputSchema(BenchmarkSchema.NAME)
                                .withExcludes(variant.excludes().isEmpty() ? null : variant.excludes()))
                        .withGenerate(new Generate().withGeneratedAnnotation(false))
                        .withTarget(new Target().withPackageName("bench.codegen").withDirectory(dir.toString())));
    }

    private static void report(BenchmarkOptions options, Map<Variant, List<Long>> times, Map<Variant, SortedSet<String>> files) {
        reportFiles(files);
        System.out.printf(Locale.ROOT, "%n| variant | files | median ms | min ms | runs |%n|---|---|---|---|---|%n");
        for (Variant v : Variant.values()) {
            List<Long> t = times.get(v);
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %d |%n", v.name().toLowerCase(Locale.ROOT), files.get(v).size(),
                    millis(median(t)), millis(t.stream().mapToLong(Long::longValue).min().orElseThrow()), t.size());
        }
        for (Variant v : Variant.values()) {
            System.out.printf(Locale.ROOT, "%s runs ms: %s%n", v.name().toLowerCase(Locale.ROOT),
                    times.get(v).stream().map(n -> String.format(Locale.ROOT, "%.0f", millis(n))).toList());
        }
        double ratio = (double) median(times.get(Variant.PGAI)) / median(times.get(Variant.STOCK));
        System.out.printf(Locale.ROOT, "%nratio pgai/stock (medians): %.3f (goal <= 1.10; %d tables, %d vectorizers)%n",
                ratio, options.tables(), options.vectorizers());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Prints both variants' file counts and every file only one of them generated. */
    private static void reportFiles(Map<Variant, SortedSet<String>> files) {
        SortedSet<String> stock = files.get(Variant.STOCK);
        SortedSet<String> pgai = files.get(Variant.PGAI);
        SortedSet<String> both = new TreeSet<>(stock);
        both.retainAll(pgai);
        System.out.printf(Locale.ROOT, "%nfiles: stock %d, pgai %d, generated by both %d%n", stock.size(), pgai.size(), both.size());
        System.out.println("only stock: " + difference(stock, pgai));
        System.out.println("only pgai: " + difference(pgai, stock));
    }

    private static SortedSet<String> difference(SortedSet<String> a, SortedSet<String> b) {
        SortedSet<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static SortedSet<String> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
