package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Seed;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding by the table of Latin characters gives what the Unicode normalizer gives, on any text. */
class SearchTextTest {

    private static final Seed seed = Seed.forRun(SearchTextTest.class);

    /** Letters, digits, separators and marks staff and old systems put in names, and some of elsewhere. */
    private static final String ALPHABET = "aZ09 -_.,;:'`´’\t\n/&@+()ñÑáÁéÉíÍóÓúÚüÜçÇàèìòùâêîôûãõäëïöÿ"
            + "ßøØæÆđĐðÞþªº¹²³¼½×÷µ\u00ad\u00a0ŁłŒœĳŉſǅǆǈȘșȚțɐ"
            + "\u0301\u0303\u0308\u0327" // combining marks: the normalizer's way
            + "ΩЖ李ﬁ①Ａｚ"; // beyond the table

    @Test
    void theTableFoldsAsTheNormalizerDoes() {
        Random random = seed.random();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String t = text.toString();
            assertThat(SearchText.fold(t))
                    .as("round %d, text [%s], %s", round, t, seed)
                    .isEqualTo(SearchText.foldByNormalizer(t));
        }
    }

    @Test
    void everyCharacterOfTheTableFoldsAsTheNormalizerDoes() {
        for (char c = 0; c < 0x250; c++) {
            String t = "a" + c + "b" + c;
            assertThat(SearchText.fold(t)).as("U+%04X", (int) c).isEqualTo(SearchText.foldByNormalizer(t));
        }
    }

    @Test
    void namesFoldAsStaffTypeThem() {
        assertThat(SearchText.fold("María  López-Ruiz")).isEqualTo("maria lopez ruiz");
        assertThat(SearchText.fold(" NÚÑEZ, José ")).isEqualTo("nunez jose");
        assertThat(SearchText.fold("Straße Ørsted Æther")).isEqualTo("strase orsted ather");
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
