package io.github.jooqpgai.embedded;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a real pgai database without Docker: the embedded server is started
 * once per JVM (or reused if it already runs), and stopped after the last test if this JVM started it.
 * Each class gets a schema of its own, dropped afterwards together with every vectorizer that uses it.
 * Test methods and lifecycle methods can take a {@link PgaiSchema} or the {@link EmbeddedPgai} parameter.
 *
 * <pre>{@code
 * @EmbeddedPgaiTest
 * class BlogSearchTest {
 *     @Test
 *     void findsTheNearestPost(PgaiSchema db) {
 *         db.dsl().execute("create table blog (id int primary key, body text)");
 *     }
 * }
 * }</pre>
 *
 * The server's options come from the environment variables described at {@link EmbeddedPgai}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(EmbeddedPgaiExtension.class)
public @interface EmbeddedPgaiTest {
}
