package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.VectorizerInfo;
import io.github.jooqpgai.vectorizer.VectorizerStatus;
import io.github.jooqpgai.vectorizer.VectorizerError;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.VectorizerConfig;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads pgai's catalog ({@code ai.vectorizer}, {@code ai.vectorizer_status}, {@code ai.vectorizer_errors})
 * into typed records; used by {@code PgaiDSLContext}. A malformed name is an
 * {@link InvalidVectorizerConfigException} before the database; the lookups ({@code find},
 * {@code status}) answer an unknown name or id with an empty {@code Optional}, everything else throws a
 * {@link PgaiException} (P0002).
 *
 * <pre>{@code
 * Optional<VectorizerInfo> info = VectorizerCatalog.find(dsl, "blog_embeddings");
 * int id = VectorizerCatalog.requireId(dsl, "blog_embeddings");
 * }</pre>
 */
public final class VectorizerCatalog {

    private static final String VECTORIZER = """
            select id, name, source_schema, source_table, queue_schema, queue_table, disabled, config::text as config
            from ai.vectorizer""";
    private static final String STATUS = """
            select id, name, source_table, target_table, "view", embedding_column, pending_items, disabled
            from ai.vectorizer_status""";
    private static final String ERRORS = """
            select id, message, details::text as details, recorded, name
            from ai.vectorizer_errors where id = ? order by recorded desc""";

    private VectorizerCatalog() {
    }

    /** The vectorizer with this name, if any. */
    public static Optional<VectorizerInfo> find(DSLContext dsl, String name) {
        VectorizerNames.checked(name);
        return translated(() -> dsl.fetchOptional(VECTORIZER + " where name = ?", name).map(VectorizerCatalog::info));
    }

    /** The vectorizer with this id, if any. */
    public static Optional<VectorizerInfo> find(DSLContext dsl, int id) {
        return translated(() -> dsl.fetchOptional(VECTORIZER + " where id = ?", id).map(VectorizerCatalog::info));
    }

    /** Every vectorizer, by id. */
    public static List<VectorizerInfo> all(DSLContext dsl) {
        return translated(() -> dsl.fetch(VECTORIZER + " order by id").map(VectorizerCatalog::info));
    }

    /** {@code ai.vectorizer_status} for every vectorizer, by id. */
    public static List<VectorizerStatus> status(DSLContext dsl) {
        return translated(() -> dsl.fetch(STATUS + " order by id").map(VectorizerCatalog::status));
    }

    /** {@code ai.vectorizer_status} for the vectorizer with this name, if any. */
    public static Optional<VectorizerStatus> status(DSLContext dsl, String name) {
        VectorizerNames.checked(name);
        return translated(() -> dsl.fetchOptional(STATUS + " where name = ?", name).map(VectorizerCatalog::status));
    }

    /** {@code ai.vectorizer_status} for the vectorizer with this id, if any. */
    public static Optional<VectorizerStatus> status(DSLContext dsl, int id) {
        return translated(() -> dsl.fetchOptional(STATUS + " where id = ?", id).map(VectorizerCatalog::status));
    }

    /**
     * The errors recorded for the named vectorizer, newest first.
     *
     * @throws PgaiException (P0002) if no vectorizer has this name (an empty list means: no errors)
     */
    public static List<VectorizerError> errors(DSLContext dsl, String name) {
        return errorsOf(dsl, requireId(dsl, name));
    }

    /**
     * The errors recorded for the vectorizer with this id, newest first.
     *
     * @throws PgaiException (P0002) if no vectorizer has this id (an empty list means: no errors)
     */
    public static List<VectorizerError> errors(DSLContext dsl, int id) {
        return errorsOf(dsl, requireId(dsl, id));
    }

    /** The id of the named vectorizer, or a {@link PgaiException} (P0002) naming it. */
    public static int requireId(DSLContext dsl, String name) {
        VectorizerNames.checked(name);
        return translated(() -> dsl.fetchOptional("select id from ai.vectorizer where name = ?", name).map(r -> r.get(0, Integer.class)))
                .orElseThrow(() -> VectorizerNames.unknown(name));
    }

    /** {@code id} if a vectorizer has it, or a {@link PgaiException} (P0002) naming it. */
    public static int requireId(DSLContext dsl, int id) {
        if (!translated(() -> dsl.fetchExists(dsl.selectOne().from("ai.vectorizer").where("id = ?", id)))) {
            throw VectorizerNames.unknown(id);
        }
        return id;
    }

    private static List<VectorizerError> errorsOf(DSLContext dsl, int id) {
        return translated(() -> dsl.fetch(ERRORS, id)
                .map(r -> new VectorizerError(r.get("id", Integer.class), r.get("message", String.class), r.get("details", String.class),
                        r.get("recorded", OffsetDateTime.class), r.get("name", String.class))));
    }

    private static VectorizerInfo info(Record r) {
        return new VectorizerInfo(r.get("id", Integer.class), r.get("name", String.class), r.get("source_schema", String.class),
                r.get("source_table", String.class), r.get("queue_schema", String.class), r.get("queue_table", String.class),
                Boolean.TRUE.equals(r.get("disabled", Boolean.class)), VectorizerConfig.fromJson(r.get("config", String.class)));
    }

    private static VectorizerStatus status(Record r) {
        return new VectorizerStatus(r.get("id", Integer.class), r.get("name", String.class), r.get("source_table", String.class),
                r.get("target_table", String.class), r.get("view", String.class), r.get("embedding_column", String.class),
                r.get("pending_items", Long.class), Boolean.TRUE.equals(r.get("disabled", Boolean.class)));
    }

    private static <T> T translated(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw PgaiException.translate(e);
        }
    }
}
