package io.github.jooqpgai.maven;

import io.github.jooqpgai.codegen.PgaiDatabase;
import io.github.jooqpgai.codegen.PgaiGenerator;
import io.github.jooqpgai.codegen.CodegenSummary;
import java.io.File;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.meta.Database;
import org.jooq.meta.SchemaDefinition;

/**
 * The generator the goal presets: {@link PgaiGenerator}, which also counts what it generated for the summary
 * line. Counts are kept per target directory, so modules generating in parallel ({@code -T 2}) do not mix.
 *
 * <pre>{@code
 * <generator><name>io.github.jooqpgai.maven.SummarizingPgaiGenerator</name></generator>
 * }</pre>
 */
public class SummarizingPgaiGenerator extends PgaiGenerator {

    private static final Map<String, GenerationSummary> SUMMARIES = new ConcurrentHashMap<>();

    /** Creates the generator; jOOQ's code generator calls this. */
    public SummarizingPgaiGenerator() {
    }

    @Override
    public void generate(Database db) {
        super.generate(db);
        SUMMARIES.put(key(getTargetDirectory()), summarize(db));
    }

    /** The counts of the last run that generated into {@code targetDirectory}, removed once taken. */
    static Optional<GenerationSummary> take(String targetDirectory) {
        return Optional.ofNullable(SUMMARIES.remove(key(targetDirectory)));
    }

    private static GenerationSummary summarize(Database db) {
        if (db instanceof PgaiDatabase pgai) {
            CodegenSummary s = pgai.summary();
            return new GenerationSummary(s.tables(), s.embeddingViews(), s.vectorizers(), s.hiddenManagedObjects());
        }
        int tables = 0;
        for (SchemaDefinition schema : db.getSchemata()) {
            tables += (int) db.getTables(schema).stream().filter(t -> !t.isView()).count();
        }
        return new GenerationSummary(tables, 0, 0, 0);
    }

    private static String key(String directory) {
        return new File(directory).getAbsoluteFile().toPath().normalize().toString();
    }
}
