package io.github.jooqpgai.codegen;

import io.github.jooqpgai.generated.EmbeddingViewRecord;
import org.jooq.codegen.AbstractDelegatingGeneratorStrategy;
import org.jooq.codegen.GeneratorStrategy;
import org.jooq.meta.Definition;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

/**
 * Names like the strategy it wraps (jOOQ's default unless given another), but makes the records of pgai
 * embedding views extend {@link EmbeddingViewRecord}: non-updatable records without {@code store()},
 * {@code update()} or {@code delete()}, and names the generated {@code Vectorizers} class
 * ({@link #getVectorizersClassName}). {@link PgaiGenerator} wraps whatever strategy is configured unless it
 * already is a {@code PgaiGeneratorStrategy}, so a subclass configured as {@code <strategy>} is used as it is:
 *
 * <pre>{@code
 * public class MyStrategy extends PgaiGeneratorStrategy {
 *     public String getVectorizersClassName(SchemaDefinition schema) {
 *         return "AiVectorizers";
 *     }
 * }
 * <strategy><name>com.example.MyStrategy</name></strategy>
 * }</pre>
 */
public class PgaiGeneratorStrategy extends AbstractDelegatingGeneratorStrategy {

    /** Wraps jOOQ's {@code DefaultGeneratorStrategy}. */
    public PgaiGeneratorStrategy() {
    }

    /** Wraps {@code delegate}. */
    public PgaiGeneratorStrategy(GeneratorStrategy delegate) {
        super(delegate);
    }

    @Override
    public String getJavaClassExtends(Definition definition, Mode mode) {
        if (mode == Mode.RECORD && definition instanceof TableDefinition table && isEmbeddingView(table)) {
            return EmbeddingViewRecord.class.getName();
        }
        return super.getJavaClassExtends(definition, mode);
    }

    @Override
    public String getJavaIdentifier(Definition definition) {
        return delegate.getJavaIdentifier(definition);
    }

    @Override
    public String getJavaSetterName(Definition definition, Mode mode) {
        return delegate.getJavaSetterName(definition, mode);
    }

    @Override
    public String getJavaGetterName(Definition definition, Mode mode) {
        return delegate.getJavaGetterName(definition, mode);
    }

    @Override
    public String getJavaMethodName(Definition definition, Mode mode) {
        return delegate.getJavaMethodName(definition, mode);
    }

    @Override
    public String getJavaClassName(Definition definition, Mode mode) {
        return delegate.getJavaClassName(definition, mode);
    }

    @Override
    public String getJavaPackageName(Definition definition, Mode mode) {
        return delegate.getJavaPackageName(definition, mode);
    }

    @Override
    public String getJavaMemberName(Definition definition, Mode mode) {
        return delegate.getJavaMemberName(definition, mode);
    }

    /**
     * The simple name of the class listing the vectorizers of {@code schema}, generated in the schema's package:
     * {@value PgaiGenerator#VECTORIZERS_CLASS}, or {@code Vectorizers_} when the schema's own class has that
     * name (ignoring case, for case-insensitive file systems), e.g. for a schema named {@code vectorizers}.
     */
    public String getVectorizersClassName(SchemaDefinition schema) {
        String schemaClass = getJavaClassName(schema, Mode.DEFAULT);
        return PgaiGenerator.VECTORIZERS_CLASS.equalsIgnoreCase(schemaClass) ? PgaiGenerator.VECTORIZERS_CLASS + "_"
                : PgaiGenerator.VECTORIZERS_CLASS;
    }

    static boolean isEmbeddingView(TableDefinition table) {
        return table.getDatabase() instanceof PgaiDatabase db && db.embeddingViewOf(table).isPresent();
    }
}
