package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.VectorTypes;

/**
 * Keeps jOOQ's static type registry independent of class-initialisation order. jOOQ registers the first
 * data type created for a Java class and {@code DSL.val(Object)} uses it; if a generated
 * {@code vector(768)} field came first, every {@code DSL.val(vector)} in the JVM would carry its dimension
 * check. Every binding constructor calls {@link #registerDimensionFreeTypesFirst()}, which initialises
 * {@link VectorTypes}: its dimension-free {@code VECTOR}, {@code HALFVEC}, {@code SPARSEVEC} and {@code BIT}
 * are therefore registered before any other type of this library can be (the value classes {@code Vector},
 * {@code HalfVector}, {@code SparseVector} and {@code BitVector} initialise {@code VectorTypes} too, so
 * {@code DSL.val(vector)} works even before any data type was created). Inside {@code VectorTypes}' own
 * initialisation the call returns at once (the JVM does not re-enter a class initialiser on the same thread).
 *
 * <pre>{@code
 * SQLDataType.OTHER.asConvertedDataType(new VectorBinding(768));   // registers VectorTypes.VECTOR first
 * DSL.val(Vector.of(1f, 2f, 3f));                                  // ?::real[]::vector, any dimension
 * }</pre>
 */
final class StaticTypeRegistry {

    private StaticTypeRegistry() {
    }

    static void registerDimensionFreeTypesFirst() {
        try {
            Class.forName(VectorTypes.class.getName(), true, VectorTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot initialise " + VectorTypes.class.getName(), e);
        }
    }
}
