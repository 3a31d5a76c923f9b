package dev.tact.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tact.core.LanguageVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(PolicyCodec.defaults());

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Behind on rent again?                                                   | en
        Lesbian dating, made simple.                                            | en
        Divorced dads: find a weekend group.                                    | en
        Sam, your year in running is ready                                      | en
        53 people!                                                              | en
        A los 41 usuarios que pidieron helado cada noche de enero: ¿todo bien?  | es
        ¿Recién divorciado?                                                     | es
        Quelqu'un à Nantes a écouté la même chanson de rupture 140 fois         | fr
        Enceinte ? Découvrez notre box naissance.                               | fr
        Bist du oft einsam?                                                     | de
        Frisch getrennt?                                                        | de
        Um cliente de Recife fez 640 pedidos                                    | pt
        Grávida? Veja nossos kits de enxoval.                                   | pt
        Summer sale. Hurry!                                                     | en
        You haven't voted yet: polls close at 8pm.                              | en
        A listener in Leeds streamed jazz in Leeds.                             | en
        Jeder liebt Pizza.                                                      | de
        Oferta                                                                  | pt
        Olá                                                                     | pt
        ¿Otra vez sin llegar a fin de mes? Pide tu adelanto de nómina en 2 minutos. | es
        Acabou de se mudar para Salvador? Descubra os restaurantes do seu novo bairro. | pt
        """)
    void readsCoveredLanguagesEvenInShortLines(String line, String code) {
        LanguageVerdict verdict = IDENTIFIER.identify(line);

        assertEquals(code, verdict.code(), verdict::toString);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        この曲を53回聴いた人へ                                            | ja
        致每天都看这部剧的53个人                                          | zh
        매일 그 드라마를 본 53명에게                                      | ko
        إلى 53 شخصًا شاهدوا المسلسل كل يوم                                | ar
        Do 53 osób, które oglądały serial codziennie: kto was skrzywdził? | pl
        Serinin her gününü izleyen 53 kişiye: sizi kim incitti?           | tr
        A chi ha ascoltato questa canzone 40 volte: tutto bene?           | it
        Als 53 que heu mirat la sèrie cada dia: qui us ha fet mal?        | ca
        Ai 53 che hanno guardato la serie ogni giorno: chi vi ha fatto del male? | it
        Celor 53 care au văzut serialul în fiecare zi: cine v-a rănit?    | ro
        """)
    void namesAnUncoveredLanguage(String line, String code) {
        LanguageVerdict verdict = IDENTIFIER.identify(line);

        assertFalse(verdict.covered(), verdict::toString);
        assertEquals(code, verdict.code(), verdict::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Aan de 53 mensen die de serie elke dag keken
        Als 41 usuaris que van demanar gelat cada nit de gener
        """)
    void isTheSameEveryTime(String line) {
        LanguageVerdict first = IDENTIFIER.identify(line);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, IDENTIFIER.identify(line));
        }
    }

    @org.junit.jupiter.api.Test
    void namesTheCoveredLanguagesInTheirSortedOrder() {
        LanguageVerdict verdict = IDENTIFIER.identify("Dit is een Nederlandse zin over 53 mensen die elke dag keken");

        assertFalse(verdict.covered(), verdict::toString);
        assertEquals(true, verdict.reason().endsWith("the policy covers de, en, es, fr, pt"), verdict::toString);
    }
}
