package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.CohortLookup;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * DESIGN.md: adding a qualifier, shrinking the cohort, adding address, tone or a sensitive term
 * never lowers the score. Lines are built from parts so each change is one edit to the same line.
 */
class MonotonicityProperties {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());

    /** A line as parts: who it counts, what they did, and what is said after. */
    record Line(long people, String activity, String qualifiers, String ending) {
        String text(String opening) {
            return opening + String.format("%,d people who %s%s.%s", people, activity, qualifiers, ending);
        }
    }

    private static int score(String text) {
        return ASSESSOR.assess(text, List.of(), CohortLookup.NONE, "").score();
    }

    @Provide
    Arbitrary<Line> lines() {
        Arbitrary<Long> people = Arbitraries.longs().between(1, 50_000_000);
        Arbitrary<String> activity = Arbitraries.of("watched the finale", "streamed the 'Rainy Day Jazz' playlist",
            "played the new album", "watched A Christmas Prince", "listened to podcasts");
        Arbitrary<String> qualifiers = Arbitraries.of("", " this year", " every day", " on a Wednesday",
            " in Brooklyn", " 31 times on New Year's Eve");
        Arbitrary<String> ending = Arbitraries.of("", " Thank you.", " What a year.", " Respect.");
        return Combinators.combine(people, activity, qualifiers, ending).as(Line::new);
    }

    @Provide
    Arbitrary<String> qualifiers() {
        return Arbitraries.of(" every night", " for the past 18 days", " at 3am", " in the Mission District",
            " on Valentine's Day", " twice", " on a school night", " in Dublin");
    }

    @Provide
    Arbitrary<String> openings() {
        return Arbitraries.of("To the ", "Dear ", "Hey you, the ", "We see you, the ");
    }

    @Provide
    Arbitrary<String> tones() {
        return Arbitraries.of(" Who hurt you?", " We noticed.", " Are you okay?", " We need to talk.",
            " We're here for you.");
    }

    @Provide
    Arbitrary<String> sensitiveTerms() {
        return Arbitraries.of(" after the breakup", " while pregnant", " in rehab", " after the funeral",
            " to fall asleep", " with a hangover", " before therapy");
    }

    @Property(tries = 300)
    void addingAQualifierNeverLowersTheScore(@ForAll("lines") Line line, @ForAll("qualifiers") String qualifier) {
        Line more = new Line(line.people(), line.activity(), line.qualifiers() + qualifier, line.ending());

        assertThat(score(more.text(""))).isGreaterThanOrEqualTo(score(line.text("")));
    }

    @Property(tries = 300)
    void shrinkingTheCohortNeverLowersTheScore(@ForAll("lines") Line line, @ForAll double fraction) {
        long fewer = Math.max(1, (long) (line.people() * Math.abs(fraction % 1)));
        Line smaller = new Line(fewer, line.activity(), line.qualifiers(), line.ending());

        assertThat(score(smaller.text(""))).isGreaterThanOrEqualTo(score(line.text("")));
    }

    @Property(tries = 300)
    void directAddressNeverLowersTheScore(@ForAll("lines") Line line, @ForAll("openings") String opening) {
        assertThat(score(line.text(opening))).isGreaterThanOrEqualTo(score(line.text("")));
    }

    @Property(tries = 300)
    void mockingToneNeverLowersTheScore(@ForAll("lines") Line line, @ForAll("tones") String tone) {
        Line mocking = new Line(line.people(), line.activity(), line.qualifiers(), line.ending() + tone);

        assertThat(score(mocking.text(""))).isGreaterThanOrEqualTo(score(line.text("")));
    }

    @Property(tries = 300)
    void aSensitiveTermNeverLowersTheScore(@ForAll("lines") Line line, @ForAll("sensitiveTerms") String term) {
        Line sensitive = new Line(line.people(), line.activity(), line.qualifiers() + term, line.ending());

        assertThat(score(sensitive.text(""))).isGreaterThanOrEqualTo(score(line.text("")));
    }
}
