package io.github.jooqpgai.codegen;

import io.github.jooqpgai.generated.GeneratedVectorizer;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.codegen.GeneratorStrategy;
import org.jooq.codegen.JavaWriter;
import org.jooq.impl.DSL;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

/** Writes the body of a generated {@code Vectorizers} class: one {@link GeneratedVectorizer} constant per vectorizer. */
final class VectorizersClassWriter {

    private final PgaiDatabase database;
    private final GeneratorStrategy strategy;
    private final JavaWriter out;

    VectorizersClassWriter(PgaiDatabase database, GeneratorStrategy strategy, JavaWriter out) {
        this.database = database;
        this.strategy = strategy;
        this.out = out;
    }

    void write(String className, List<CatalogVectorizer> vectorizers) {
        out.javadoc("The pgai vectorizers of this schema, as {@code ai.vectorizer} described them at code generation.");
        out.println("public final class %s {", className);
        for (CatalogVectorizer v : vectorizers) {
            writeConstant(v);
        }
        out.println();
        out.println("private %s() {", className);
        out.println("}");
        out.println("}");
    }

    private void writeConstant(CatalogVectorizer v) {
        out.javadoc("Vectorizer %s: %s embeddings (%s, %s dimensions) of %s%s.",
                JavaLiterals.javadocCode(v.name()), JavaLiterals.javadocHtml(v.embedding().implementation()),
                JavaLiterals.javadocCode(v.embedding().model()), v.embedding().dimensions(),
                JavaLiterals.javadocCode(table(v.sourceSchema(), v.sourceTable()).map(TableDefinition::getQualifiedOutputName)
                        .orElse(v.sourceSchema() + "." + v.sourceTable())),
                v.indexOpclass().map(o -> ", indexed with " + JavaLiterals.javadocCode(o)).orElse(", not indexed"));
        ConfigLiterals config = new ConfigLiterals(out::ref);
        out.println("public static final %s %s = new %s(", out.ref(GeneratedVectorizer.class), constantName(v), out.ref(GeneratedVectorizer.class));
        out.println("%s,", JavaLiterals.string(v.name()));
        out.println("%s,", tableReference(v.sourceSchema(), v.sourceTable()));
        out.println("%s,", v.tableDestination().map(t -> tableReference(t.viewSchema(), t.viewName()))
                .orElseGet(() -> tableReference(v.sourceSchema(), v.sourceTable())));
        out.println("%s,", config.of(sourceRelative(v)));
        out.println("%s,", config.of(v.embedding()));
        out.println("%s", config.of(v.indexing()));
        out.println(");");
    }

    /**
     * The destination with the schemas that are the source's left out, as {@code Destination.table()...} writes
     * it: generated code does not depend on the database's schema names (schema mapping), and
     * {@code resolvedFor(sourceSchema, sourceTable)} gives back what pgai stored.
     */
    private static Destination sourceRelative(CatalogVectorizer v) {
        if (!(v.destination() instanceof DestinationTable t)) {
            return v.destination();
        }
        return new DestinationTable(null, t.targetSchema().equals(v.sourceSchema()) ? null : t.targetSchema(), t.targetTable(),
                t.viewSchema().equals(v.sourceSchema()) ? null : t.viewSchema(), t.viewName());
    }

    private String tableReference(String schema, String table) {
        Optional<TableDefinition> definition = table(schema, table);
        if (definition.isPresent()) {
            return out.ref(strategy.getFullJavaClassName(definition.get())) + "." + strategy.getJavaIdentifier(definition.get());
        }
        return out.ref(DSL.class) + ".table(" + out.ref(DSL.class) + ".name(" + JavaLiterals.string(schema) + ", " + JavaLiterals.string(table) + "))";
    }

    private Optional<TableDefinition> table(String schema, String table) {
        SchemaDefinition s = database.getSchema(schema);
        return s == null ? Optional.empty() : Optional.ofNullable(database.getTable(s, table));
    }

    /** The name of {@code v}'s constant. */
    static String constantName(CatalogVectorizer v) {
        return v.name().toUpperCase(Locale.ROOT);
    }
}
