package io.github.jooqpgai.vectorizer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Function and argument names of config parts are written into the SQL as they are: only this library's
 * config records may produce them, and every one of them must be a plain lower-case name.
 */
class ConfigPartsAreSealedTest {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** One instance of every config record, with every optional argument set where there is one. */
    private static final List<VectorizerConfigPart> EVERY_KIND = List.of(
            Loading.column("c"), Loading.uri("u").withAwsRoleArn("arn:aws:iam::1:role/r"),
            Parsing.auto(), Parsing.none(), Parsing.pymupdf(), Parsing.docling(),
            Embedding.openai("m", 3).withChatUser("u").withBaseUrl("http://x"), Embedding.ollama("m", 3).withKeepAlive("5m"),
            Embedding.voyageai("m", 3), Embedding.litellm("m", 3),
            Chunking.none(), Chunking.characterTextSplitter(10, 1), Chunking.recursiveCharacterTextSplitter(10, 1),
            Indexing.none(), Indexing.defaults(), Indexing.diskann(), Indexing.hnsw(),
            Formatting.pythonTemplate("$chunk"),
            Scheduling.none(), Scheduling.defaults(), Scheduling.timescaledb(Duration.ofMinutes(5)),
            Processing.defaults(),
            Destination.table("t"), Destination.column("e"));

    @Test
    void onlyTheLibrarysConfigRecordsAreConfigParts() {
        assertThat(VectorizerConfigPart.class.isSealed()).as("VectorizerConfigPart is sealed").isTrue();
        Set<Class<?>> leaves = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(VectorizerConfigPart.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (type.isSealed()) {
                todo.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                assertThat(type.isRecord()).as("%s is a record (final), not an open type", type.getName()).isTrue();
                leaves.add(type);
            }
        }
        assertThat(EVERY_KIND.stream().map(Object::getClass).collect(Collectors.toSet()))
                .as("the samples cover every permitted config record").isEqualTo(leaves);
    }

    @Test
    void everyFunctionAndArgumentNameIsAPlainConstant() {
        for (VectorizerConfigPart part : EVERY_KIND) {
            ConfigFunctionCall call = ConfigFunctions.call(part);
            assertThat(call.function()).as("function of %s", part).matches(PLAIN_NAME);
            assertThat(call.arguments()).as("arguments of %s", part).allSatisfy(a -> assertThat(a.name()).matches(PLAIN_NAME));
        }
    }
}
