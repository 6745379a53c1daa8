package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.internal.ConfigFunctionCall.SqlType;
import io.github.jooqpgai.vectorizer.config.JsonOptions;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Renders pgai function calls with named arguments ({@code ai.f(name => value::type, ...)}). Every
 * value goes through {@link DSL#val}, so it is a bind value, or inlined by jOOQ when the query is
 * rendered with {@code ParamType.INLINED}; no user text is ever spliced into SQL.
 */
final class PgaiSql {

    private static final Pattern PLAIN_NAME = Pattern.compile("(variadic )?[a-z_][a-z0-9_]*");

    private PgaiSql() {
    }

    /** One {@code name => value} argument; the name is a constant of this library, never user text. */
    record NamedArgument(String name, QueryPart value) {
    }

    static Field<JSONB> config(VectorizerConfigPart part) {
        ConfigFunctionCall call = ConfigFunctions.call(part);
        List<NamedArgument> arguments = call.arguments().stream()
                .map(a -> new NamedArgument(a.name(), value(a.value(), a.type())))
                .toList();
        return function(call.function(), SQLDataType.JSONB, arguments);
    }

    static <T> Field<T> function(String function, DataType<T> type, List<NamedArgument> arguments) {
        requirePlainName(function);
        arguments.forEach(a -> requirePlainName(a.name()));
        return CustomField.of(DSL.name("ai", function), type, ctx -> {
            ctx.visit(DSL.name("ai", function)).sql('(');
            String separator = "";
            for (NamedArgument argument : arguments) {
                ctx.sql(separator).sql(argument.name()).sql(" => ").visit(argument.value());
                separator = ", ";
            }
            ctx.sql(')');
        });
    }

    /**
     * Function and argument names are written into the SQL as they are, so they must be this library's
     * constants: lower-case identifiers (and {@code variadic} before a name). Anything else is a bug.
     */
    private static void requirePlainName(String name) {
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalStateException("not a plain SQL name: " + name);
        }
    }

    /** A value cast to its SQL type: {@code ?::type}, or the inlined literal. */
    static QueryPart value(Object value, SqlType type) {
        if (value instanceof List<?> list) {
            return array(list, type.sql());
        }
        Field<?> field = switch (type) {
            case INT4 -> DSL.val((Integer) value, SQLDataType.INTEGER);
            case FLOAT8 -> DSL.val((Double) value, SQLDataType.DOUBLE);
            case BOOL -> DSL.val((Boolean) value, SQLDataType.BOOLEAN);
            case JSONB -> DSL.val(value == null ? null : ((JsonOptions) value).json(), SQLDataType.VARCHAR);
            case INTERVAL -> DSL.val(value == null ? null : value.toString(), SQLDataType.VARCHAR);
            case TIMESTAMPTZ -> DSL.val(value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value),
                    SQLDataType.VARCHAR);
            default -> DSL.val((String) value, SQLDataType.VARCHAR);
        };
        return cast(field, type.sql());
    }

    /**
     * {@code '"schema"."table"'::regclass}: the table's name as the executing query renders it (its
     * {@code renderMapping}, {@code renderSchema}, quoting), bound as a string or inlined by jOOQ, so
     * the vectorizer lands on the same table a {@code selectFrom(table)} in that context reads.
     */
    static QueryPart regclass(Table<?> table) {
        return cast(CustomField.of("source", SQLDataType.VARCHAR, ctx -> ctx.visit(DSL.val(ctx.dsl().render(table), SQLDataType.VARCHAR))),
                "regclass");
    }

    static QueryPart cast(QueryPart value, String sqlType) {
        return CustomField.of("cast", SQLDataType.OTHER, ctx -> ctx.visit(value).sql("::").sql(sqlType));
    }

    static QueryPart array(List<?> elements, String arrayType) {
        return CustomField.of("array", SQLDataType.OTHER, ctx -> {
            ctx.sql("array[");
            String separator = "";
            for (Object element : elements) {
                ctx.sql(separator).visit(DSL.val((String) element, SQLDataType.VARCHAR));
                separator = ", ";
            }
            ctx.sql("]::").sql(arrayType);
        });
    }
}
