package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table of cases per span kind: the line, and the text a span of that kind must cover. */
class SpanFinderTest {
    private static final SpanFinder FINDER = new SpanFinder(PolicyCodec.defaults().languages().get("en"));

    private static List<String> found(String line, SpanKind kind) {
        return FINDER.spans(line).stream().filter(span -> span.kind() == kind).map(Span::text).toList();
    }

    /**
     * A phrase in two groups ("Hey you" an opening and an address) gives its spans in one order
     * whatever order the pack's map iterates its groups in. The pack holds its lexicon as a
     * {@code Map.copyOf}, whose order changes with the JVM run and with the set of keys: here extra
     * empty groups change the key set, standing in for another run, and each variant must read the
     * line as the bundled pack does (the order once followed the map: the same line's reasons came
     * out in either order from one run to the next).
     */
    @org.junit.jupiter.api.Test
    void aPhraseInTwoGroupsIsReadTheSameWhateverOrderTheGroupsComeIn() {
        dev.tact.core.LanguagePack english = PolicyCodec.defaults().languages().get("en");
        String line = "Hey you, the one who skipped the gym playlist 212 times in January. We noticed.";
        List<String> expected = described(new SpanFinder(english).spans(line));
        assertThat(expected).contains("ADDRESS Hey you ", "ADDRESS Hey you direct address");
        java.util.Set<String> orders = new java.util.HashSet<>();
        for (int extra = 0; extra < 40; extra++) {
            java.util.Map<String, List<dev.tact.core.Policy.Term>> lexicon = new java.util.HashMap<>(english.lexicon());
            for (int i = 0; i < extra; i++) {
                lexicon.put("unused" + i, List.of());
            }
            dev.tact.core.LanguagePack variant = new dev.tact.core.LanguagePack(english.code(), english.name(), lexicon,
                english.peopleNouns(), english.words(), english.numberWords(), english.multipliers(), english.commaDecimal());
            orders.add(String.join(",", List.copyOf(variant.lexicon().keySet())).replaceAll("unused\\d+,?", ""));
            assertThat(described(new SpanFinder(variant).spans(line))).as("with %d more groups", extra).isEqualTo(expected);
        }
        assertThat(orders).as("the variants iterate the groups in more than one order").hasSizeGreaterThan(1);
    }

    private static List<String> described(List<Span> spans) {
        return spans.stream().map(span -> span.kind() + " " + span.text() + " " + span.category()).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        To the 53 people who've watched it                   | 53 people
        Take a page from the 3,445 people who streamed it    | 3,445 people
        Dear 2 million people who watched the finale live    | 2 million people
        More than 10 million of you listened                 | 10 million of you
        To the 60 nurses who played the same song            | 60 nurses
        Shout-out to the 7 people in Bath                    | 7 people
        Hey Springfield, 1,200 of you streamed the album     | 1,200 of you
        """)
    void countsOfPeople(String line, String expected) {
        assertThat(found(line, SpanKind.COUNT)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Dear person in Brooklyn who played it                | Dear person
        To the one member who watched The Office             | one member
        Someone in Dublin listened to it                     | Someone in
        Hey you, the one who skipped the gym playlist        | the one who
        """)
    void singularSubjects(String line, String expected) {
        assertThat(found(line, SpanKind.SINGULAR)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Lots of people listened to 'Someone Like You' this year
        Talk to someone today about your options
        Still the one about the paper company
        Jazz listening is up 30% among listeners under 25
        1 in 3 playlists had the word vibes in it
        Holiday movies were streamed 300 million times in December
        """)
    void noCohortInTitlesObjectsPercentagesOrVolumes(String line) {
        assertThat(found(line, SpanKind.COUNT)).isEmpty();
        assertThat(found(line, SpanKind.SINGULAR)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        watched it every day for the past 18 days         | FREQUENCY  | every day
        played 'Someone Like You' 31 times                | FREQUENCY  | 31 times
        listened to K-pop every single morning            | FREQUENCY  | every single morning
        watched it for the past 18 days                   | DURATION   | 18 days
        watched The Office 30 nights straight             | DURATION   | straight
        built a 9-hour playlist                           | DURATION   | 9-hour
        streamed it on a Wednesday this year              | TIME       | on a Wednesday
        played it on New Year's Eve                       | TIME       | New Year's Eve
        paused the movie at exactly 2:14am on Halloween   | TIME       | 2:14am
        binge-watched until 5am on a school night         | TIME       | on a school night
        the day after the election                        | TIME       | the day after the election
        played it in Brooklyn                             | PLACE      | Brooklyn
        streamed it in the Mission District               | PLACE      | the Mission District
        listened to sea shanties in Bath                  | PLACE      | Bath
        made a playlist in Tallinn on Sunday              | PLACE      | Tallinn
        watched A Christmas Prince every day              | NAMED_ITEM | A Christmas Prince
        streamed the 'Boozy Brunch' playlist              | NAMED_ITEM | Boozy Brunch
        made a playlist called 'Why Did She Leave'        | USER_CONTENT | Why Did She Leave
        Are you a gay man over 40?                        | ATTRIBUTE  | over 40
        the 60 nurses who played it                       | ATTRIBUTE  | nurses
        """)
    void qualifiers(String line, SpanKind kind, String expected) {
        assertThat(found(line, kind)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        searched how to tell my boss I'm pregnant           | pregnancy and parenting
        Meet other recovering addicts                       | alcohol, drugs or gambling
        Still paying off that credit card?                  | financial hardship or employment
        you might be going through a divorce                | relationships and family status
        Are you a gay man over 40?                          | sexuality or gender identity
        the documentary about anxiety                       | health
        the day after the funeral scene aired               | bereavement
        a playlist called 'Songs to Cry To After Therapy'   | health
        played lullabies at 3am                             | pregnancy and parenting
        the 'Sober October' playlist                        | alcohol, drugs or gambling
        """)
    void sensitiveCategories(String line, String category) {
        assertThat(FINDER.spans(line)).filteredOn(span -> span.kind() == SpanKind.SENSITIVE)
            .extracting(Span::category).anyMatch(found -> found.startsWith(category));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        To the 53 people who've watched it                  | To the
        Dear 14 people who rewatched it                     | Dear
        Meet other recovering addicts                       | Meet other
        Are you a gay man over 40?                          | Are you
        Our new series is for you.                          | you
        """)
    void address(String line, String expected) {
        assertThat(found(line, SpanKind.ADDRESS)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Who hurt you?                                       | Who hurt you
        Dear 14 people, are you okay?                       | are you okay
        We noticed.                                         | We noticed
        We see you, the 40 members who binge-watched        | We see you
        To the one member: we need to talk.                 | we need to talk
        """)
    void tone(String line, String expected) {
        assertThat(found(line, SpanKind.TONE)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Welcome to the new season of our show
        Thanks to all of our listeners this year
        """)
    void addressOnlyOpensAClause(String line) {
        assertThat(found(line, SpanKind.ADDRESS)).doesNotContain("to the", "To the");
    }
}
