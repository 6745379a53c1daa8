package io.github.jooqpgai.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jOOQ's static type registry keeps the first data type created for a Java class, and {@code DSL.val(Object)}
 * uses it. Whatever is created first in a JVM (a generated {@code vector(768)} field, {@code VectorTypes}, a
 * {@code bit(6)} binding), {@code DSL.val(vector)} must use the dimension-free binding. The value classes know
 * nothing of jOOQ, so when no binding was created at all jOOQ finds no type and says so; passing the type
 * ({@code DSL.val(v, VectorTypes.VECTOR)}) always works. Each order runs in a class loader of its own that
 * loads jOOQ and this library anew, so the registry starts empty.
 */
class StaticTypeRegistryOrderTest {

    private static final List<String> EXPECTED_VALUES = List.of(
            "?::real[]::vector / '[1.0,2.0,3.0]'::vector",
            "?::real[]::halfvec / '[1.0,2.0]'::halfvec",
            "?::sparsevec / '{1:1.0}/2'::sparsevec",
            "?::varbit / '101'::varbit");

    /** Loads jOOQ and jooq-pgai child first; everything else (JDK, pgjdbc, test framework) from the parent. */
    private static final class FreshJooqLoader extends URLClassLoader {

        FreshJooqLoader(ClassLoader parent) {
            super(classPath(), parent);
        }

        private static URL[] classPath() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(FreshJooqLoader::url)
                    .toArray(URL[]::new);
        }

        private static URL url(String entry) {
            try {
                return new File(entry).toURI().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(entry, e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.jooq.") && !name.startsWith("io.github.jooqpgai.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"generated field", "VectorTypes.vector(768)", "halfvec/sparsevec/bit bindings", "VectorTypes.VECTOR"})
    void dslValUsesTheDimensionFreeBindingWhateverWasCreatedFirst(String first) throws Exception {
        List<String> rendered = runInFreshLoader(first);

        assertThat(rendered.subList(1, rendered.size()))
                .as("DSL.val(value) after %s was created first (%s)", first, rendered.get(0))
                .containsExactlyElementsOf(EXPECTED_VALUES);
    }

    @Test
    void dslValOfAValueWithNoBindingCreatedYetFailsWithJooqsMessageNamingTheClass() throws Exception {
        List<String> rendered = runInFreshLoader("nothing but the values");

        assertThat(rendered.subList(1, rendered.size())).containsExactly(
                "org.jooq.exception.SQLDialectNotSupportedException: Type class io.github.jooqpgai.types.Vector is not supported in dialect POSTGRES",
                "org.jooq.exception.SQLDialectNotSupportedException: Type class io.github.jooqpgai.types.HalfVector is not supported in dialect POSTGRES",
                "org.jooq.exception.SQLDialectNotSupportedException: Type class io.github.jooqpgai.types.SparseVector is not supported in dialect POSTGRES",
                "org.jooq.exception.SQLDialectNotSupportedException: Type class io.github.jooqpgai.types.BitVector is not supported in dialect POSTGRES");
    }

    @Test
    void dslValWithTheTypePassedWorksWithNothingCreatedBefore() throws Exception {
        try (FreshJooqLoader loader = new FreshJooqLoader(getClass().getClassLoader())) {
            @SuppressWarnings("unchecked")
            List<String> rendered = (List<String>) loader.loadClass(RegistryOrderScenario.class.getName())
                    .getMethod("typed").invoke(null);

            assertThat(rendered).containsExactlyElementsOf(EXPECTED_VALUES);
        }
    }

    private List<String> runInFreshLoader(String first) throws Exception {
        try (FreshJooqLoader loader = new FreshJooqLoader(getClass().getClassLoader())) {
            Class<?> scenario = loader.loadClass(RegistryOrderScenario.class.getName());
            assertThat(scenario.getClassLoader()).as("scenario loaded anew").isSameAs(loader);
            assertThat(loader.loadClass("org.jooq.impl.DSL").getClassLoader()).as("jOOQ loaded anew").isSameAs(loader);
            @SuppressWarnings("unchecked")
            List<String> rendered = (List<String>) scenario.getMethod("run", String.class).invoke(null, first);
            return rendered;
        }
    }

    @RepeatedTest(5)
    void concurrentFirstUseNeitherDeadlocksNorRegistersTheDimensionedType() throws Exception {
        try (FreshJooqLoader loader = new FreshJooqLoader(getClass().getClassLoader())) {
            Class<?> scenario = loader.loadClass(RegistryOrderScenario.class.getName());
            String rendered = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> (String) scenario.getMethod("race").invoke(null));
            assertThat(rendered).isEqualTo("'[1.0,2.0,3.0]'::vector");
        }
    }
}
