package io.github.jooqpgai.codegen;

import io.github.jooqpgai.meta.EmbeddingModel;
import io.github.jooqpgai.meta.VectorizerDefinition;
import io.github.jooqpgai.meta.VectorizerDestination;
import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.codegen.GeneratorStrategy;
import org.jooq.codegen.JavaWriter;
import org.jooq.impl.DSL;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

/** Writes the body of a generated {@code Vectorizers} class: one {@link VectorizerDefinition} constant per vectorizer. */
final class VectorizersClassWriter {

    private final PgaiDatabase database;
    private final GeneratorStrategy strategy;
    private final JavaWriter out;

    VectorizersClassWriter(PgaiDatabase database, GeneratorStrategy strategy, JavaWriter out) {
        this.database = database;
        this.strategy = strategy;
        this.out = out;
    }

    void write(String className, List<PgaiVectorizer> vectorizers) {
        out.javadoc("The pgai vectorizers of this schema, as {@code ai.vectorizer} described them at code generation.");
        out.println("public final class %s {", className);
        for (PgaiVectorizer v : vectorizers) {
            writeConstant(v);
        }
        out.println();
        out.println("private %s() {", className);
        out.println("}");
        out.println("}");
    }

    private void writeConstant(PgaiVectorizer v) {
        out.javadoc("Vectorizer %s: %s embeddings (%s, %s dimensions) of %s%s.",
                JavaLiterals.javadocCode(v.name()), JavaLiterals.javadocHtml(v.embedding().implementation()),
                JavaLiterals.javadocCode(v.embedding().model()), v.embedding().dimensions(),
                JavaLiterals.javadocCode(table(v.sourceSchema(), v.sourceTable()).map(TableDefinition::getQualifiedOutputName)
                        .orElse(v.sourceSchema() + "." + v.sourceTable())),
                v.indexOpclass().map(o -> ", indexed with " + JavaLiterals.javadocCode(o)).orElse(", not indexed"));
        out.println("public static final %s %s = new %s(", out.ref(VectorizerDefinition.class), constantName(v), out.ref(VectorizerDefinition.class));
        out.println("%s,", JavaLiterals.string(v.name()));
        out.println("%s,", tableReference(v.sourceSchema(), v.sourceTable()));
        out.println("%s,", destination(v));
        out.println("%s,", v.embedding().dimensions());
        out.println("new %s(%s, %s),", out.ref(EmbeddingModel.class),
                JavaLiterals.string(v.embedding().implementation()), JavaLiterals.string(v.embedding().model()));
        out.println("%s", metric(v.indexOpclass()));
        out.println(");");
    }

    private String destination(PgaiVectorizer v) {
        if (v.destination() instanceof PgaiVectorizer.TableDestination t) {
            return "new " + out.ref(VectorizerDestination.class) + ".EmbeddingView(" + tableReference(t.viewSchema(), t.viewName()) + ")";
        }
        PgaiVectorizer.ColumnDestination c = (PgaiVectorizer.ColumnDestination) v.destination();
        return "new " + out.ref(VectorizerDestination.class) + ".EmbeddingColumn(" + columnReference(v.sourceSchema(), v.sourceTable(), c.embeddingColumn()) + ")";
    }

    private String metric(Optional<String> opclass) {
        Optional<DistanceMetric> metric = opclass.flatMap(DistanceMetric::findByOpclass);
        return metric.map(m -> out.ref(Optional.class) + ".of(" + out.ref(DistanceMetric.class) + "." + m.name() + ")")
                .orElse(out.ref(Optional.class) + ".empty()");
    }

    private String tableReference(String schema, String table) {
        Optional<TableDefinition> definition = table(schema, table);
        if (definition.isPresent()) {
            return out.ref(strategy.getFullJavaClassName(definition.get())) + "." + strategy.getJavaIdentifier(definition.get());
        }
        return out.ref(DSL.class) + ".table(" + out.ref(DSL.class) + ".name(" + JavaLiterals.string(schema) + ", " + JavaLiterals.string(table) + "))";
    }

    private String columnReference(String schema, String table, String column) {
        Optional<TableDefinition> tableDefinition = table(schema, table);
        Optional<ColumnDefinition> definition = tableDefinition.map(t -> t.getColumn(column));
        if (definition.isPresent()) {
            return tableReference(schema, table) + "." + strategy.getJavaIdentifier(definition.get());
        }
        return out.ref(DSL.class) + ".field(" + out.ref(DSL.class) + ".name(" + JavaLiterals.string(schema) + ", "
                + JavaLiterals.string(table) + ", " + JavaLiterals.string(column) + "))";
    }

    private Optional<TableDefinition> table(String schema, String table) {
        SchemaDefinition s = database.getSchema(schema);
        return s == null ? Optional.empty() : Optional.ofNullable(database.getTable(s, table));
    }

    private static String constantName(PgaiVectorizer v) {
        return v.name().toUpperCase(Locale.ROOT);
    }
}
