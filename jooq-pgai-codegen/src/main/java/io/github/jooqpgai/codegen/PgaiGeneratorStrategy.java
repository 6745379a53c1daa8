package io.github.jooqpgai.codegen;

import io.github.jooqpgai.meta.EmbeddingViewRecord;
import org.jooq.codegen.AbstractDelegatingGeneratorStrategy;
import org.jooq.codegen.GeneratorStrategy;
import org.jooq.meta.Definition;
import org.jooq.meta.TableDefinition;

/**
 * Names like the strategy it wraps (jOOQ's default unless given another), but makes the records of pgai
 * embedding views extend {@link EmbeddingViewRecord}: read-only records without {@code store()},
 * {@code update()} or {@code delete()}. {@link PgaiGenerator} wraps whatever strategy is configured, so
 * naming it explicitly is only needed with another generator:
 *
 * <pre>{@code
 * <strategy><name>io.github.jooqpgai.codegen.PgaiGeneratorStrategy</name></strategy>
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

    static boolean isEmbeddingView(TableDefinition table) {
        return table.getDatabase() instanceof PgaiDatabase db && db.embeddingViewOf(table).isPresent();
    }
}
