package io.github.jooqpgai;

import io.github.jooqpgai.vectorizer.CreateVectorizerLoadingStep;
import io.github.jooqpgai.vectorizer.DropVectorizerStatement;
import io.github.jooqpgai.vectorizer.ManagedObjects;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.vectorizer.VectorizerDrift;
import io.github.jooqpgai.vectorizer.VectorizerSpec;
import io.github.jooqpgai.vectorizer.internal.VectorizerDriftCheck;
import io.github.jooqpgai.vectorizer.internal.VectorizerCatalog;
import io.github.jooqpgai.vectorizer.config.VectorizerConfig;
import io.github.jooqpgai.vectorizer.VectorizerError;
import io.github.jooqpgai.vectorizer.VectorizerInfo;
import io.github.jooqpgai.vectorizer.internal.VectorizerStatements;
import io.github.jooqpgai.vectorizer.VectorizerStatus;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Configuration;
import org.jooq.JSONB;
import org.jooq.Meta;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DefaultDSLContext;

/**
 * A jOOQ {@code DSLContext} with pgai's vectorizer API. Database errors from these calls are
 * {@link PgaiException}s carrying pgai's message and the SQLSTATE. Every call that names an existing
 * vectorizer follows one rule: a malformed name (null, empty, not {@code ^[a-z][a-z_0-9]*$}, over 63
 * bytes) is an {@link InvalidVectorizerConfigException} for {@code name} before the database; an unknown
 * name or id is a {@link PgaiException} with SQLSTATE {@code P0002} ({@code vectorizer named "x" does not
 * exist} / {@code vectorizer with id 7 does not exist}), also where pgai would silently do nothing. The
 * lookups {@code vectorizer(...)} and {@code vectorizerStatus(...)} answer an unknown name or id with an
 * empty {@code Optional}, and {@code dropVectorizer(...).ifExists()} ignores it.
 *
 * <pre>{@code
 * PgaiDSLContext pgai = PgaiDSL.using(dataSource);
 * pgai.createVectorizer(BLOG).loading(Loading.column(BLOG.CONTENT))
 *     .embedding(Embedding.openai("text-embedding-3-small", 768)).name("blog_embeddings").execute();
 * long pending = pgai.vectorizerQueuePending("blog_embeddings");
 * VectorizerConfig stored = pgai.vectorizer("blog_embeddings").orElseThrow().config();
 * pgai.setScheduling("blog_embeddings", Scheduling.timescaledb(Duration.ofMinutes(10)), Indexing.hnsw());
 * pgai.grantVectorizerUsage("app_writer");
 * pgai.vectorizerDrift(List.of(declaredSpec), List.of("public")).assertNoDrift();
 * pgai.metaWithoutManagedObjects().migrateTo(target); // never drops pgai's tables
 * pgai.dropVectorizer("blog_embeddings").dropAll().execute();
 * }</pre>
 */
public class PgaiDSLContext extends DefaultDSLContext {

    private static final long serialVersionUID = 1L;

    /** A context over {@code configuration}; prefer {@link PgaiDSL#using}. */
    public PgaiDSLContext(Configuration configuration) {
        super(configuration);
    }

    /** {@code ai.create_vectorizer} on {@code source}, run by {@code execute()}. */
    public CreateVectorizerLoadingStep createVectorizer(Table<?> source) {
        return VectorizerStatements.createVectorizer(configuration(), source);
    }

    /** {@code ai.create_vectorizer} on the table with this qualified name. */
    public CreateVectorizerLoadingStep createVectorizer(Name source) {
        return VectorizerStatements.createVectorizer(configuration(), source);
    }

    /**
     * {@code ai.drop_vectorizer} by name, run by {@code execute()}; an unknown name is an error unless
     * {@code ifExists()}.
     */
    public DropVectorizerStatement dropVectorizer(String name) {
        return VectorizerStatements.dropVectorizer(configuration(), name);
    }

    /** {@code ai.drop_vectorizer} by id, run by {@code execute()}; an unknown id is an error unless {@code ifExists()}. */
    public DropVectorizerStatement dropVectorizer(int id) {
        return VectorizerStatements.dropVectorizer(configuration(), id);
    }

    /** The vectorizer with this name and its stored config, if it exists. */
    public Optional<VectorizerInfo> vectorizer(String name) {
        return VectorizerCatalog.find(this, name);
    }

    /** The vectorizer with this id and its stored config, if it exists. */
    public Optional<VectorizerInfo> vectorizer(int id) {
        return VectorizerCatalog.find(this, id);
    }

    /** Every vectorizer. */
    public List<VectorizerInfo> vectorizers() {
        return VectorizerCatalog.all(this);
    }

    /** {@code ai.vectorizer_status} for every vectorizer. */
    public List<VectorizerStatus> vectorizerStatus() {
        return VectorizerCatalog.status(this);
    }

    /** {@code ai.vectorizer_status} for the vectorizer with this name, if it exists. */
    public Optional<VectorizerStatus> vectorizerStatus(String name) {
        return VectorizerCatalog.status(this, name);
    }

    /** {@code ai.vectorizer_status} for the vectorizer with this id, if it exists. */
    public Optional<VectorizerStatus> vectorizerStatus(int id) {
        return VectorizerCatalog.status(this, id);
    }

    /** Errors the worker recorded for this vectorizer, newest first; an unknown name is an error. */
    public List<VectorizerError> vectorizerErrors(String name) {
        return VectorizerCatalog.errors(this, name);
    }

    /** Errors the worker recorded for the vectorizer with this id, newest first; an unknown id is an error. */
    public List<VectorizerError> vectorizerErrors(int id) {
        return VectorizerCatalog.errors(this, id);
    }

    /**
     * {@code ai.vectorizer_queue_pending(..., exact_count => false)}: returns {@link Long#MAX_VALUE} once
     * more than 10000 rows are queued.
     */
    public long vectorizerQueuePending(String name) {
        return vectorizerQueuePending(name, false);
    }

    /** {@code ai.vectorizer_queue_pending(..., exact_count => exactCount)}; an unknown name is an error. */
    public long vectorizerQueuePending(String name, boolean exactCount) {
        return vectorizerQueuePending(VectorizerCatalog.requireId(this, name), exactCount);
    }

    /** {@code ai.vectorizer_queue_pending(vectorizer_id => id, exact_count => false)}; an unknown id is an error. */
    public long vectorizerQueuePending(int id) {
        return vectorizerQueuePending(id, false);
    }

    /** {@code ai.vectorizer_queue_pending(vectorizer_id => id, exact_count => exactCount)}; an unknown id is an error. */
    public long vectorizerQueuePending(int id, boolean exactCount) {
        VectorizerCatalog.requireId(this, id);
        return run(() -> fetchValue(VectorizerStatements.queuePending(configuration(), id, exactCount)));
    }

    /** {@code ai.enable_vectorizer_schedule}; an unknown name is an error. */
    public void enableVectorizerSchedule(String name) {
        enableVectorizerSchedule(VectorizerCatalog.requireId(this, name));
    }

    /** {@code ai.enable_vectorizer_schedule(vectorizer_id => id)}; an unknown id is an error. */
    public void enableVectorizerSchedule(int id) {
        VectorizerCatalog.requireId(this, id);
        run(() -> execute(VectorizerStatements.enableSchedule(configuration(), id)));
    }

    /** {@code ai.disable_vectorizer_schedule}; an unknown name is an error. */
    public void disableVectorizerSchedule(String name) {
        disableVectorizerSchedule(VectorizerCatalog.requireId(this, name));
    }

    /** {@code ai.disable_vectorizer_schedule(vectorizer_id => id)}; an unknown id is an error. */
    public void disableVectorizerSchedule(int id) {
        VectorizerCatalog.requireId(this, id);
        run(() -> execute(VectorizerStatements.disableSchedule(configuration(), id)));
    }

    /**
     * {@code ai.set_scheduling}: replaces the stored scheduling and indexing and returns the updated config.
     * pgai 0.12.1 needs TimescaleDB in schema {@code public} for it, even for {@code Scheduling.none()}.
     *
     * @throws InvalidVectorizerConfigException for a malformed name, a null part, or automatic indexing without scheduling
     * @throws PgaiException (P0002) for an unknown name, or with pgai's message
     */
    public VectorizerConfig setScheduling(String name, Scheduling scheduling, Indexing indexing) {
        VectorizerStatements.setScheduling(configuration(), name, scheduling, indexing); // the Java-side checks, before the database
        return setScheduling(VectorizerCatalog.requireId(this, name), scheduling, indexing);
    }

    /** {@code ai.set_scheduling(vectorizer_id => id, ...)}, see {@link #setScheduling(String, Scheduling, Indexing)}. */
    public VectorizerConfig setScheduling(int id, Scheduling scheduling, Indexing indexing) {
        ResultQuery<Record1<JSONB>> query = VectorizerStatements.setScheduling(configuration(), id, scheduling, indexing);
        VectorizerCatalog.requireId(this, id);
        JSONB updated = run(() -> fetchValue(query));
        if (updated == null) {
            VectorizerCatalog.requireId(this, id); // dropped in the meantime: P0002
            throw new IllegalStateException("ai.set_scheduling returned no config for vectorizer " + id);
        }
        return VectorizerConfig.fromJson(updated.data());
    }

    /**
     * {@code ai.grant_vectorizer_usage(to_user => role, admin => false)}: lets {@code role} create and use
     * vectorizers (usage and create on schema {@code ai}, DML on {@code ai.vectorizer}, its sequence, the
     * status and error views). {@code role} is a role name as stored, e.g. {@code "App Reader"}.
     */
    public void grantVectorizerUsage(String role) {
        grantVectorizerUsage(role, false);
    }

    /** {@code ai.grant_vectorizer_usage(to_user => role, admin => admin)}; {@code admin} grants all privileges on pgai's catalog. */
    public void grantVectorizerUsage(String role, boolean admin) {
        Query query = VectorizerStatements.grantVectorizerUsage(configuration(), role, admin);
        run(() -> execute(query));
    }

    /**
     * The drift between the vectorizers declared in code and every vectorizer in the database, see
     * {@link VectorizerDrift}; each declaration is evaluated by pgai in the database (nothing is created).
     *
     * @throws InvalidVectorizerConfigException if two declarations have the same (derived) name
     */
    public VectorizerDrift vectorizerDrift(Collection<VectorizerSpec> declared) {
        return VectorizerDriftCheck.check(this, declared, null);
    }

    /**
     * The drift between the vectorizers declared in code and the database's vectorizers on sources in
     * {@code sourceSchemas} (others are not reported as "not declared in code").
     */
    public VectorizerDrift vectorizerDrift(Collection<VectorizerSpec> declared, Collection<String> sourceSchemas) {
        return VectorizerDriftCheck.check(this, declared, java.util.Objects.requireNonNull(sourceSchemas, "sourceSchemas"));
    }

    /** What pgai and extensions manage in this database, see {@link ManagedObjects}. */
    public ManagedObjects managedObjects() {
        return run(() -> ManagedObjects.read(this));
    }

    /** {@link #meta()} without pgai's and extensions' objects, see {@link PgaiMeta}. */
    public Meta metaWithoutManagedObjects() {
        return PgaiMeta.withoutManagedObjects(meta(), managedObjects());
    }

    private static <T> T run(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw PgaiException.translate(e);
        }
    }
}
