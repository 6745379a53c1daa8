package io.github.jooqpgai.it.worker;

import java.util.List;

/**
 * 32 short documents on distinct topics; the last eight have two or three paragraphs (each under 200
 * characters, any two together over 200), so a recursive splitter of 200 characters on {@code "\n\n"} makes
 * one chunk per paragraph.
 *
 * <pre>{@code
 * for (Documents.Document d : Documents.ALL) { insert(d.id(), d.title(), d.content()); }
 * }</pre>
 */
final class Documents {

    /** One source row; {@code paragraphs} joined by a blank line is its content. */
    record Document(int id, String title, List<String> paragraphs) {
        String content() {
            return String.join("\n\n", paragraphs);
        }
    }

    static final List<Document> ALL = List.of(
            doc(1, "Sourdough", "A sourdough starter is a culture of wild yeast and lactic acid bacteria kept alive with flour and water."),
            doc(2, "Black holes", "A black hole is a region of spacetime where gravity is so strong that not even light can escape its event horizon."),
            doc(3, "Photosynthesis", "Plants turn sunlight, water and carbon dioxide into glucose and oxygen inside their chloroplasts."),
            doc(4, "Chess openings", "The Sicilian Defence answers 1.e4 with c5 and leads to sharp, unbalanced middlegames."),
            doc(5, "Espresso", "Espresso is brewed by forcing hot water through finely ground coffee at about nine bars of pressure."),
            doc(6, "Volcanoes", "Magma rising through the crust erupts as lava, ash and gas when pressure in the chamber grows too high."),
            doc(7, "Rust ownership", "Rust's borrow checker enforces that a value has one owner and either many shared or one mutable reference."),
            doc(8, "Marathon training", "Runners build weekly mileage slowly and add a long run each weekend before a 42 kilometre race."),
            doc(9, "Honeybees", "Worker bees communicate the direction of flowers to the hive with a waggle dance."),
            doc(10, "Impressionism", "Monet and Renoir painted light and movement with loose brush strokes, often outdoors."),
            doc(11, "Tides", "The Moon's gravity pulls the oceans into bulges, giving most coasts two high tides a day."),
            doc(12, "Compound interest", "Interest earned on earlier interest makes savings grow exponentially over long periods."),
            doc(13, "Origami", "Folding a single square sheet of paper without cuts can produce cranes, frogs and boxes."),
            doc(14, "Vaccines", "A vaccine trains the immune system to recognise a pathogen without causing the disease."),
            doc(15, "Jazz improvisation", "Jazz soloists invent melodies over chord changes, borrowing licks and answering the band."),
            doc(16, "Glaciers", "Compressed snow becomes ice that flows downhill and carves U-shaped valleys over millennia."),
            doc(17, "TCP handshake", "A TCP connection opens with SYN, SYN-ACK and ACK before any application data is sent."),
            doc(18, "Bonsai", "Bonsai growers prune roots and branches to keep a tree miniature in a shallow pot for decades."),
            doc(19, "Roman aqueducts", "Romans carried water into cities over long stone arches using a gentle, constant downhill slope."),
            doc(20, "Cheese making", "Rennet curdles milk; the curds are pressed, salted and aged into hard cheeses like cheddar."),
            doc(21, "Solar panels", "Photovoltaic cells made of silicon convert sunlight directly into direct-current electricity."),
            doc(22, "Octopus intelligence", "Octopuses open jars, escape tanks and use coconut shells as portable shelters."),
            doc(23, "Knitting", "Knitters loop yarn with two needles; alternating knit and purl stitches makes ribbing."),
            doc(24, "Tea ceremony", "The Japanese tea ceremony prepares powdered matcha with a bamboo whisk in a calm, ritual order."),
            doc(25, "PostgreSQL MVCC",
                    "PostgreSQL keeps old row versions so that readers never block writers; each transaction sees a snapshot of committed data.",
                    "VACUUM later removes row versions no transaction can see any more, and freezes old transaction ids to avoid wraparound."),
            doc(26, "Bicycle maintenance",
                    "Clean and lubricate the chain every few hundred kilometres, wiping off excess oil so that grit does not stick to it.",
                    "Check tyre pressure weekly; underinflated tyres pinch on kerbs, wear quickly and make every ride feel slower."),
            doc(27, "Sleep science",
                    "Sleep cycles through light, deep and REM stages roughly every ninety minutes during a normal night of rest.",
                    "Deep sleep consolidates memories and restores the body, while REM sleep is when most vivid dreaming happens.",
                    "Screens late at night delay melatonin release and push the whole sleep schedule later than intended."),
            doc(28, "Coral reefs",
                    "Reef-building corals are colonies of tiny polyps that host algae supplying them with sugars from photosynthesis.",
                    "When the sea warms too much the polyps expel their algae and bleach white, and reefs can die within weeks."),
            doc(29, "Medieval castles",
                    "Stone keeps replaced wooden motte-and-bailey forts, with thick walls, arrow slits and a single guarded gate.",
                    "Concentric castles added rings of walls so that attackers breaching the outer ward still faced a higher inner one."),
            doc(30, "Fermented vegetables",
                    "Sauerkraut is shredded cabbage salted and left to ferment, as lactobacilli turn its sugars into lactic acid.",
                    "Kimchi adds chilli, garlic, ginger and fish sauce to napa cabbage and radish before the same slow fermentation."),
            doc(31, "Electric guitars",
                    "Magnetic pickups under the strings turn their vibration into a small current that an amplifier makes loud.",
                    "Single-coil pickups sound bright but hum, while humbuckers pair two coils wired to cancel the mains noise.",
                    "Effects pedals such as overdrive, delay and wah shape the signal between the guitar and the amplifier."),
            doc(32, "Desert survival",
                    "In the desert, travel at dawn and dusk, rest in shade at midday and ration sweat rather than water.",
                    "Signal for rescue with a mirror flash or three fires in a triangle, and stay near a vehicle if you have one."));

    private Documents() {
    }

    private static Document doc(int id, String title, String... paragraphs) {
        return new Document(id, title, List.of(paragraphs));
    }
}
