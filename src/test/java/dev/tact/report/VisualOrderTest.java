package dev.tact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VisualOrderTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        # logical,                visual (drawn left to right)
        plain English,            plain English
        לכל 53 האנשים שצפו,       ופצש םישנאה 53 לכל
        Reason: נא לקצר,          Reason: רצקל אנ
        (שלום) world,             world (םולש)
        """)
    void rightToLeftRunsAreReversedAndNumbersAndLatinKeepTheirOrder(String logical, String visual) {
        assertEquals(visual, VisualOrder.of(logical, codePoint -> true));
    }

    @Test
    void theParagraphDirectionIsThatOfItsFirstStrongLetter() {
        assertTrue(VisualOrder.rightToLeft("“לכל 53 האנשים”"));
        assertFalse(VisualOrder.rightToLeft("Reason: נא לקצר"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        # letters,  joined forms (presentation forms B)
        ب,          \uFE8F
        بب,         \uFE91\uFE90
        ببب,        \uFE91\uFE92\uFE90
        دب,         \uFEA9\uFE8F
        لا,         \uFEFB
        بلا,        \uFE91\uFEFC
        بَب,        \uFE91\u064E\uFE90
        """)
    void arabicLettersTakeTheFormsTheirNeighboursCallFor(String letters, String joined) {
        assertEquals(joined, ArabicForms.shape(letters, codePoint -> true));
    }

    @Test
    void aFormTheFontLacksStaysThePlainLetter() {
        assertEquals("بب", ArabicForms.shape("بب", codePoint -> codePoint < 0xFB00));
    }
}
