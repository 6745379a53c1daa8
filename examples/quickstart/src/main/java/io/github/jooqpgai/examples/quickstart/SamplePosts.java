package io.github.jooqpgai.examples.quickstart;

import java.util.List;

/**
 * The quickstart's blog posts, one topic each, and questions whose best answer is known (most share no word
 * with the post's title).
 *
 * <pre>{@code
 * for (SamplePosts.Post post : SamplePosts.POSTS) { ... post.title() ... }
 * }</pre>
 */
final class SamplePosts {

    /** A blog post. */
    record Post(String title, String authors, String contents) {
    }

    /** A question and the title of the post that answers it. */
    record Question(String text, String expectedTitle) {
    }

    static final List<Post> POSTS = List.of(
            new Post("Keeping a sourdough starter alive", "Ana",
                    "A sourdough starter is a colony of wild yeast and lactic acid bacteria living in flour and water. "
                    + "Feed it every day at room temperature: discard half, then add equal weights of flour and water. "
                    + "When it doubles within six hours and smells pleasantly sour it is ready to leaven a loaf. "
                    + "Kept in the fridge, it needs a feeding only once a week; bring it back to life with two feedings "
                    + "on the counter before you bake."),
            new Post("Fixing a flat bicycle tyre", "Ben",
                    "Take the wheel off, lever one side of the tyre off the rim and pull out the inner tube. Pump it up "
                    + "and listen or dunk it in water to find the puncture, roughen the rubber around it, apply glue and "
                    + "press a patch on. Run your fingers inside the tyre to find the thorn or glass that caused it before "
                    + "you refit the tube and inflate it to the pressure printed on the sidewall."),
            new Post("Repotting a root-bound houseplant", "Chloe",
                    "When roots circle the bottom of the pot or grow out of the drainage holes, move the plant to a pot "
                    + "one size larger in spring. Loosen the root ball gently, trim dead roots, set it on fresh potting mix "
                    + "at the same depth and water thoroughly. Keep it out of direct sun for a week while it recovers."),
            new Post("Teaching a puppy to walk on a loose lead", "Dev",
                    "Young dogs pull because pulling gets them where they want to go. Stop still every time the lead goes "
                    + "tight and only move on when it slackens; reward your pup with a treat at your side. Short, frequent "
                    + "sessions in a quiet street work better than one long walk, and a harness is kinder than a collar "
                    + "while the habit forms."),
            new Post("Brewing pour-over coffee", "Emil",
                    "Grind 15 grams of beans medium-fine, rinse the paper filter with hot water and pour a little water "
                    + "at about 94 degrees to let the grounds bloom for thirty seconds. Then pour slowly in circles up to "
                    + "250 grams in total; the brew should finish in about three minutes. A coarser grind fixes a bitter "
                    + "cup, a finer one a sour, weak cup."),
            new Post("Training for your first marathon", "Fatima",
                    "Give yourself four to five months. Build the weekly distance by no more than ten percent, with one "
                    + "long slow run each weekend that grows to about 32 kilometres three weeks before race day. Practise "
                    + "drinking and eating gels on the long runs, taper in the final weeks and start the race slower than "
                    + "you think you should."),
            new Post("Photographing the night sky", "Gus",
                    "Get far away from city lights on a moonless night and put the camera on a sturdy tripod. Use a wide "
                    + "lens at its widest aperture, focus manually on a bright star, and keep exposures around 15 to 20 "
                    + "seconds at ISO 3200 so the stars stay points instead of trails. The Milky Way core is best seen in "
                    + "summer."),
            new Post("Indexes that make PostgreSQL queries fast", "Hana",
                    "A B-tree index lets PostgreSQL find rows by a column's value without reading the whole table. Check "
                    + "with EXPLAIN ANALYZE whether a query uses it; a sequential scan on a large table with a selective "
                    + "filter usually means an index is missing. Vector columns need HNSW or IVFFlat indexes instead, "
                    + "which find approximate nearest neighbours."));

    static final List<Question> QUESTIONS = List.of(
            new Question("How often does the yeast culture for my bread need flour?", "Keeping a sourdough starter alive"),
            new Question("How do I repair a punctured inner tube on my bike?", "Fixing a flat bicycle tyre"),
            new Question("How do I stop my dog from tugging on walks?", "Teaching a puppy to walk on a loose lead"),
            new Question("Which camera settings capture the stars of the Milky Way?", "Photographing the night sky"),
            new Question("Why is my SQL query slow on a big table?", "Indexes that make PostgreSQL queries fast"));

    private SamplePosts() {
    }
}
