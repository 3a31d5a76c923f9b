package dev.tact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Factor;
import dev.tact.core.LanguageVerdict;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AssessmentCodecTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());
    private static final Stat STAT = new Stat("acp-bk", "Members who watched A Christmas Prince in Brooklyn", 4410,
        OptionalLong.of(110_000_000), "2025-11-01/2025-12-31", "streamflix-us",
        Map.of("title", "A Christmas Prince", "place", "Brooklyn"));

    @ParameterizedTest
    @ValueSource(strings = {"4,410 of you watched A Christmas Prince in Brooklyn. We noticed.",
        "Dear person who cried to 'Songs to Cry To' at 3am on a Sunday",
        "13.8 million of you watched Stranger Things this year.",
        "Querido usuario que escuchó reggaetón cada noche", "مرحبا بكم", ""})
    void aDecodedAssessmentEqualsTheOneEncoded(String text) throws IOException {
        Assessment cited = ASSESSOR.assess(text, List.of(STAT), CohortLookup.NONE, "billboard");
        Assessment plain = ASSESSOR.assess(text, List.of(), CohortLookup.NONE, "");

        assertEquals(cited, roundTrip(cited));
        assertEquals(plain, roundTrip(plain));
    }

    @Test
    void longStringsLoneSurrogatesAndNoBaseSurviveWhole() throws IOException {
        String huge = "x\uD800y".repeat(30_000);
        Stat stat = new Stat("s", huge, 3, OptionalLong.empty(), "", "", Map.of());
        Span span = new Span(0, 5, SpanKind.COUNT, 0.25, huge, "");
        List<Factor> factors = java.util.Arrays.stream(Factor.Name.values())
            .map(name -> new Factor(name, 0.1 * name.ordinal(), List.of(huge, "é"))).toList();
        Assessment assessment = new Assessment(100, Band.UNASSESSED, Optional.of(new BoundCohort(3,
            BoundCohort.Origin.MATCHED, Optional.of(stat), Optional.of(span))), factors, List.of(span), List.of(huge),
            "", 0, new LanguageVerdict("und", "an unknown language", false, huge));

        assertEquals(assessment, roundTrip(assessment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?", "Who hurt you?", "x\uD800y", "?\uDC00?", "\uD800", "é ← · 東京 𝔘 ?",
        "\uDBFF\uDFFF", "\uDFFF\uDBFF", "a?b\uD835"})
    void shortStringsSurviveWholeWithQuestionMarksAndLoneSurrogates(String string) throws IOException {
        assertEquals(string, roundTripString(string));
    }

    @Test
    void randomStringsSurviveWhole() throws IOException {
        String alphabet = "ab?é←東\uD800\uDC00\uD835\uDD18\u0000";
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder string = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                string.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(string.toString(), roundTripString(string.toString()));
        }
    }

    private static String roundTripString(String string) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            AssessmentCodec.writeString(out, string);
            out.writeInt(42);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        String read = AssessmentCodec.readString(in);
        assertEquals(42, in.readInt(), "what follows the string");
        return read;
    }

    private static Assessment roundTrip(Assessment assessment) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            AssessmentCodec.write(out, assessment);
        }
        return AssessmentCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
