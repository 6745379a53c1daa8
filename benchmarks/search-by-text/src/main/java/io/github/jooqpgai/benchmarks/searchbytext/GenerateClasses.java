package io.github.jooqpgai.benchmarks.searchbytext;

import io.github.jooqpgai.codegen.PgaiDatabase;
import io.github.jooqpgai.codegen.PgaiGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;

/**
 * Regenerates the committed jOOQ classes of {@code bench_search}: creates the benchmark's tables and vectorizer
 * (empty), generates what a user of the Maven plugin would get for them, and drops them again.
 *
 * <pre>{@code
 * java -cp ... GenerateClasses jdbc:postgresql://127.0.0.1:5432/pgai_test?user=postgres benchmarks/search-by-text/src/main/java
 * }</pre>
 */
public final class GenerateClasses {

    private GenerateClasses() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0])) {
            BenchmarkData.create(connection, List.of(), List.of(), "http://127.0.0.1:1/v1");
            GenerationTool tool = new GenerationTool();
            tool.setConnection(connection);
            tool.run(new Configuration().withGenerator(new Generator()
                    .withName(PgaiGenerator.class.getName())
                    .withDatabase(new Database().withName(PgaiDatabase.class.getName()).withInputSchema(BenchmarkData.SCHEMA))
                    .withTarget(new Target().withPackageName("io.github.jooqpgai.benchmarks.searchbytext.db").withDirectory(args[1]))));
            BenchmarkData.drop(connection);
        }
    }
}
