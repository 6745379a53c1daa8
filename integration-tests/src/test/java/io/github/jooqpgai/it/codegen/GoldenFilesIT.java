package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiServers;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.Constants;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources for a small fixture schema, compared file by file with the golden copies under
 * {@code integration-tests/src/test/resources/golden/codegen}. After an intended change of the generated
 * code, regenerate them and review the diff:
 *
 * <pre>{@code
 * mvn -B verify -pl integration-tests -am -Dit.test=GoldenFilesIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dgolden.update=true
 * git diff integration-tests/src/test/resources/golden
 * }</pre>
 *
 * The input schema is mapped to {@code golden} and vectorizer names are fixed, so the output does not depend
 * on the test schema's generated name.
 */
@PgaiTest
class GoldenFilesIT {

    private static final String PKG = "com.example.db";
    private static final Path GOLDEN = Path.of("integration-tests", "src", "test", "resources", "golden", "codegen");
    private static final String[] VECTORIZERS = {"golden_blog_body", "golden_note_body"};

    @Test
    void generatedSourcesMatchTheGoldenFiles(PgaiTestSchema db, @TempDir Path dir) throws IOException {
        createFixture(db);
        Map<String, String> generated = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), db.schema(), PKG).outputSchema("golden").generate(dir));
        Path golden = PgaiServers.repoRoot().resolve(GOLDEN);

        if (Boolean.getBoolean("golden.update")) {
            rewrite(golden, generated);
        }

        Map<String, String> expected = SourceTrees.read(golden);
        assertThat(expected.get("com/example/db/DefaultCatalog.java"))
                .as("the golden files come from another jOOQ minor version than this run's %s, and each generates other code "
                        + "(3.21: \"this-escape\", Internal.condition, whereExists(TableLike)): run this IT on the default jOOQ",
                        Constants.MINOR_VERSION)
                .contains("Constants.VERSION_" + Constants.MINOR_VERSION.replace('.', '_') + ";");
        assertThat(generated.keySet()).as("generated files (regenerate with -Dgolden.update=true)").containsExactlyElementsOf(expected.keySet());
        generated.forEach((file, content) -> assertThat(content).as(file + " (regenerate with -Dgolden.update=true)").isEqualTo(expected.get(file)));
    }

    private static void createFixture(PgaiTestSchema db) {
        DSLContext dsl = db.dsl();
        for (String name : VECTORIZERS) {
            dsl.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name = ?", name);
        }
        dsl.execute("create table blog (id int primary key, title text not null, published boolean not null, body text not null)");
        dsl.execute("create table note (id uuid primary key, body text not null)");
        FixtureVectorizers.table(dsl, db.schema(), "blog", VECTORIZERS[0], "body", 768, null, null, null, null);
        FixtureVectorizers.column(dsl, db.schema(), "note", VECTORIZERS[1], "body", 768, "body_embedding");
    }

    private static void rewrite(Path golden, Map<String, String> generated) throws IOException {
        if (Files.exists(golden)) {
            try (Stream<Path> old = Files.walk(golden)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path target = golden.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue());
        }
    }
}
