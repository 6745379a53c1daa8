package io.github.jooqpgai.pgvectorjava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The runtime works without pgvector-java on the class path: types, data types, bindings and the DSL
 * load and render in a class loader that hides {@code com.pgvector}; only {@link PgvectorJava} needs it.
 */
class PgvectorJavaIsOptionalTest {

    /** Loads this library's classes itself (child first) and refuses pgvector-java's. */
    private static final class WithoutPgvectorJava extends ClassLoader {

        WithoutPgvectorJava(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.pgvector.")) {
                throw new ClassNotFoundException(name + " is hidden by this test");
            }
            if (!name.startsWith("io.github.jooqpgai.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }
    }

    @Test
    void typesBindingsAndDslWorkWithoutPgvectorJava() throws Exception {
        ClassLoader loader = new WithoutPgvectorJava(getClass().getClassLoader());
        Class<?> vectorClass = loader.loadClass("io.github.jooqpgai.types.Vector");
        Object query = vectorClass.getMethod("of", float[].class).invoke(null, (Object) new float[] {1f, 2f});
        Object dataType = loader.loadClass("io.github.jooqpgai.similarity.VectorTypes").getMethod("vector", int.class).invoke(null, 2);
        Object field = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("embedding"), (org.jooq.DataType<?>) dataType);
        Class<?> dsl = loader.loadClass("io.github.jooqpgai.similarity.VectorDSL");
        Method cosine = dsl.getMethod("cosineDistance", org.jooq.Field.class, loader.loadClass("io.github.jooqpgai.types.VectorValue"));
        Object distance = cosine.invoke(null, field, query);
        assertThat(org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES).renderInlined((org.jooq.QueryPart) distance))
                .isEqualTo("(\"embedding\" <=> '[1.0,2.0]'::vector)");
        assertThat(vectorClass.getClassLoader()).isSameAs(loader);

        Class<?> conversions = loader.loadClass("io.github.jooqpgai.pgvectorjava.PgvectorJava");
        assertThatThrownBy(() -> conversions.getMethod("toPGvector", vectorClass).invoke(null, query))
                .hasRootCauseInstanceOf(ClassNotFoundException.class);
    }
}
