package io.switchboard.ticket.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aKoreanOrJapaneseRunIsItsBigramsInOrderThenItsLastCharacter() {
        assertEquals("'환불':2 '불을':3 '을':4 '요청':5 '청합':6 '합니':7 '니다':8 '다':9",
                SearchText.part(List.of("환불을 요청합니다")).vector());
        assertEquals("'解約':2 '約し':3 'した':4 'たい':5 'いで':6 'です':7 'す':8",
                SearchText.part(List.of("解約したいです")).vector());
    }

    @Test
    void lettersAndDigitsAreLowerCasedWholeWordsAfterNfkcAndTextsAreKeptApart() {
        assertEquals("'注文':2 '文':3 'ord':4 '123':5 'の返':6 '返金':7 '金':8 'abc':10 'カタ':11 'タカ':12 'カナ':13 'ナ':14",
                SearchText.part(List.of("注文 ORD-123 の返金", "ＡＢＣ ｶﾀｶﾅ")).vector());
    }

    @Test
    void aQueryWordIsAPhraseOfItsTokensWithTheLastOneByPrefix() {
        assertEquals(Optional.of("'환불'"), SearchText.query("환불"));
        assertEquals(Optional.of("('解約' <-> '約し' <-> 'した' <-> 'たい')"), SearchText.query("解約したい"));
        assertEquals(Optional.of("'注文' & ('ord' <-> '123':*) & ('の返' <-> '返金')"),
                SearchText.query("注文 ORD-123 の返金"));
        assertEquals(Optional.of("('注文' <-> '文' <-> 'ord':*)"), SearchText.query("注文ORD"));
        assertEquals(Optional.of("'환':* & 'refund':*"), SearchText.query(" 환  REFUND 환 "));
        assertEquals(Optional.of("'abc':*"), SearchText.query("ＡＢＣ"));
    }

    @Test
    void aQueryWithoutLettersOrDigitsIsEmpty() {
        assertTrue(SearchText.query(" --- !!! ").isEmpty());
        assertTrue(SearchText.query("").isEmpty());
    }

    @Test
    void aVeryLongWordIsCutAndAHugeTextStopsAtThePartLimit() {
        String word = "a".repeat(500);
        assertEquals("'" + "a".repeat(SearchText.MAX_WORD) + "':2", SearchText.part(List.of(word)).vector());
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            han.appendCodePoint(0x4E00 + (i * 7919) % 20_000);
        }
        SearchText.Part part = SearchText.part(List.of(han.toString()));
        assertTrue(part.bytes() <= SearchText.MAX_PART_BYTES, "bytes " + part.bytes());
    }
}
