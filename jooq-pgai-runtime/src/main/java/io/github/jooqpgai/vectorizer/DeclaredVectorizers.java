package io.github.jooqpgai.vectorizer;

import java.util.List;

/**
 * The vectorizers an application declares, for drift checks: implement it with a public no-argument constructor
 * and name the class in the Maven plugin's {@code check} goal ({@code <declaredVectorizers>}), or pass
 * {@code vectorizers()} to {@code PgaiDSLContext.vectorizerDrift(...)} in a test.
 *
 * <pre>{@code
 * public class AppVectorizers implements DeclaredVectorizers {
 *     public List<VectorizerSpec> vectorizers() {
 *         return List.of(PgaiDSL.createVectorizer(BLOG).loading(Loading.column(BLOG.CONTENT))
 *                 .embedding(Embedding.openai("text-embedding-3-small", 768)).name("blog_embeddings").spec());
 *     }
 * }
 * }</pre>
 */
public interface DeclaredVectorizers {

    /** The declared vectorizers, each as the create statement's {@code spec()}. */
    List<VectorizerSpec> vectorizers();
}
