package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a fresh tester found wrong after the first multilingual pass, each as the right value. */
class OutsideTesterFindingsTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());

    private static Assessment assess(String line) {
        return ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        To the 53 who watched it every day: who hurt you?                | 53
        A los 41 que pidieron helado cada noche: ¿todo bien?             | 41
        Zu den 4 Nutzern, die jeden Tag bestellt haben: alles gut?       | 4
        2,000 women in Leeds streamed jazz this week.                    | 2000
        """)
    void aCountWithoutTheUsualNounIsStillACount(String line, long people) {
        assertThat(assess(line).cohort()).map(BoundCohort::size).contains(people);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        3 personnes sur 10 écoutent du jazz le dimanche.
        2 de cada 3 personas escuchan música en el coche.
        Saúde mental importa. Fale com alguém.
        Habla con alguien hoy: estamos aquí.
        Our fastest delivery ever took 4 minutes.
        A Christmas Prince was the hit of one very festive December.
        """)
    void noOnePersonAndNoTinyCohortWhereThereIsNone(String line) {
        Assessment assessment = assess(line);
        assertThat(assessment.cohort()).as(assessment.reasons().toString()).isEmpty();
        assertThat(assessment.band()).isNotEqualTo(Band.HIGH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Legend! You ran 500 km this year.
        ¡Récord! Más de 2 millones de pedidos este año.
        Glückwunsch! Über 3 Millionen Bestellungen.
        """)
    void anExclamationIsNotTheReadersName(String line) {
        assertThat(assess(line).spans()).noneMatch(span -> span.category().equals("personal name"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Lost your job? We can help you budget.
        ¿Perdiste tu trabajo? Te ayudamos con tu presupuesto.
        Vous avez perdu votre emploi ? Nous vous aidons.
        Perdeu o emprego? A gente ajuda com o orçamento.
        Job verloren? Wir helfen beim Budget.
        """)
    void jobLossSaidOfTheReaderIsHighInEveryLanguage(String line) {
        Assessment assessment = assess(line);
        assertEquals(Band.HIGH, assessment.band(), () -> assessment.score() + " " + assessment.reasons());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Tres de vosotros escuchasteis la canción 40 veces.   | 3
        Trois d'entre vous ont écouté ce titre 40 fois.      | 3
        Drei von euch hörten den Song 40 Mal.                | 3
        Três de vocês ouviram a música 40 vezes.             | 3
        """)
    void someOfYouIsAGroupInEveryLanguage(String line, long people) {
        assertThat(assess(line).cohort()).map(BoundCohort::size).contains(people);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Olá, Lisboa! 2 milhões de pedidos este ano.
        Hallo, München! 3 Millionen Bestellungen.
        900 personas renovaron su gimnasio este año.
        Une table pour deux personnes ce soir ?
        """)
    void aCityAThirdPersonPossessiveOrASeatCountIsNotTheReader(String line) {
        Assessment assessment = assess(line);
        assertThat(assessment.band()).as(assessment.reasons().toString()).isNotEqualTo(Band.HIGH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Happy birthday, Sam! Your cake is on us.
        Feliz cumpleaños, Ana! Tu tarta corre de nuestra cuenta.
        Joyeux anniversaire, Léa ! Le gâteau est pour nous.
        Alles Gute zum Geburtstag, Lukas! Der Kuchen geht auf uns.
        Feliz aniversário, Bruno! O bolo é por nossa conta.
        Can't stop drinking? Talk to us tonight.
        ¿Todavía pagando ese préstamo? Te ayudamos.
        """)
    void aNameAfterABirthdayGreetingOrAConditionAskedIsHigh(String line) {
        Assessment assessment = assess(line);
        assertEquals(Band.HIGH, assessment.band(), () -> assessment.score() + " " + assessment.reasons());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        ¿No puedes dejar de beber? Pide ayuda esta noche.
        Kannst du nicht aufhören zu trinken? Hol dir heute Hilfe.
        Não consegue parar de beber? Peça ajuda hoje.
        Tu n'arrives pas à arrêter de boire ? Demande de l'aide ce soir.
        ¿Sigues pagando ese préstamo?
        Vous remboursez toujours ce prêt ?
        So sorry for your loss. Here's 15% off a puppy starter kit.
        Nuestro pésame por Luna. Cuando estés listo, 15 % en todo.
        Toutes nos condoléances. Voici 15 % sur notre kit chiot.
        Unser Beileid zu Bellos Tod. Hier sind 15 % Rabatt.
        Nossos sentimentos pela Mel. Aqui vai 15% de desconto.
        """)
    void translationsOfABlockLineStayHigh(String line) {
        Assessment assessment = assess(line);
        assertEquals(Band.HIGH, assessment.band(), () -> assessment.score() + " " + assessment.reasons());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Wir haben bemerkt, dass du wieder ein Abendessen für eine Person bestellt hast.
        On a remarqué que vous avez encore commandé un dîner pour une personne.
        We noticed you ordered dinner for one again.
        """)
    void aPortionForOneIsNotACohortOfOne(String line) {
        assertThat(assess(line).cohort()).isEmpty();
    }
}
