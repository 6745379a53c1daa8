package io.github.jooqpgai.benchmarks.searchbytext;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Two search variants run on the same inputs, alternating which goes first per input, after a warm-up of both;
 * their latencies and how far their top-k results agree.
 *
 * <pre>{@code
 * SideBySide r = SideBySide.run("by text", "ours", ours, "theirs", theirs, queries, 50);
 * r.print(System.out);
 * }</pre>
 */
final class SideBySide {

    private final String title;
    private final Latencies first;
    private final Latencies second;
    private int sameTop1;
    private int sameSet;
    private int compared;

    private SideBySide(String title, Latencies first, Latencies second) {
        this.title = title;
        this.first = first;
        this.second = second;
    }

    static SideBySide run(String title, String firstName, Function<String, List<String>> firstSearch, String secondName,
            Function<String, List<String>> secondSearch, List<String> inputs, int warmup) {
        for (int i = 0; i < warmup; i++) {
            firstSearch.apply(inputs.get(i));
            secondSearch.apply(inputs.get(i));
        }
        int measured = inputs.size() - warmup;
        SideBySide result = new SideBySide(title, new Latencies(firstName, measured), new Latencies(secondName, measured));
        for (int i = warmup; i < inputs.size(); i++) {
            String input = inputs.get(i);
            List<String> a;
            List<String> b;
            if (i % 2 == 0) {
                a = timed(firstSearch, input, result.first);
                b = timed(secondSearch, input, result.second);
            } else {
                b = timed(secondSearch, input, result.second);
                a = timed(firstSearch, input, result.first);
            }
            result.compare(a, b);
        }
        return result;
    }

    private static List<String> timed(Function<String, List<String>> search, String input, Latencies into) {
        long t0 = System.nanoTime();
        List<String> hits = search.apply(input);
        into.add(System.nanoTime() - t0);
        return hits;
    }

    private void compare(List<String> a, List<String> b) {
        compared++;
        if (!a.isEmpty() && !b.isEmpty() && a.get(0).equals(b.get(0))) {
            sameTop1++;
        }
        Set<String> setA = new HashSet<>(a);
        if (a.size() == b.size() && setA.equals(new HashSet<>(b))) {
            sameSet++;
        }
    }

    void print(PrintStream out) {
        out.println();
        out.println("== " + title);
        out.println(first.line());
        out.println(second.line());
        out.printf("ratio jooq-pgai / langchain4j: p50 %.3fx  p95 %.3fx  mean %.3fx%n",
                first.percentileMillis(50) / second.percentileMillis(50),
                first.percentileMillis(95) / second.percentileMillis(95), first.meanMillis() / second.meanMillis());
        out.printf("same top-1 in %d of %d queries, same top-k set in %d of %d%n", sameTop1, compared, sameSet, compared);
    }
}
