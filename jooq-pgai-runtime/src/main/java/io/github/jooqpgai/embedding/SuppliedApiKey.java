package io.github.jooqpgai.embedding;

import java.util.Optional;
import java.util.function.Supplier;

/** {@link ApiKeys#of}: one named key from the user's supplier; its {@code toString()} names the key's name only. */
final class SuppliedApiKey implements ApiKeys {

    private final String name;
    private final Supplier<String> key;

    SuppliedApiKey(String name, Supplier<String> key) {
        this.name = name;
        this.key = key;
    }

    @Override
    public Optional<String> find(String requested) {
        return name.equals(requested) ? Optional.ofNullable(key.get()).filter(k -> !k.isEmpty()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "ApiKeys.of(" + name + ", <supplied>)";
    }
}
