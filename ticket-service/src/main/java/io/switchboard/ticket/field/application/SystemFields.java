package io.switchboard.ticket.field.application;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.field.domain.FieldReader;
import io.switchboard.ticket.field.domain.SystemField;
import io.switchboard.ticket.field.domain.SystemFieldSetting;
import io.switchboard.ticket.field.persistence.SystemFieldRepository;
import io.switchboard.ticket.people.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system fields of a service's customer form (PRODUCT.md §4): everyone who reads its fields reads them; its admins
 * and org-admins change or reset them. Their switches hold for what customers submit through integrations.
 */
@ApplicationScoped
public class SystemFields {

    /** A system field as the service has it; {@code customized} false: as built in. */
    public record State(SystemField field, SystemFieldSetting.Values values, boolean customized) {
    }

    private final SystemFieldRepository settings;
    private final Fields fields;
    private final AccessPolicy access;
    private final Clock clock;

    SystemFields(SystemFieldRepository settings, Fields fields, AccessPolicy access, Clock clock) {
        this.settings = settings;
        this.fields = fields;
        this.access = access;
        this.clock = clock;
    }

    /** In the customer form's order; integrations get the active ones only. */
    @Transactional
    public List<State> list(Caller caller, String serviceCode) {
        FieldReader reader = fields.reader(caller, serviceCode);
        return states(serviceCode).stream().filter(s -> reader != FieldReader.INTEGRATION || s.values().active()).toList();
    }

    @Transactional
    public State change(Caller caller, String serviceCode, SystemField field, SystemFieldSetting.Values requested) {
        Workspace service = access.administrableService(caller, serviceCode);
        Optional<SystemFieldSetting> existing = settings.find(serviceCode, field);
        SystemFieldSetting setting = existing.orElseGet(() -> new SystemFieldSetting(serviceCode, field));
        setting.change(requested, service.helpCenterLanguages(), caller.username(), clock.instant());
        if (existing.isEmpty()) {
            settings.add(setting);
        }
        return new State(field, setting.values(), true);
    }

    /** Back to what is built in. */
    @Transactional
    public State reset(Caller caller, String serviceCode, SystemField field) {
        access.administrableService(caller, serviceCode);
        settings.find(serviceCode, field).ifPresent(settings::remove);
        return new State(field, field.defaults(), false);
    }

    /**
     * What a customer's submission through an integration lacks: an inquiry type where the service requires one, the
     * privacy consent where the service asks for it. Each is named as the request member.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Problem.FieldError> missingFromSubmission(String serviceCode, boolean inquiryTypeGiven,
                                                          Boolean privacyConsent) {
        Map<SystemField, SystemFieldSetting> changed = settings.ofService(serviceCode);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (values(changed, SystemField.INQUIRY_TYPE).required() && !inquiryTypeGiven) {
            errors.add(new Problem.FieldError("inquiryTypeId", "is required by the service's customer form"));
        }
        if (values(changed, SystemField.PRIVACY_CONSENT).active() && !Boolean.TRUE.equals(privacyConsent)) {
            errors.add(new Problem.FieldError("privacyConsent", "must be true: the customer agreed to the privacy notice"));
        }
        return errors;
    }

    private List<State> states(String serviceCode) {
        Map<SystemField, SystemFieldSetting> changed = settings.ofService(serviceCode);
        return Arrays.stream(SystemField.values())
                .map(f -> new State(f, values(changed, f), changed.containsKey(f)))
                .sorted(Comparator.comparingInt((State s) -> s.values().position()).thenComparing(s -> s.field().ordinal()))
                .toList();
    }

    private static SystemFieldSetting.Values values(Map<SystemField, SystemFieldSetting> changed, SystemField field) {
        SystemFieldSetting setting = changed.get(field);
        return setting == null ? field.defaults() : setting.values();
    }

    /** A key of the API, or 404. */
    public static SystemField field(String key) {
        return SystemField.of(key).orElseThrow(() -> new ProblemException.NotFound("There is no system field " + key
                + "; they are " + Arrays.stream(SystemField.values()).map(SystemField::key).toList() + "."));
    }
}
