package io.github.jooqpgai.it.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 32 one-paragraph posts on distinct topics (even ids published) and the text queries searched for them, some
 * of which share no word with the post they should find.
 *
 * <pre>{@code
 * for (SearchCorpus.Post p : SearchCorpus.POSTS) { insert(p.id(), p.title(), p.body(), p.published()); }
 * }</pre>
 */
final class SearchCorpus {

    /** One source row. */
    record Post(int id, String title, String body) {
        boolean published() {
            return id % 2 == 0;
        }

        /** The chunk as the vectorizer's template {@code $title: $chunk} formats it. */
        String formatted() {
            return title + ": " + body;
        }
    }

    /** A search text, the post it should find first, and whether it is meant to share no word with that post. */
    record Query(String text, int expectedId, boolean sharesNoWord) {
    }

    static final List<Post> POSTS = List.of(
            new Post(1, "Sourdough", "A sourdough starter is a culture of wild yeast and lactic acid bacteria fed with flour and water."),
            new Post(2, "Black holes", "A black hole is a region of spacetime where gravity is so strong that light cannot escape its event horizon."),
            new Post(3, "Photosynthesis", "Plants turn sunlight, water and carbon dioxide into glucose and oxygen inside their chloroplasts."),
            new Post(4, "Chess openings", "The Sicilian Defence answers 1.e4 with c5 and leads to sharp, unbalanced middlegames."),
            new Post(5, "Espresso", "Espresso is brewed by forcing hot water through finely ground coffee at about nine bars of pressure."),
            new Post(6, "Volcanoes", "Magma rising through the crust erupts as lava, ash and gas when pressure in the chamber grows too high."),
            new Post(7, "Rust ownership", "Rust's borrow checker enforces that a value has one owner and either many shared or one mutable reference."),
            new Post(8, "Marathon training", "Runners build weekly mileage slowly and add a long run each weekend before a 42 kilometre race."),
            new Post(9, "Honeybees", "Worker bees communicate the direction of flowers to the hive with a waggle dance."),
            new Post(10, "Impressionism", "Monet and Renoir painted light and movement with loose brush strokes, often outdoors."),
            new Post(11, "Tides", "The Moon's gravity pulls the oceans into bulges, giving most coasts two high tides a day."),
            new Post(12, "Compound interest", "Interest earned on earlier interest makes savings grow exponentially over long periods."),
            new Post(13, "Origami", "Folding a single square sheet of paper without cuts can produce cranes, frogs and boxes."),
            new Post(14, "Vaccines", "A vaccine trains the immune system to recognise a pathogen without causing the disease."),
            new Post(15, "Jazz improvisation", "Jazz soloists invent melodies over chord changes, borrowing licks and answering the band."),
            new Post(16, "Glaciers", "Compressed snow becomes ice that flows downhill and carves U-shaped valleys over millennia."),
            new Post(17, "TCP handshake", "A TCP connection opens with SYN, SYN-ACK and ACK before any application data is sent."),
            new Post(18, "Bonsai", "Bonsai growers prune roots and branches to keep a tree miniature in a shallow pot for decades."),
            new Post(19, "Roman aqueducts", "Romans carried water into cities over long stone arches using a gentle, constant downhill slope."),
            new Post(20, "Cheese making", "Rennet curdles milk; the curds are pressed, salted and aged into hard cheeses like cheddar."),
            new Post(21, "Solar panels", "Photovoltaic cells made of silicon convert sunlight directly into direct-current electricity."),
            new Post(22, "Octopus intelligence", "Octopuses open jars, escape tanks and use coconut shells as portable shelters."),
            new Post(23, "Knitting", "Knitters loop yarn with two needles; alternating knit and purl stitches makes ribbing."),
            new Post(24, "Tea ceremony", "The Japanese tea ceremony prepares powdered matcha with a bamboo whisk in a calm, ritual order."),
            new Post(25, "PostgreSQL vacuum", "VACUUM removes row versions no transaction can see any more and freezes old transaction ids."),
            new Post(26, "Bicycle maintenance", "Clean and lubricate the chain every few hundred kilometres and check tyre pressure weekly."),
            new Post(27, "Sleep science", "Sleep cycles through light, deep and REM stages roughly every ninety minutes during the night."),
            new Post(28, "Coral reefs", "When the sea warms too much, coral polyps expel their algae and bleach white, and reefs can die."),
            new Post(29, "Medieval castles", "Stone keeps replaced wooden forts, with thick walls, arrow slits and a single guarded gate."),
            new Post(30, "Fermented vegetables", "Sauerkraut is shredded cabbage salted and left to ferment as lactobacilli make lactic acid."),
            new Post(31, "Electric guitars", "Magnetic pickups under the strings turn their vibration into a current that an amplifier makes loud."),
            new Post(32, "Desert survival", "In the desert, travel at dawn and dusk, rest in shade at midday and ration sweat rather than water."));

    static final List<Query> QUERIES = List.of(
            new Query("Which celestial objects trap photons forever?", 2, true),
            new Query("How do leaves make sugar?", 3, true),
            new Query("Why do seas rise twice daily?", 11, true),
            new Query("How do network sockets get established?", 17, true),
            new Query("garbage collection for obsolete database rows", 25, true),
            new Query("How do shots protect kids from measles?", 14, true),
            new Query("insects dancing about nectar locations", 9, true),
            new Query("best time of day to walk across hot sand dunes", 32, true),
            new Query("How should I look after my bike?", 26, false),
            new Query("Why do reefs turn white when oceans heat up?", 28, false),
            new Query("humbucker versus single coil pickups", 31, false),
            new Query("making cheddar from milk", 20, false),
            new Query("keeping a tiny tree in a pot", 18, false));

    private SearchCorpus() {
    }

    static Post post(int id) {
        return POSTS.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** The lower-cased words of {@code text} (letters, digits, apostrophes). */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
