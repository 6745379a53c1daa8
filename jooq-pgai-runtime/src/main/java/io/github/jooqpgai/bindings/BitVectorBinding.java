package io.github.jooqpgai.bindings;

import io.github.jooqpgai.types.BitVector;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
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

/**
 * jOOQ binding for {@code bit(n)} columns holding {@link BitVector}s: renders {@code ?::varbit} (or
 * {@code '1010'::varbit} inlined), which PostgreSQL coerces to {@code bit} for pgvector's Hamming and
 * Jaccard operators and their HNSW/IVFFlat indexes.
 *
 * <pre>{@code
 * Field<BitVector> code = DSL.field(DSL.name("code"), VectorTypes.bit(1024));
 * dsl.selectFrom(T).orderBy(VectorDSL.hammingDistance(code, query)).limit(10).fetch();
 * }</pre>
 */
public final class BitVectorBinding implements Binding<Object, BitVector>, DimensionAware {

    private static final long serialVersionUID = 1L;

    private final String schema;
    private final int length;
    private final Converter<Object, BitVector> converter = new DatabaseConverter();

    /** A binding for bit strings of any length. */
    public BitVectorBinding() {
        StaticTypeRegistry.registerDimensionFreeTypesFirst();
        this.schema = null;
        this.length = 0;
    }

    /**
     * A binding for bit strings of any length whose distance operators come from pgvector installed in
     * {@code schema}: {@code OPERATOR("extensions".<~>)}.
     */
    public BitVectorBinding(String schema) {
        StaticTypeRegistry.registerDimensionFreeTypesFirst();
        this.schema = AbstractVectorBinding.checkSchema(schema);
        this.length = 0;
    }

    /** A binding for a {@code bit(length)} column compared with pgvector installed in {@code schema}. */
    public BitVectorBinding(String schema, int length) {
        StaticTypeRegistry.registerDimensionFreeTypesFirst();
        this.schema = AbstractVectorBinding.checkSchema(schema);
        this.length = checkLength(length);
    }

    /** A binding for a {@code bit(length)} column; bit strings of another length are rejected. */
    public BitVectorBinding(int length) {
        StaticTypeRegistry.registerDimensionFreeTypesFirst();
        this.schema = null;
        this.length = checkLength(length);
    }

    private static int checkLength(int length) {
        if (length < 1 || length > 83_886_080) {
            throw new IllegalArgumentException("bit length must be between 1 and 83886080, got " + length);
        }
        return length;
    }

    /** The declared length in bits, or empty for any length. */
    @Override
    public OptionalInt dimensions() {
        return length == 0 ? OptionalInt.empty() : OptionalInt.of(length);
    }

    @Override
    public Optional<String> pgvectorSchema() {
        return Optional.ofNullable(schema);
    }

    /**
     * Returns {@code value} if its length fits the column.
     *
     * @throws IllegalArgumentException naming both lengths when they differ
     */
    public BitVector checked(BitVector value) {
        if (value != null && length != 0 && value.length() != length) {
            throw new IllegalArgumentException("bit string has " + value.length() + " bits but the column is bit(" + length + ")");
        }
        return value;
    }

    @Override
    public Converter<Object, BitVector> converter() {
        return converter;
    }

    /** The binding's converter: a class, not a lambda, so that bindings, fields and records serialize. */
    private static final class DatabaseConverter extends AbstractConverter<Object, BitVector> {

        private static final long serialVersionUID = 1L;

        DatabaseConverter() {
            super(Object.class, BitVector.class);
        }

        @Override
        public BitVector from(Object databaseObject) {
            return fromDatabase(databaseObject);
        }

        @Override
        public Object to(BitVector userObject) {
            return userObject == null ? null : userObject.toString();
        }
    }

    private static BitVector fromDatabase(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BitVector bits) {
            return bits;
        }
        if (value instanceof byte[] bytes) {
            return decode(bytes);
        }
        if (value instanceof org.postgresql.util.PGobject object) {
            return object.getValue() == null ? null : BitVector.parse(object.getValue());
        }
        return BitVector.parse(value.toString());
    }

    private static BitVector decode(byte[] bytes) {
        if (bytes.length > 0 && (bytes[0] == '0' || bytes[0] == '1')) {
            return BitVector.parse(new String(bytes, StandardCharsets.US_ASCII));
        }
        if (bytes.length < 4) {
            throw new IllegalArgumentException("invalid binary bit string: " + bytes.length + " bytes");
        }
        int bits = ByteBuffer.wrap(bytes).getInt(0);
        return BitVector.fromBytes(bits, Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    @Override
    public void sql(BindingSQLContext<BitVector> ctx) throws SQLException {
        BitVector value = checked(ctx.value());
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(value == null ? null : value.toString()));
        } else {
            ctx.render().sql(ctx.variable());
        }
        ctx.render().sql("::varbit");
    }

    @Override
    public void register(BindingRegisterContext<BitVector> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.OTHER);
    }

    @Override
    public void set(BindingSetStatementContext<BitVector> ctx) throws SQLException {
        BitVector value = ctx.value();
        if (value == null) {
            ctx.statement().setNull(ctx.index(), Types.OTHER);
        } else {
            ctx.statement().setString(ctx.index(), checked(value).toString());
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<BitVector> ctx) throws SQLException {
        BitVector value = ctx.value();
        ctx.output().writeString(value == null ? null : checked(value).toString());
    }

    @Override
    public void get(BindingGetResultSetContext<BitVector> ctx) throws SQLException {
        byte[] bytes = ctx.resultSet().getBytes(ctx.index());
        ctx.value(bytes == null ? null : decode(bytes));
    }

    @Override
    public void get(BindingGetStatementContext<BitVector> ctx) throws SQLException {
        String text = ctx.statement().getString(ctx.index());
        ctx.value(text == null ? null : BitVector.parse(text));
    }

    @Override
    public void get(BindingGetSQLInputContext<BitVector> ctx) throws SQLException {
        String text = ctx.input().readString();
        ctx.value(text == null ? null : BitVector.parse(text));
    }

    @Override
    public String toString() {
        return "BitVectorBinding" + (schema == null ? "" : "[" + schema + "]") + (length == 0 ? "" : "(" + length + ")");
    }
}
