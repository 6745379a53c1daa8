package io.github.jooqpgai.it.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's first command, {@code scripts/quickstart}, run twice in a row in a fresh copy of the checkout (its
 * own local Maven repository and embedded-database state folder), then its program interrupted like a Ctrl-C while
 * pgai's worker runs: the expected post is the top hit for every question, and no process is left behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuickstartIT {

    /** Question (as the quickstart prints it) → the title of the post that must be the top hit. */
    static final Map<String, String> EXPECTED_TOP_HIT = Map.of(
            "How often does the yeast culture for my bread need flour?", "Keeping a sourdough starter alive",
            "How do I repair a punctured inner tube on my bike?", "Fixing a flat bicycle tyre",
            "How do I stop my dog from tugging on walks?", "Teaching a puppy to walk on a loose lead",
            "Which camera settings capture the stars of the Milky Way?", "Photographing the night sky",
            "Why is my SQL query slow on a big table?", "Indexes that make PostgreSQL queries fast");

    private static final Pattern QUESTION = Pattern.compile("(?m)^\\? (.+?)   \\[\\d+ ms\\]\\R  1\\. (\\d+\\.\\d+)  (.+?) \\|");

    private static final QuickstartCheckout CHECKOUT = QuickstartCheckout.fresh();

    @Test
    @Order(1)
    void firstRunFindsTheExpectedPostForEveryQuestionAndLeavesNoProcess() throws Exception {
        QuickstartRun run = CHECKOUT.runScript(Duration.ofMinutes(15));

        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
        assertTopHits(run.output());
        assertThat(run.output()).contains("8 posts; pgai's trigger queued them", " 0 rows still queued");
        CHECKOUT.assertNothingRunning();
    }

    @Test
    @Order(2)
    void secondRunInARowWorksToo() throws Exception {
        QuickstartRun run = CHECKOUT.runScript(Duration.ofMinutes(10));

        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
        assertThat(run.output()).as("the plugin's up-to-date check on the second build").contains("is up to date");
        assertTopHits(run.output());
        CHECKOUT.assertNothingRunning();
    }

    @Test
    @Order(3)
    void interruptedWhileTheWorkerRunsLeavesNoProcess() throws Exception {
        QuickstartRun run = CHECKOUT.runProgramAndInterruptAt("run pgai's vectorizer worker once ...", Duration.ofMinutes(5));

        assertThat(run.output()).as("it was interrupted during the worker step").doesNotContain("done; stopping");
        assertThat(run.output()).contains("stopped pgai worker", "stopped database server");
        CHECKOUT.assertNothingRunning();
    }

    private static void assertTopHits(String output) {
        Matcher m = QUESTION.matcher(output);
        Map<String, String> topHits = new LinkedHashMap<>();
        while (m.find()) {
            topHits.put(m.group(1), m.group(3));
        }
        assertThat(topHits).as("question → top hit, in:%n%s", output).isEqualTo(EXPECTED_TOP_HIT);
    }
}
