package io.github.jooqpgai.embedding;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link ApiKeys#fromEnvironment()}: a lookup in environment variables; its {@code toString()} names no key. */
final class EnvironmentApiKeys implements ApiKeys {

    private final UnaryOperator<String> environment;

    EnvironmentApiKeys(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public Optional<String> find(String name) {
        return Optional.ofNullable(environment.apply(name)).filter(key -> !key.isEmpty());
    }

    @Override
    public String toString() {
        return "ApiKeys.fromEnvironment()";
    }
}
