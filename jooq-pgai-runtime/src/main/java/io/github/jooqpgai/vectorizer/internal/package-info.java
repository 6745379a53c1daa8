/**
 * The implementation of the vectorizer DSL behind {@code PgaiDSL} and {@code PgaiDSLContext}: statement
 * builders, catalog reads, Java-side checks and the rendering of config records to pgai's config functions.
 * <strong>Not API: these types may change or disappear without notice.</strong> Use {@code PgaiDSL},
 * {@code PgaiDSLContext} and the public types of {@code io.github.jooqpgai.vectorizer} and
 * {@code io.github.jooqpgai.vectorizer.config} instead.
 *
 * <pre>{@code
 * PgaiDSL.configFunction(Indexing.hnsw()); // not ConfigFunctions.call(...) or VectorizerStatements.configFunction(...)
 * }</pre>
 */
package io.github.jooqpgai.vectorizer.internal;
