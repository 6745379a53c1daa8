package io.github.jooqpgai.it.vectorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * {@code ai.grant_vectorizer_usage} with real roles created (and dropped) by the test: the privileges
 * pgai grants, read back with {@code has_*_privilege}, and roles whose names pgai's own function cannot
 * take (it splices {@code to_user} into GRANT unquoted).
 */
@PgaiTest
class GrantVectorizerUsageIT {

    /** One privilege on one object, as {@code has_<kind>_privilege(role, object, privilege)} checks it. */
    record Privilege(String kind, String object, String privilege) {
        @Override
        public String toString() {
            return privilege + " on " + kind + " " + object;
        }
    }

    private static final List<String> TABLES = List.of("ai.vectorizer", "ai._vectorizer_errors", "ai.vectorizer_errors", "ai.vectorizer_status",
            "ai.pgai_lib_migration", "ai.pgai_lib_version", "ai.pgai_lib_feature_flag");
    private static final List<String> TABLE_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER");

    /** Everything either form of the call could grant. */
    private static List<Privilege> candidates() {
        List<Privilege> all = new ArrayList<>();
        all.add(new Privilege("schema", "ai", "USAGE"));
        all.add(new Privilege("schema", "ai", "CREATE"));
        TABLES.forEach(t -> TABLE_PRIVILEGES.forEach(p -> all.add(new Privilege("table", t, p))));
        List.of("SELECT", "USAGE", "UPDATE").forEach(p -> all.add(new Privilege("sequence", "ai.vectorizer_id_seq", p)));
        return all;
    }

    /** pgai 0.12.1's grant_vectorizer_usage(admin => false), from its SQL. */
    private static Set<Privilege> usage() {
        Set<Privilege> expected = new LinkedHashSet<>();
        expected.add(new Privilege("schema", "ai", "USAGE"));
        expected.add(new Privilege("schema", "ai", "CREATE"));
        List.of("SELECT", "INSERT", "UPDATE", "DELETE").forEach(p -> expected.add(new Privilege("table", "ai.vectorizer", p)));
        List.of("ai._vectorizer_errors", "ai.vectorizer_errors", "ai.vectorizer_status").forEach(t -> expected.add(new Privilege("table", t, "SELECT")));
        expected.add(new Privilege("sequence", "ai.vectorizer_id_seq", "SELECT"));
        expected.add(new Privilege("sequence", "ai.vectorizer_id_seq", "USAGE"));
        return expected;
    }

    @Test
    void usageGrantsExactlyWhatPgaiListsToARoleWithQuotesSpacesAndUpperCase(PgaiTestSchema db) {
        String role = db.schema() + " App \"Writer\"";
        withRole(db, role, () -> {
            assertThat(granted(db, role)).as("privileges of the new role").isEmpty();

            PgaiDSL.using(db.dataSource()).grantVectorizerUsage(role);

            assertThat(granted(db, role)).containsExactlyInAnyOrderElementsOf(usage());
        });
    }

    @Test
    void adminGrantsAllPrivilegesOnPgaisCatalog(PgaiTestSchema db) {
        String role = db.schema() + "_Admin";
        withRole(db, role, () -> {
            PgaiDSL.using(db.dataSource()).grantVectorizerUsage(role, true);

            assertThat(granted(db, role)).containsExactlyInAnyOrderElementsOf(candidates());
        });
    }

    @Test
    void theUnattachedQueryGrantsTheSameInAnyDslContext(PgaiTestSchema db) {
        String role = db.schema() + "_plain";
        withRole(db, role, () -> {
            db.dsl().execute(PgaiDSL.grantVectorizerUsage(role, false));
            assertThat(granted(db, role)).containsExactlyInAnyOrderElementsOf(usage());
        });
    }

    @Test
    void aRoleNameIsNeverRunAsSqlThoughPgaiSplicesItUnquoted(PgaiTestSchema db) throws Exception {
        String base = "gvu_" + ProcessHandle.current().pid();
        String role = base + "; create temp table injected (x int)";
        try (Connection c = db.connection()) {
            PgaiDSLContext pgai = PgaiDSL.using(c);
            withRole(db, role, () -> {
                pgai.grantVectorizerUsage(role);
                assertThat(granted(db, role)).containsExactlyInAnyOrderElementsOf(usage());
                assertThat(pgai.fetchValue("select to_regclass('pg_temp.injected')::text")).as("a temp table made by the role name").isNull();
            });
            withRole(db, base, () -> assertThatThrownBy(() -> pgai.execute("select ai.grant_vectorizer_usage(?)", role))
                    .as("pgai's own function runs the text after the role name (the first GRANT creates the table, the second collides)")
                    .isInstanceOfSatisfying(DataAccessException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo("42P07");
                        assertThat(e.getMessage()).contains("relation \"injected\" already exists");
                    }));
        }
    }

    @Test
    void pgaiItselfFoldsAMixedCaseRoleToLowerCase(PgaiTestSchema db) {
        String role = db.schema() + "_Mixed";
        withRole(db, role, () -> assertThatThrownBy(() -> db.dsl().execute("select ai.grant_vectorizer_usage(?)", role))
                .isInstanceOfSatisfying(DataAccessException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("42704");
                    assertThat(e.getMessage()).contains("role \"" + role.toLowerCase(Locale.ROOT) + "\" does not exist");
                }));
    }

    @Test
    void anUnknownRoleFailsWithPostgresqlsOwnError(PgaiTestSchema db) {
        String role = db.schema() + "_Nobody";
        PgaiException oracle = grantError(db, "grant usage, create on schema ai to " + DSL.using(SQLDialect.POSTGRES).render(DSL.name(role)));

        assertThatThrownBy(() -> PgaiDSL.using(db.dataSource()).grantVectorizerUsage(role)).isInstanceOfSatisfying(PgaiException.class, e -> {
            assertThat(e.pgaiMessage()).isEqualTo(oracle.pgaiMessage()).isEqualTo("role \"" + role + "\" does not exist");
            assertThat(e.sqlState()).isEqualTo(oracle.sqlState()).isEqualTo("42704");
        });
    }

    private static PgaiException grantError(PgaiTestSchema db, String grant) {
        try {
            db.dsl().transaction(trx -> {
                trx.dsl().execute(grant);
                throw new AssertionError("expected " + grant + " to fail");
            });
        } catch (DataAccessException e) {
            return (PgaiException) PgaiException.translate(e);
        }
        throw new AssertionError("unreachable");
    }

    private static Set<Privilege> granted(PgaiTestSchema db, String role) {
        Set<Privilege> granted = new LinkedHashSet<>();
        for (Privilege p : candidates()) {
            Boolean has = db.value(Boolean.class, "select has_" + p.kind() + "_privilege((select oid from pg_roles where rolname = ?), ?, ?)",
                    role, p.object(), p.privilege());
            if (Boolean.TRUE.equals(has)) {
                granted.add(p);
            }
        }
        return granted;
    }

    /** Creates the role, runs {@code test}, then revokes everything granted to it and drops it. */
    private static void withRole(PgaiTestSchema db, String role, Runnable test) {
        String quoted = DSL.using(SQLDialect.POSTGRES).render(DSL.name(role));
        db.dsl().execute("create role " + quoted);
        try {
            test.run();
        } finally {
            db.dsl().execute("drop owned by " + quoted);
            db.dsl().execute("drop role " + quoted);
        }
    }
}
