package io.github.jooqpgai.bindings;

import org.jooq.Binding;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultDataType;

/**
 * Keeps jOOQ's static type registry independent of class-initialisation order. jOOQ registers the first
 * data type created for a Java class and {@code DSL.val(Object)} uses it; if a generated
 * {@code vector(768)} field came first, every {@code DSL.val(vector)} in the JVM would carry its dimension
 * check. Every binding constructor calls {@link #registerDimensionFreeTypesFirst()}, which registers
 * dimension-free, unqualified {@code vector}, {@code halfvec}, {@code sparsevec} and {@code bit varying}
 * types once per class loader, before the binding being constructed can become part of a data type. The
 * bindings created for that registration call it too; inside the holder's own initialisation the call
 * returns at once (the JVM does not re-enter a class initialiser on the same thread).
 *
 * <p>The value classes ({@code Vector}, …) know nothing of jOOQ: {@code DSL.val(Vector.of(…))} in a JVM in
 * which no binding of this library was created yet finds no registered type (see
 * {@code docs/vector-types.md}).
 *
 * <pre>{@code
 * SQLDataType.OTHER.asConvertedDataType(new VectorBinding(768));   // registers the dimension-free types first
 * DSL.val(Vector.of(1f, 2f, 3f));                                  // ?::real[]::vector, any dimension
 * }</pre>
 */
final class StaticTypeRegistry {

    private StaticTypeRegistry() {
    }

    static void registerDimensionFreeTypesFirst() {
        DimensionFreeTypes.registered();
    }

    /** Initialised once, on the first binding's construction: the registration is its class initialiser. */
    private static final class DimensionFreeTypes {

        static {
            register("vector", new VectorBinding());
            register("halfvec", new HalfVectorBinding());
            register("sparsevec", new SparseVectorBinding());
            register("bit varying", new BitVectorBinding());
        }

        private DimensionFreeTypes() {
        }

        static void registered() {
            // initialising this class is the whole effect
        }

        private static void register(String typeName, Binding<Object, ?> binding) {
            new DefaultDataType<>(SQLDialect.POSTGRES, Object.class, typeName).asConvertedDataType(binding);
        }
    }
}
