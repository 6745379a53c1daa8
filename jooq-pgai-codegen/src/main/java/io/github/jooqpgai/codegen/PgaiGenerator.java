package io.github.jooqpgai.codegen;

import java.io.File;
import java.util.List;
import org.jooq.codegen.GeneratorStrategy;
import org.jooq.codegen.JavaGenerator;
import org.jooq.codegen.JavaWriter;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

/**
 * jOOQ's {@link JavaGenerator} plus what pgai vectorizers need, when the database is a {@link PgaiDatabase}:
 * <ul>
 *   <li>a {@code Vectorizers} class per schema (named by {@link PgaiGeneratorStrategy#getVectorizersClassName}):
 *       one {@code GeneratedVectorizer} constant per vectorizer whose embedding view (or, for a column
 *       destination, source table) is in the schema;</li>
 *   <li>on each embedding view table class, {@code distanceTo(Vector)} and {@code nearest(select, Vector, k)}
 *       with the vectorizer's dimensions and the metric of the index on its store (the configured metric without
 *       one), plus {@code nearestByL2(...)} / {@code l2DistanceTo(...)} / ... for every indexed metric, and search by
 *       text: {@code search(dsl, text, k)} (typed records with distances) and {@code nearestTo(select, text, k)}, with
 *       the vectorizer's query embedder or one given;</li>
 *   <li>non-updatable embedding view records (through {@link PgaiGeneratorStrategy}, which wraps the configured
 *       strategy) and no DAOs for embedding views.</li>
 * </ul>
 * With another database it generates exactly what {@code JavaGenerator} generates.
 *
 * <pre>{@code
 * <generator>
 *   <name>io.github.jooqpgai.codegen.PgaiGenerator</name>
 *   <database><name>io.github.jooqpgai.codegen.PgaiDatabase</name><inputSchema>public</inputSchema></database>
 *   <target><packageName>com.example.db</packageName></target>
 * </generator>
 * }</pre>
 */
public class PgaiGenerator extends JavaGenerator {

    /**
     * The default simple name of the generated class holding the vectorizer constants; see
     * {@link PgaiGeneratorStrategy#getVectorizersClassName}.
     */
    public static final String VECTORIZERS_CLASS = "Vectorizers";

    /** The configured strategy as given to jOOQ, which wraps it again (so {@code getStrategy()} is not this one). */
    private PgaiGeneratorStrategy pgaiStrategy = new PgaiGeneratorStrategy();

    @Override
    public void setStrategy(GeneratorStrategy strategy) {
        pgaiStrategy = strategy instanceof PgaiGeneratorStrategy pgai ? pgai : new PgaiGeneratorStrategy(strategy);
        super.setStrategy(pgaiStrategy);
    }

    @Override
    protected void generateTables(SchemaDefinition schema) {
        super.generateTables(schema);
        if (!generateTables() || !(schema.getDatabase() instanceof PgaiDatabase database)) {
            return;
        }
        List<CatalogVectorizer> vectorizers = database.vectorizersPlacedIn(schema);
        if (vectorizers.isEmpty()) {
            return;
        }
        String className = pgaiStrategy.getVectorizersClassName(schema);
        JavaWriter out = newJavaWriter(new File(getFile(schema).getParentFile(), className + ".java"));
        printPackage(out, schema);
        new VectorizersClassWriter(database, getStrategy(), out).write(className, vectorizers);
        closeJavaWriter(out);
    }

    /** The fully qualified name of {@code schema}'s {@code Vectorizers} class, written next to its schema class. */
    private String vectorizersClass(SchemaDefinition schema) {
        return getStrategy().getJavaPackageName(schema) + "." + pgaiStrategy.getVectorizersClassName(schema);
    }

    @Override
    protected void generateDao(TableDefinition table) {
        if (!PgaiGeneratorStrategy.isEmbeddingView(table)) {
            super.generateDao(table);
        }
    }

    @Override
    protected void generateTableClassFooter(TableDefinition table, JavaWriter out) {
        super.generateTableClassFooter(table, out);
        if (table.getDatabase() instanceof PgaiDatabase database) {
            database.embeddingViewOf(table)
                    .ifPresent(v -> new EmbeddingViewHelperWriter(database, getStrategy(), out, vectorizersClass(table.getSchema()))
                            .write(table, v));
        }
    }
}
