package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.PgaiLimits;
import io.github.jooqpgai.vectorizer.internal.PgaiSql.NamedArgument;
import io.github.jooqpgai.vectorizer.internal.ConfigFunctionCall.SqlType;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * {@code ai.grant_vectorizer_usage(to_user, admin)}. pgai appends {@code to_user} to its GRANT
 * statements unquoted ({@code 'grant ... to ' || to_user}), so a mixed-case role would be folded to
 * lower case and a crafted one would run as SQL. jooq-pgai therefore passes the role as a quoted
 * identifier, which pgai's concatenation turns into exactly that role.
 */
final class GrantVectorizerUsage {

    private GrantVectorizerUsage() {
    }

    static Field<Object> call(String role, boolean admin) {
        return PgaiSql.function("grant_vectorizer_usage", SQLDataType.OTHER, List.of(
                new NamedArgument("to_user", PgaiSql.value(quoted(role), SqlType.NAME)),
                new NamedArgument("admin", PgaiSql.value(admin, SqlType.BOOL))));
    }

    /** {@code "role"} with embedded double quotes doubled, checked to survive pgai's {@code name} parameter. */
    static String quoted(String role) {
        if (role == null) {
            throw new InvalidVectorizerConfigException("to_user", null, "a role name is required");
        }
        return PgaiLimits.quotedIdentifier("to_user", role);
    }
}
