package io.switchboard.ticket.template.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The replacement codes (치환 코드 / 置換コード) a template body may contain as {@code {{code}}}, the syntax of the
 * mail layouts' {@code {{content}}}, each with its console labels and where its value comes from.
 */
public enum ReplacementCode {
    CUSTOMER_NAME("customer.name", RenderValues::customerName,
            "Customer name", "고객 이름", "お客様のお名前"),
    CUSTOMER_EMAIL("customer.email", RenderValues::customerEmail,
            "Customer e-mail", "고객 이메일", "お客様のメールアドレス"),
    TICKET_NUMBER("ticket.number", RenderValues::ticketNumber,
            "Ticket number", "티켓 번호", "チケット番号"),
    TICKET_TITLE("ticket.title", RenderValues::ticketTitle,
            "Ticket title", "티켓 제목", "チケットの件名"),
    OPERATOR_NAME("operator.name", RenderValues::operatorName,
            "Operator name", "상담원 이름", "担当者名"),
    SERVICE_NAME("service.name", RenderValues::serviceName,
            "Service name", "서비스 이름", "サービス名"),
    TODAY("today", values -> values.today().toString(),
            "Today's date", "오늘 날짜", "今日の日付");

    private final String code;
    private final Function<RenderValues, String> value;
    private final Map<String, String> labels;

    ReplacementCode(String code, Function<RenderValues, String> value, String en, String ko, String ja) {
        this.code = code;
        this.value = value;
        this.labels = Map.of("en", en, "ko", ko, "ja", ja);
    }

    public static Optional<ReplacementCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** How an operator writes it in a body. */
    public String placeholder() {
        return "{{" + code + "}}";
    }

    /** The console's labels by language (en, ko, ja). */
    public Map<String, String> labels() {
        return labels;
    }

    /** The value for one rendering; empty when the ticket has none (e.g. no customer name). */
    String valueIn(RenderValues values) {
        String filled = value.apply(values);
        return filled == null ? "" : filled;
    }
}
