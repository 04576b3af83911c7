package io.switchboard.notification.mail.domain;

import java.util.Map;

/** The layouts a reply gets when its service has none for its type and language. */
public final class BuiltInLayouts {

    public static final String FALLBACK_LANGUAGE = "en";
    private static final String FOOTER = "<hr style=\"border:none;border-top:1px solid #ddd\">"
            + "<p style=\"color:#666;font-size:12px\">%s {{ticket.number}}</p>";

    private static final Map<String, Map<ReplyType, String>> LAYOUTS = Map.of(
            "ko", Map.of(
                    ReplyType.RESOLVE, "<p>{{customer.name}} 고객님, 안녕하세요. {{service.name}}입니다.</p>"
                            + "<div>{{content}}</div><p>추가로 궁금하신 점이 있으시면 이 메일에 회신해 주세요.</p>"
                            + FOOTER.formatted("문의 번호"),
                    ReplyType.HOLD, "<p>{{customer.name}} 고객님, 안녕하세요. {{service.name}}입니다.</p>"
                            + "<div>{{content}}</div><p>확인 후 다시 안내해 드리겠습니다. 이 메일에 회신하시면 문의에 이어서 접수됩니다.</p>"
                            + FOOTER.formatted("문의 번호")),
            "ja", Map.of(
                    ReplyType.RESOLVE, "<p>{{customer.name}} 様</p><p>{{service.name}}でございます。</p>"
                            + "<div>{{content}}</div><p>ご不明な点がございましたら、このメールにご返信ください。</p>"
                            + FOOTER.formatted("お問い合わせ番号"),
                    ReplyType.HOLD, "<p>{{customer.name}} 様</p><p>{{service.name}}でございます。</p>"
                            + "<div>{{content}}</div><p>確認のうえ、改めてご連絡いたします。このメールへのご返信はお問い合わせに追加されます。</p>"
                            + FOOTER.formatted("お問い合わせ番号")),
            "en", Map.of(
                    ReplyType.RESOLVE, "<p>Dear {{customer.name}},</p><div>{{content}}</div>"
                            + "<p>If you have any further questions, just reply to this mail.</p>"
                            + "<p>{{service.name}}</p>" + FOOTER.formatted("Inquiry"),
                    ReplyType.HOLD, "<p>Dear {{customer.name}},</p><div>{{content}}</div>"
                            + "<p>We will get back to you. A reply to this mail is added to your inquiry.</p>"
                            + "<p>{{service.name}}</p>" + FOOTER.formatted("Inquiry")));

    private BuiltInLayouts() {
    }

    /** The built-in layout in that language, or in English when there is none in it. */
    public static String of(ReplyType type, String language) {
        return LAYOUTS.getOrDefault(language, LAYOUTS.get(FALLBACK_LANGUAGE)).get(type);
    }

    public static boolean has(String language) {
        return LAYOUTS.containsKey(language);
    }
}
