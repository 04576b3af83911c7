package io.switchboard.ticket.customer.domain;

import java.util.Locale;

/**
 * How a customer can be reached, normalised so the same person is found again: e-mail lower-case and
 * stripped, phone reduced to its digits (a leading {@code +} kept). Blank values become null.
 */
public record Contact(String email, String phone, String name, String loginId) {

    public Contact {
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        phone = normalisePhone(phone);
        name = name == null || name.isBlank() ? null : name.strip();
        loginId = loginId == null || loginId.isBlank() ? null : loginId.strip();
        if (email == null && phone == null) {
            throw new IllegalArgumentException("a customer needs an e-mail address or a phone number");
        }
    }

    public static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return null;
        }
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }
}
