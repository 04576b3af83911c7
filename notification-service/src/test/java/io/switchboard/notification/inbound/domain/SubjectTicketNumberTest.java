package io.switchboard.notification.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectTicketNumberTest {

    @Test
    void theBracketedNumberIsFoundBehindReplyPrefixesOfAnyLanguage() {
        assertEquals(Optional.of("CS-12"), SubjectTicketNumber.in("Re: [CS-12] 결제 문의"));
        assertEquals(Optional.of("DEV-3"), SubjectTicketNumber.in("RE: RE: [DEV-3]"));
        assertEquals(Optional.of("JP_SHOP-1042"), SubjectTicketNumber.in("AW: Fwd: 回复: 답장: [JP_SHOP-1042] 請求"));
    }

    @Test
    void aNumberWithoutBracketsOrWithABadServiceCodeIsNot() {
        assertEquals(Optional.empty(), SubjectTicketNumber.in("Re: CS-12 결제 문의"));
        assertEquals(Optional.empty(), SubjectTicketNumber.in("[cs-12] lower case"));
        assertEquals(Optional.empty(), SubjectTicketNumber.in("[C-12] one letter"));
        assertEquals(Optional.empty(), SubjectTicketNumber.in("[CS-] no digits"));
        assertEquals(Optional.empty(), SubjectTicketNumber.in(null));
    }

    @Test
    void theParsedMailCarriesTheNumberOfItsDecodedSubject() {
        ParsedMail mail = Mails.parse(Mails.mail("""
                From: minji@example.kr
                Subject: =?UTF-8?B?UmU6IFtDUy0xMl0g6rKw7KCcIOusuOydmA==?=
                Content-Type: text/plain

                hi
                """));
        assertEquals("Re: [CS-12] 결제 문의", mail.subject());
        assertEquals(Optional.of("CS-12"), mail.subjectTicketNumber());
    }
}
