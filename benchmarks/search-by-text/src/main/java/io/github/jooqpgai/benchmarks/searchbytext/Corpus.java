package io.github.jooqpgai.benchmarks.searchbytext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic documents and queries: short English sentences from a fixed vocabulary, so both
 * stores hold the same texts run after run.
 *
 * <pre>{@code
 * List<String> docs = Corpus.documents(5000, 42);
 * List<String> queries = Corpus.queries(200, 7);
 * }</pre>
 */
final class Corpus {

    private static final String[] SUBJECTS = {"The gardener", "A chemist", "Our team", "The old sailor", "A young pianist",
            "The night nurse", "A database engineer", "The baker", "A hiking group", "The city council", "A beekeeper",
            "The museum guide", "A marathon runner", "The astronomer", "A street photographer", "The carpenter"};
    private static final String[] VERBS = {"repaired", "studied", "photographed", "painted", "measured", "cleaned",
            "tested", "planted", "described", "rebuilt", "cooked", "sold", "collected", "watched", "tuned", "mapped"};
    private static final String[] OBJECTS = {"a wooden boat", "the rose bushes", "an old violin", "the query planner",
            "a sourdough loaf", "the solar panels", "a mountain trail", "the beehives", "a vintage camera",
            "the harbour lights", "a leaking roof", "the city budget", "a comet", "the bicycle chain", "an index",
            "the coffee grinder", "a stone wall", "the hospital ward", "a jazz standard", "the tide tables"};
    private static final String[] PLACES = {"before dawn", "near the lighthouse", "in the valley", "after the storm",
            "at the market", "in the basement", "on the rooftop", "by the river", "during the festival",
            "in the laboratory", "at the old station", "under a full moon"};
    private static final String[] REASONS = {"to save money", "for the winter", "for a magazine", "to win a bet",
            "for the children", "to test a theory", "for the first time", "to meet a deadline", "out of curiosity"};

    private Corpus() {
    }

    /** {@code count} distinct sentences. */
    static List<String> documents(int count, long seed) {
        return sentences(count, seed, "");
    }

    /** {@code count} distinct questions worded like the documents. */
    static List<String> queries(int count, long seed) {
        return sentences(count, seed, "?");
    }

    private static List<String> sentences(int count, long seed, String question) {
        Random random = new Random(seed);
        Set<String> texts = new LinkedHashSet<>();
        while (texts.size() < count) {
            String s = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                    + pick(random, PLACES) + " " + pick(random, REASONS);
            texts.add(question.isEmpty() ? s + "." : "Who " + s.substring(s.indexOf(' ', 4) + 1) + "?");
        }
        return new ArrayList<>(texts);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
