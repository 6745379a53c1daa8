package io.github.jooqpgai.maven;

import io.github.jooqpgai.codegen.PgaiDatabase;
import io.github.jooqpgai.codegen.PgaiGenerator;
import io.github.jooqpgai.codegen.PgaiVectorizer;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.meta.Database;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

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
        int tables = 0;
        int views = 0;
        List<PgaiVectorizer> placed = new ArrayList<>();
        for (SchemaDefinition schema : db.getSchemata()) {
            if (db instanceof PgaiDatabase pgai) {
                placed.addAll(pgai.vectorizersPlacedIn(schema));
            }
            for (TableDefinition table : db.getTables(schema)) {
                if (db instanceof PgaiDatabase pgai && pgai.embeddingViewOf(table).isPresent()) {
                    views++;
                } else if (!table.isView()) {
                    tables++;
                }
            }
        }
        if (!(db instanceof PgaiDatabase pgai)) {
            return new GenerationSummary(tables, views, 0, 0);
        }
        int hidden = 0;
        for (PgaiVectorizer v : placed) {
            hidden += 3;
            if (!pgai.settings().showStoreTables() && v.destination() instanceof PgaiVectorizer.TableDestination) {
                hidden++;
            }
        }
        return new GenerationSummary(tables, views, placed.size(), hidden);
    }

    private static String key(String directory) {
        return new File(directory).getAbsoluteFile().toPath().normalize().toString();
    }
}
