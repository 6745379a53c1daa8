package io.github.jooqpgai;

import io.github.jooqpgai.vectorizer.CreateVectorizerLoadingStep;
import io.github.jooqpgai.vectorizer.DropVectorizerStatement;
import io.github.jooqpgai.vectorizer.VectorizerCatalog;
import io.github.jooqpgai.vectorizer.VectorizerError;
import io.github.jooqpgai.vectorizer.VectorizerInfo;
import io.github.jooqpgai.vectorizer.VectorizerStatements;
import io.github.jooqpgai.vectorizer.VectorizerStatus;
import java.util.List;
import java.util.Optional;
import org.jooq.Configuration;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DefaultDSLContext;

/**
 * A jOOQ {@code DSLContext} with pgai's vectorizer API. Database errors from these calls are
 * {@link PgaiException}s carrying pgai's message and the SQLSTATE; names that pgai would silently
 * ignore are reported as errors.
 *
 * <pre>{@code
 * PgaiDSLContext pgai = PgaiDSL.using(dataSource);
 * pgai.createVectorizer(BLOG).loading(Loading.column(BLOG.CONTENT))
 *     .embedding(Embedding.openai("text-embedding-3-small", 768)).name("blog_embeddings").execute();
 * long pending = pgai.vectorizerQueuePending("blog_embeddings");
 * VectorizerConfig stored = pgai.vectorizer("blog_embeddings").orElseThrow().config();
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

    /** {@code ai.drop_vectorizer} by name, run by {@code execute()}; an unknown name is an error. */
    public DropVectorizerStatement dropVectorizer(String name) {
        return VectorizerStatements.dropVectorizer(configuration(), name);
    }

    /** {@code ai.drop_vectorizer} by id, run by {@code execute()}; an unknown id is an error. */
    public DropVectorizerStatement dropVectorizer(int id) {
        return VectorizerStatements.dropVectorizer(configuration(), id);
    }

    /** The vectorizer with this name and its stored config, if it exists. */
    public Optional<VectorizerInfo> vectorizer(String name) {
        return VectorizerCatalog.find(this, name);
    }

    /** Every vectorizer. */
    public List<VectorizerInfo> vectorizers() {
        return VectorizerCatalog.all(this);
    }

    /** {@code ai.vectorizer_status} for every vectorizer. */
    public List<VectorizerStatus> vectorizerStatus() {
        return VectorizerCatalog.status(this);
    }

    /** {@code ai.vectorizer_status} for one vectorizer, if it exists. */
    public Optional<VectorizerStatus> vectorizerStatus(String name) {
        return VectorizerCatalog.status(this, name);
    }

    /** Errors the worker recorded for this vectorizer, newest first. */
    public List<VectorizerError> vectorizerErrors(String name) {
        VectorizerCatalog.requireId(this, name);
        return VectorizerCatalog.errors(this, name);
    }

    /**
     * {@code ai.vectorizer_queue_pending(..., exact_count => false)}: returns {@link Long#MAX_VALUE} once
     * more than 10000 rows are queued.
     */
    public long vectorizerQueuePending(String name) {
        return vectorizerQueuePending(name, false);
    }

    /** {@code ai.vectorizer_queue_pending(..., exact_count => exactCount)}. */
    public long vectorizerQueuePending(String name, boolean exactCount) {
        VectorizerCatalog.requireId(this, name);
        return run(() -> fetchValue(VectorizerStatements.queuePending(configuration(), name, exactCount)));
    }

    /** {@code ai.enable_vectorizer_schedule}; an unknown name is an error. */
    public void enableVectorizerSchedule(String name) {
        VectorizerCatalog.requireId(this, name);
        run(() -> execute(VectorizerStatements.enableSchedule(configuration(), name)));
    }

    /** {@code ai.disable_vectorizer_schedule}; an unknown name is an error. */
    public void disableVectorizerSchedule(String name) {
        VectorizerCatalog.requireId(this, name);
        run(() -> execute(VectorizerStatements.disableSchedule(configuration(), name)));
    }

    private static <T> T run(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw PgaiException.translate(e);
        }
    }
}
