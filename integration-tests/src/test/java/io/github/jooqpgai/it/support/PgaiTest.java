package io.github.jooqpgai.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the real pgai database in a schema of its own, which is dropped (with every
 * vectorizer that uses it) after the class.
 *
 * <pre>{@code
 * @PgaiTest
 * class BlogIT {
 *     @Test
 *     void works(PgaiTestSchema db) {
 *         db.dsl().execute("create table blog (id int primary key, body text)");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PgaiDatabaseExtension.class)
public @interface PgaiTest {
}
