package io.switchboard.notification.application;

import io.switchboard.notification.domain.OperatorContact;
import io.switchboard.notification.domain.ServiceCopy;
import io.switchboard.notification.persistence.OperatorContactRepository;
import io.switchboard.notification.persistence.ServiceCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keeps the copy of ticket-service's services and members that {@link ServiceAccess} decides with, and where each
 * member is mailed.
 */
@ApplicationScoped
public class ServiceDirectory {

    private final ServiceCopyRepository services;
    private final OperatorContactRepository contacts;

    ServiceDirectory(ServiceCopyRepository services, OperatorContactRepository contacts) {
        this.services = services;
        this.contacts = contacts;
    }

    /** Runs in the consumer's transaction; a stale event (older than the copy) changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String code, String name, Map<String, ServiceCopy.Role> members, List<OperatorContact> people,
                        List<String> languages, List<String> forbiddenWords, Instant changedAt) {
        people.forEach(contact -> contacts.keep(contact, changedAt));
        services.lock(code).ifPresentOrElse(service -> {
            if (service.replace(name, members, changedAt)) {
                service.settings(languages, forbiddenWords);
            }
        }, () -> {
            ServiceCopy service = new ServiceCopy(code, name, members, changedAt);
            service.settings(languages, forbiddenWords);
            services.add(service);
        });
    }
}
