package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The monotone pairs of issue #10 in each covered language: one more qualifier, a smaller cohort,
 * a more specific moment, one person instead of a count, the reader placed in a condition. The
 * language is asserted too: an edit that made Tact read the line as another language would break
 * the comparison silently.
 */
class MultilingualMonotonicityProperties {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());

    /** One language's way to build a line: count + noun + verb + item + qualifiers. */
    record Grammar(String code, String people, String verb, List<String> items, List<String> qualifiers,
                   String general, List<String> moments, String onePerson, List<String> placements) {
    }

    private static final Map<String, Grammar> GRAMMARS = Map.of(
        "en", new Grammar("en", "people", "streamed", List.of("jazz", "the new album", "'Rainy Day Jazz'"),
            List.of(" every night", " in Leeds", " 40 times", " at 3am", " on Valentine's Day"), " this week",
            List.of(" during the first snowstorm of the winter", " on the longest night of the year"),
            "A listener in Leeds", List.of("Behind on rent again? ", "Just engaged? ", "Pregnant? ")),
        "es", new Grammar("es", "personas", "escucharon", List.of("jazz", "el nuevo disco", "«Jazz de lluvia»"),
            List.of(" cada noche", " en Sevilla", " 40 veces", " a las 3", " en Nochevieja"), " esta semana",
            List.of(" durante la primera nevada del invierno", " la noche más larga del año"),
            "Un oyente de Sevilla", List.of("¿Otra vez sin llegar a fin de mes? ", "¿Recién divorciado? ",
                "¿Embarazada? ")),
        "fr", new Grammar("fr", "personnes", "ont écouté", List.of("du jazz", "le nouvel album", "« Jazz pluvieux »"),
            List.of(" chaque nuit", " à Nantes", " 40 fois", " à 3 h", " le soir du réveillon"), " cette semaine",
            List.of(" pendant la première neige de l'hiver", " la nuit la plus longue de l'année"),
            "Un auditeur de Nantes", List.of("Encore à découvert ? ", "Enceinte ? ", "Fraîchement séparée ? ")),
        "de", new Grammar("de", "Menschen", "hörten", List.of("Jazz", "das neue Album", "„Regenjazz“"),
            List.of(" jede Nacht", " in Köln", " 40 Mal", " um 3 Uhr", " an Silvester"), " diese Woche",
            List.of(" in der längsten Nacht des Jahres", " während des ersten Schneesturms"),
            "Ein Hörer aus Köln", List.of("Frisch getrennt? ", "Schon wieder im Dispo? ", "Schwanger? ")),
        "pt", new Grammar("pt", "pessoas", "ouviram", List.of("jazz", "o novo álbum", "'Jazz de Chuva'"),
            List.of(" toda noite", " em Recife", " 40 vezes", " às 3h", " no réveillon"), " esta semana",
            List.of(" durante a primeira nevasca do inverno", " na noite mais longa do ano"),
            "Um ouvinte de Recife", List.of("Fatura atrasada de novo? ", "Grávida? ", "Recém-demitido? ")));

    /** A line in one language. */
    record Line(Grammar grammar, long people, String item, String qualifiers) {
        String text() {
            return count() + " " + grammar.people() + " " + grammar.verb() + " " + item + qualifiers + ".";
        }

        String count() {
            return String.format(grammar.code().equals("en") ? Locale.UK : Locale.GERMANY, "%,d", people);
        }

        Line with(long fewer, String more) {
            return new Line(grammar, fewer, item, more);
        }
    }

    @Provide
    Arbitrary<Line> lines() {
        Arbitrary<Grammar> grammar = Arbitraries.of(GRAMMARS.values().toArray(Grammar[]::new));
        return grammar.flatMap(g -> Combinators.combine(Arbitraries.longs().between(2, 20_000_000),
            Arbitraries.of(g.items()), Arbitraries.of("", g.qualifiers().get(0), g.qualifiers().get(1)))
            .as((people, item, qualifiers) -> new Line(g, people, item, qualifiers)));
    }

    private static Assessment assess(String text, String code) {
        Assessment assessment = ASSESSOR.assess(text, List.of(), CohortLookup.NONE, "");
        assertThat(assessment.language().code()).as(text).isEqualTo(code);
        return assessment;
    }

    private static int score(Line line) {
        return assess(line.text(), line.grammar().code()).score();
    }

    @Property(tries = 250)
    void oneMoreQualifierNeverLowersTheScore(@ForAll("lines") Line line, @ForAll int pick) {
        List<String> qualifiers = line.grammar().qualifiers();
        String more = qualifiers.get(Math.floorMod(pick, qualifiers.size()));
        assertThat(score(line.with(line.people(), line.qualifiers() + more))).isGreaterThanOrEqualTo(score(line));
    }

    @Property(tries = 250)
    void aSmallerCohortNeverLowersTheScore(@ForAll("lines") Line line, @ForAll double fraction) {
        long fewer = Math.max(2, (long) (line.people() * Math.abs(fraction % 1)));
        assertThat(score(line.with(fewer, line.qualifiers()))).isGreaterThanOrEqualTo(score(line));
    }

    @Property(tries = 150)
    void aMoreSpecificMomentNeverLowersTheScore(@ForAll("lines") Line line, @ForAll int pick) {
        List<String> moments = line.grammar().moments();
        Line general = line.with(line.people(), line.qualifiers() + line.grammar().general());
        Line specific = line.with(line.people(), line.qualifiers() + moments.get(Math.floorMod(pick, moments.size())));
        assertThat(score(specific)).isGreaterThanOrEqualTo(score(general));
    }

    private static final Map<String, List<String>> NAMED_TIMES = Map.of("en", List.of(" last night", " this week",
        " on Monday"), "es", List.of(" anoche", " esta semana", " el lunes"), "fr", List.of(" hier soir", " cette semaine",
        " lundi"), "de", List.of(" gestern Abend", " diese Woche", " am Montag"), "pt", List.of(" ontem à noite",
        " esta semana", " na segunda"));

    // An outside tester's pair: "last night" → "during the first snowstorm of the winter" once lowered the score.
    @Property(tries = 200)
    void aParticularMomentNeverScoresLowerThanANamedTime(@ForAll("lines") Line line, @ForAll int pick, @ForAll int other) {
        List<String> named = NAMED_TIMES.get(line.grammar().code());
        List<String> moments = line.grammar().moments();
        Line general = line.with(line.people(), line.qualifiers() + named.get(Math.floorMod(pick, named.size())));
        Line specific = line.with(line.people(), line.qualifiers() + moments.get(Math.floorMod(other, moments.size())));
        assertThat(score(specific)).isGreaterThanOrEqualTo(score(general));
    }

    @Property(tries = 150)
    void onePersonNeverScoresLowerThanACount(@ForAll("lines") Line line) {
        Grammar g = line.grammar();
        String one = g.onePerson() + " " + singularVerb(g) + " " + line.item() + line.qualifiers() + ".";
        assertThat(assess(one, g.code()).score()).isGreaterThanOrEqualTo(score(line));
    }

    @Property(tries = 150)
    void placingTheReaderInAConditionNeverLowersTheScore(@ForAll("lines") Line line, @ForAll int pick) {
        List<String> placements = line.grammar().placements();
        String placed = placements.get(Math.floorMod(pick, placements.size())) + line.text();
        assertThat(assess(placed, line.grammar().code()).score()).isGreaterThanOrEqualTo(score(line));
    }

    private static String singularVerb(Grammar g) {
        return switch (g.code()) {
            case "es" -> "escuchó";
            case "fr" -> "a écouté";
            case "de" -> "hörte";
            case "pt" -> "ouviu";
            default -> "streamed";
        };
    }
}
