package io.switchboard.ticket.field.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.platform.problem.Problem;
import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.field.domain.FieldReader;
import io.switchboard.ticket.field.domain.FieldScope;
import io.switchboard.ticket.field.domain.FieldType;
import io.switchboard.ticket.field.persistence.FieldRepository;
import io.switchboard.ticket.inquirytype.application.InquiryTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A ticket's field values: checks requested values against the service's field definitions, keeps
 * encrypted ones only as ciphertext, and answers what a reader may see.
 */
@ApplicationScoped
public class FieldValues {

    /** Plain values and encrypted ones (ciphertext) by field code. */
    public record Values(Map<String, Object> plain, Map<String, String> encrypted) {
    }

    private final FieldRepository fields;
    private final InquiryTypes inquiryTypes;
    private final FieldCipher cipher;
    private final ObjectMapper json;

    FieldValues(FieldRepository fields, InquiryTypes inquiryTypes, FieldCipher cipher, ObjectMapper json) {
        this.fields = fields;
        this.inquiryTypes = inquiryTypes;
        this.cipher = cipher;
        this.json = json;
    }

    /**
     * Applies {@code requested} (code → value; null clears) onto {@code current}. Customer fields
     * must belong to the ticket's inquiry type (or an ancestor); with {@code requireCustomerFields} (creation, a new
     * inquiry type) the required ones of that type must be filled in, given now or kept from before. Every problem is
     * added to {@code errors} as {@code fields.<code>}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Values apply(String serviceCode, FieldReader writer, UUID inquiryTypeId, Values current,
                        Map<String, Object> requested, boolean requireCustomerFields, List<Problem.FieldError> errors) {
        Map<String, FieldDefinition> byCode = new LinkedHashMap<>();
        fields.ofService(serviceCode).forEach(f -> byCode.put(f.code(), f));
        List<UUID> typePath = inquiryTypes.path(serviceCode, inquiryTypeId);
        Map<String, Object> plain = new LinkedHashMap<>(current.plain());
        Map<String, String> encrypted = new LinkedHashMap<>(current.encrypted());
        requested.forEach((code, value) -> {
            String name = "fields." + code;
            FieldDefinition field = byCode.get(code);
            if (field == null || !writer.mayWrite(field) && !writer.maySee(field)) {
                errors.add(new Problem.FieldError(name, "is not a field of " + serviceCode + " you can fill in"));
                return;
            }
            if (!writer.mayWrite(field)) {
                errors.add(new Problem.FieldError(name, field.active() ? "only admins can fill in this field"
                        : "is no longer in use"));
                return;
            }
            if (field.scope() == FieldScope.CUSTOMER && !belongsTo(field, typePath)) {
                errors.add(new Problem.FieldError(name, "is not a field of the ticket's inquiry type"));
                return;
            }
            if (isEmpty(value) && field.type() != FieldType.CAPTION) {
                if (field.required()) {
                    errors.add(new Problem.FieldError(name, "is required"));
                }
                plain.remove(code);
                encrypted.remove(code);
                return;
            }
            FieldType.Checked checked = field.check(value);
            if (!checked.ok()) {
                errors.add(new Problem.FieldError(name, checked.problem()));
            } else if (field.encrypted()) {
                String text = toJson(checked.value());
                String before = encrypted.get(code);
                // unchanged plaintext keeps its ciphertext, so "nothing changed" stays visible
                if (before == null || !text.equals(cipher.decrypt(serviceCode, code, before))) {
                    encrypted.put(code, cipher.encrypt(serviceCode, code, text));
                }
            } else {
                plain.put(code, checked.value());
            }
        });
        if (requireCustomerFields) {
            byCode.values().stream()
                    .filter(f -> f.scope() == FieldScope.CUSTOMER && f.required() && f.active()
                            && belongsTo(f, typePath) && writer.mayWrite(f))
                    .filter(f -> !plain.containsKey(f.code()) && !encrypted.containsKey(f.code()))
                    .filter(f -> !requested.containsKey(f.code()))
                    .forEach(f -> errors.add(new Problem.FieldError("fields." + f.code(), "is required")));
        }
        return new Values(plain, encrypted);
    }

    /**
     * The values of the service's tickets the reader may see, in the fields' order; encrypted ones decrypted only
     * when {@code decrypt} (a ticket's detail for its operators), otherwise left out. The service's field
     * definitions are read once, so one visibility serves a whole page of tickets.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Function<Values, Map<String, Object>> visibility(String serviceCode, FieldReader reader, boolean decrypt) {
        List<FieldDefinition> shown = fields.ofService(serviceCode).stream().filter(reader::maySee).toList();
        return values -> {
            Map<String, Object> visible = new LinkedHashMap<>();
            for (FieldDefinition field : shown) {
                if (field.encrypted()) {
                    String sealed = values.encrypted().get(field.code());
                    if (decrypt && reader != FieldReader.INTEGRATION && sealed != null) {
                        visible.put(field.code(), fromJson(cipher.decrypt(serviceCode, field.code(), sealed)));
                    }
                } else if (values.plain().containsKey(field.code())) {
                    visible.put(field.code(), values.plain().get(field.code()));
                }
            }
            return visible;
        };
    }

    /** Whether the reader may see the field with this code (for the before/after values of audit lines). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean maySee(String serviceCode, FieldReader reader, String code) {
        return fields.find(serviceCode, code).filter(f -> !f.deleted()).map(reader::maySee).orElse(false);
    }

    private static boolean belongsTo(FieldDefinition field, List<UUID> typePath) {
        return typePath.stream().anyMatch(field.inquiryTypeIds()::contains);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object fromJson(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
