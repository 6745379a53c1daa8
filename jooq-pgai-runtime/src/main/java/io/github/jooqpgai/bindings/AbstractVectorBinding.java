package io.github.jooqpgai.bindings;

import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;
import org.jooq.impl.AbstractConverter;
import org.jooq.impl.DSL;
import org.postgresql.util.PGobject;

/**
 * The one jOOQ binding implementation behind {@link VectorBinding}, {@link HalfVectorBinding},
 * {@link SparseVectorBinding} and {@link BitVectorBinding}; the subclasses only say how a value is parsed
 * and sized. Dense types ({@code vector}, {@code halfvec}) bind as {@code ?::real[]::vector}: pgjdbc sends
 * a {@code float[]} as a binary {@code float4[]} and the server casts it without parsing text, several
 * times faster than a text literal. {@code sparsevec} binds as text, {@code ?::sparsevec}, and bit strings
 * as {@code ?::varbit}. Inlined values render {@code '<literal>'::<type>}. Values are read from the
 * driver's raw bytes (text or, when pgjdbc's {@code binaryTransferEnable} lists the type's OID, binary).
 * A binding created with pgvector's schema casts to the qualified type, {@code ?::real[]::"extensions".vector},
 * with the schema rendered through jOOQ's render mapping.
 *
 * <pre>{@code
 * AbstractVectorBinding<Vector> b = new VectorBinding(3);
 * b.checked(Vector.of(1f, 2f));   // IllegalArgumentException: vector value has 2 dimensions but the column is vector(3)
 * }</pre>
 *
 * @param <T> the Java value type
 */
abstract sealed class AbstractVectorBinding<T> implements Binding<Object, T>, DimensionAware
        permits VectorBinding, HalfVectorBinding, SparseVectorBinding, BitVectorBinding {

    private static final long serialVersionUID = 1L;

    /** How a bind value travels to the server and which type its placeholder is cast to. */
    enum Placeholder {
        /** {@code ?::real[]::<type>}: a binary {@code float4[]}, cast to pgvector's type without parsing text. */
        FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE,
        /** {@code ?::<type>}: the text literal, cast to pgvector's type. */
        TEXT_CAST_TO_PGVECTOR_TYPE,
        /** {@code ?::<type>}: the text literal, cast to a built-in PostgreSQL type (never schema-qualified). */
        TEXT_CAST_TO_BUILT_IN_TYPE
    }

    private final Class<T> type;
    private final String castType;
    private final String schema;
    private final int dimensions;
    private final Placeholder placeholder;
    private final Converter<Object, T> converter;

    AbstractVectorBinding(Class<T> type, String castType, String schema, int dimensions, Placeholder placeholder) {
        StaticTypeRegistry.registerDimensionFreeTypesFirst();
        this.type = type;
        this.castType = castType;
        this.schema = schema;
        this.dimensions = dimensions;
        this.placeholder = placeholder;
        this.converter = new DatabaseConverter<>(this);
    }

    static int checkDimensions(String typeName, int dimensions, int max) {
        if (dimensions < 1 || dimensions > max) {
            throw new IllegalArgumentException(typeName + " dimensions must be between 1 and " + max + ", got " + dimensions);
        }
        return dimensions;
    }

    static String checkSchema(String schema) {
        if (schema == null || schema.isBlank()) {
            throw new IllegalArgumentException("schema of pgvector's types must not be null or blank, got "
                    + (schema == null ? null : "'" + schema + "'"));
        }
        return schema;
    }

    /** Reads a value in the text or binary wire format. */
    abstract T decode(byte[] bytes);

    /** Parses a text literal. */
    abstract T parse(String text);

    /** The value's dimension (its length for a bit string), compared with the column's declared one. */
    abstract int sizeOf(T value);

    /** The message for a value of {@code size} bound to a column declared with {@code declared}. */
    abstract String sizeMismatch(int size, int declared);

    /**
     * The JDBC parameter for a checked value: the {@code float[]} of a dense value (pgjdbc sends it as a binary
     * {@code float4[]}) when the placeholder is {@link Placeholder#FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE}, else its
     * text literal.
     */
    abstract Object parameter(T value);

    /** The declared dimension (length in bits for {@code bit(n)}), or empty for any. */
    @Override
    public final OptionalInt dimensions() {
        return dimensions == 0 ? OptionalInt.empty() : OptionalInt.of(dimensions);
    }

    @Override
    public final Optional<String> pgvectorSchema() {
        return Optional.ofNullable(schema);
    }

    /** Whether the column's type is one of pgvector's ({@code vector}, {@code halfvec}, {@code sparsevec}), not a built-in one. */
    final boolean isPgvectorType() {
        return placeholder != Placeholder.TEXT_CAST_TO_BUILT_IN_TYPE;
    }

    /** Returns {@code value} if its size fits the column, else throws naming both sizes. */
    final T checked(T value) {
        if (value != null && dimensions != 0 && sizeOf(value) != dimensions) {
            throw new IllegalArgumentException(sizeMismatch(sizeOf(value), dimensions));
        }
        return value;
    }

    @Override
    public final Converter<Object, T> converter() {
        return converter;
    }

    /** The binding's converter: a class, not a lambda, so that bindings, fields and records serialize. */
    private static final class DatabaseConverter<T> extends AbstractConverter<Object, T> {

        private static final long serialVersionUID = 1L;

        private final AbstractVectorBinding<T> binding;

        DatabaseConverter(AbstractVectorBinding<T> binding) {
            super(Object.class, binding.type);
            this.binding = binding;
        }

        @Override
        public T from(Object databaseObject) {
            return binding.fromDatabase(databaseObject);
        }

        @Override
        public Object to(T userObject) {
            return binding.toDatabase(userObject);
        }
    }

    private T fromDatabase(Object value) {
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof byte[] bytes) {
            return decode(bytes);
        }
        if (value instanceof PGobject object) {
            return object.getValue() == null ? null : parse(object.getValue());
        }
        return parse(value.toString());
    }

    private Object toDatabase(T value) {
        return value == null ? null : checked(value).toString();
    }

    @Override
    public final void sql(BindingSQLContext<T> ctx) throws SQLException {
        T value = checked(ctx.value());
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(value == null ? null : value.toString()));
        } else {
            ctx.render().sql(ctx.variable());
            if (placeholder == Placeholder.FLOAT_ARRAY_CAST_TO_PGVECTOR_TYPE) {
                ctx.render().sql("::real[]");
            }
        }
        ctx.render().sql("::");
        if (placeholder != Placeholder.TEXT_CAST_TO_BUILT_IN_TYPE) {
            PgvectorSchema.renderQualifier(ctx.render(), schema);
        }
        ctx.render().sql(castType);
    }

    @Override
    public final void register(BindingRegisterContext<T> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.OTHER);
    }

    @Override
    public final void set(BindingSetStatementContext<T> ctx) throws SQLException {
        T value = ctx.value();
        if (value == null) {
            ctx.statement().setNull(ctx.index(), Types.OTHER);
        } else {
            ctx.statement().setObject(ctx.index(), parameter(checked(value)));
        }
    }

    @Override
    public final void set(BindingSetSQLOutputContext<T> ctx) throws SQLException {
        T value = ctx.value();
        ctx.output().writeString(value == null ? null : checked(value).toString());
    }

    @Override
    public final void get(BindingGetResultSetContext<T> ctx) throws SQLException {
        byte[] bytes = ctx.resultSet().getBytes(ctx.index());
        ctx.value(bytes == null ? null : decode(bytes));
    }

    @Override
    public final void get(BindingGetStatementContext<T> ctx) throws SQLException {
        String text = ctx.statement().getString(ctx.index());
        ctx.value(text == null ? null : parse(text));
    }

    @Override
    public final void get(BindingGetSQLInputContext<T> ctx) throws SQLException {
        String text = ctx.input().readString();
        ctx.value(text == null ? null : parse(text));
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + (schema == null ? "" : "[" + schema + "]") + (dimensions == 0 ? "" : "(" + dimensions + ")");
    }
}
