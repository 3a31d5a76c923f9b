package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds of judgment issue #10 found wrong, each with the example and its siblings in the
 * five covered languages: the right band and cohort are the assertions.
 */
class JudgmentTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());

    private static Assessment assess(String line) {
        return ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        One driver in Lisbon made 187 trips to the same casino this year
        Somebody in Malmö named a playlist 'Crying in the Car Again' and played it 250 times
        To the viewer in Derby who rewatched the finale 40 times…
        The longest workout of the year lasted 6 hours (no judgment)
        A shopper in Leeds bought 30 tubs of ice cream in one night
        Whoever ordered pizza at 4am every Sunday in March: we see you.
        One rider took 212 trips to the same bar in Austin this year.
        A guest in room 12 ordered room service 9 nights in a row.
        The person who listened to 'Yellow' 300 times this week: hi.
        Our most loyal customer in Cork ordered 418 flat whites this year.
        Un usuario de Sevilla pidió 300 helados en agosto.
        La pasajera más activa del año hizo 1.603 viajes.
        Alguien en Valencia escuchó la misma canción 90 veces.
        Quelqu'un à Nantes a écouté la même chanson de rupture 140 fois
        Une cliente de Lille a commandé 212 pizzas cette année.
        Le client le plus fidèle de l'année habite Lyon : 1 187 commandes.
        Ein Kunde aus Bremen hat 640 Pizzen bestellt.
        Jemand in Köln hat denselben Song 300 Mal gehört.
        Der treueste Kunde des Jahres bestellte 900 Mal.
        Um cliente de Recife fez 640 pedidos…
        Alguém em Curitiba ouviu a mesma música 120 vezes.
        O maior pedido do ano foi de 40 pizzas, em Belém.
        """)
    void onePersonWithoutTheLexiconsWordsIsHighWithACohortOfOne(String line) {
        Assessment assessment = assess(line);

        assertEquals(Band.HIGH, assessment.band(), () -> assessment.reasons().toString());
        assertThat(assessment.cohort()).map(BoundCohort::size).contains(1L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Meet other divorced dads in your area
        Meet other single moms who get it.
        Behind on rent again?
        Sam, your year in running is ready
        Hi Priya, your debt-free plan is waiting.
        Congrats on the new baby! Shop our essentials
        Just engaged? Our planners are ready
        Pregnant? Here's what to expect.
        Sober-curious? Try our alcohol-free range.
        Are you struggling with anxiety? Talk to someone today.
        Going through a divorce? Our lawyers can help.
        You haven't voted yet: polls close at 8pm.
        Still paying off that credit card?
        ¿Recién divorciado? Tenemos un plan para ti.
        ¿Otra vez sin llegar a fin de mes?
        Felicidades por tu boda: 20 % en tu lista.
        Enceinte ? Découvrez notre box naissance.
        Encore à découvert ? On a la solution.
        Rencontrez d'autres papas divorcés près de chez vous.
        Bist du oft einsam?
        Frisch getrennt? Wir helfen beim Neuanfang.
        Herzlichen Glückwunsch zur Verlobung!
        Grávida? Veja nossos kits de enxoval.
        Conheça outros evangélicos solteiros na sua cidade.
        Recém-demitido? Veja como usar seu FGTS.
        """)
    void theReaderPlacedInAGroupOrConditionIsHigh(String line) {
        Assessment assessment = assess(line);

        assertEquals(Band.HIGH, assessment.band(), () -> assessment.score() + " " + assessment.reasons());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Lesbian dating, made simple.
        Divorced dads: find a weekend group.
        Looking for Christian singles? Join 2 million members.
        Vous cherchez des célibataires catholiques à Lyon ?
        Procurando solteiros evangélicos? Baixe o app.
        2 million people streamed Pray for Rain this summer.
        Church of Misery topped the metal charts with 3 million streams.
        Temple Bar was the most visited spot by 1.2 million tourists.
        Therapy apps saw record downloads this year.
        Las descargas de apps de terapia crecieron un 38 % este año.
        Stranger Things on a school night? 7.6 million members say yes.
        """)
    void aTopicNamedWithoutPlacingTheReaderStaysLow(String line) {
        Assessment assessment = assess(line);

        assertEquals(Band.LOW, assessment.band(), () -> assessment.score() + " " + assessment.reasons());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Más de 2.380 personas escucharon reguetón este verano.       | 2380
        6.400 Menschen hörten Jazz in diesem Winter.                  | 6400
        Um total de 6.400 pessoas ouviram forró em junho.             | 6400
        1\u00a0870 personnes ont écouté du jazz cette année.          | 1870
        1\u202f870 personnes ont écouté du jazz cette année.          | 1870
        1 870 personnes ont écouté du jazz cette année.               | 1870
        3,4 millones de usuarios vieron la final.                     | 3400000
        2,1 Millionen Menschen sahen das Finale.                      | 2100000
        3 mil pessoas pediram açaí no domingo.                        | 3000
        Deux personnes ont écouté ce titre 400 fois.                  | 2
        Zwei Menschen hörten den Song 400 Mal.                        | 2
        Dos personas escucharon la canción 400 veces.                 | 2
        Duas pessoas ouviram a música 400 vezes.                      | 2
        To the ٥٣ people who watched it every day: who hurt you?     | 53
        3,445 people streamed 'Boozy Brunch' on a Wednesday.          | 3445
        Cincuenta y tres personas vieron la serie cada día.           | 53
        Cinquenta e três pessoas assistiram todo dia.                 | 53
        Fifty-three people watched it every day.                      | 53
        Dreiundfünfzig Menschen schauten jeden Tag.                   | 53
        Zweitausend Menschen hörten Jazz.                             | 2000
        Mil pessoas pediram açaí no domingo.                          | 1000
        12K fans streamed it twice.                                   | 12000
        Thousands of fans streamed the album.                         | 2000
        """)
    void numbersInLocalFormatsAreReadAsPeople(String line, long people) {
        assertThat(assess(line).cohort()).map(BoundCohort::size).contains(people);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        この曲を53回聴いた人へ：大丈夫？
        إلى 53 شخصًا شاهدوا المسلسل كل يوم: من جرحكم؟
        Do 53 osób, które oglądały serial codziennie: kto was skrzywdził?
        Serinin her gününü izleyen 53 kişiye: sizi kim incitti?
        Тем 53 людям, которые смотрели сериал каждый день: кто вас обидел?
        매일 그 드라마를 본 53명에게: 누가 상처를 줬나요?
        致每天都看这部剧的53个人：谁伤害了你们？
        Στους 53 που έβλεπαν τη σειρά κάθε μέρα: ποιος σας πλήγωσε;
        A chi ha ascoltato questa canzone 40 volte in una notte: tutto bene?
        Aan de 53 mensen die de serie elke dag keken: wie heeft jullie pijn gedaan?
        """)
    void aLineInAnUncoveredLanguageIsUnassessedNeverLow(String line) {
        Assessment assessment = assess(line);

        assertEquals(Band.UNASSESSED, assessment.band(), () -> assessment.language().toString());
        assertThat(assessment.reasons().get(0)).startsWith("not assessed:");
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
        5,000 people streamed music this week.  | 5,000 people streamed music during the first snowstorm of the winter.
        5,000 people streamed music this week.  | 5,000 people streamed music on the longest night of the year.
        5.000 personnes ont écouté du jazz cette semaine. | 5.000 personnes ont écouté du jazz la nuit la plus longue de l'année.
        5.000 personas escucharon jazz esta semana. | 5.000 personas escucharon jazz durante la primera nevada del invierno.
        5.000 Menschen hörten Jazz diese Woche. | 5.000 Menschen hörten Jazz in der längsten Nacht des Jahres.
        5.000 pessoas ouviram jazz esta semana. | 5.000 pessoas ouviram jazz na noite mais longa do ano.
        """)
    void aMoreSpecificMomentNeverScoresLower(String general, String specific) {
        assertThat(assess(specific).score()).isGreaterThan(assess(general).score());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        3,445 people streamed 'Boozy Brunch' on a Wednesday.     | on a Wednesday
        3,445 people streamed Boozy Brunch on a Wednesday.       | on a Wednesday
        3.445 personas escucharon «Brunch con Cava» un miércoles. | un miércoles
        """)
    void aTitleDoesNotSwallowTheQualifierAfterIt(String line, String qualifier) {
        assertThat(assess(line).spans()).filteredOn(span -> span.kind() == SpanKind.TIME).extracting(Span::text)
            .contains(qualifier);
    }
}
