package io.switchboard.ticket.field.persistence;

import io.switchboard.ticket.field.domain.SystemField;
import io.switchboard.ticket.field.domain.SystemFieldSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class SystemFieldRepository {

    private final EntityManager entityManager;

    SystemFieldRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The service's changed system fields; the others are as built in. */
    public Map<SystemField, SystemFieldSetting> ofService(String serviceCode) {
        Map<SystemField, SystemFieldSetting> settings = new EnumMap<>(SystemField.class);
        entityManager.createQuery("from SystemFieldSetting s where s.id.serviceCode = :code", SystemFieldSetting.class)
                .setParameter("code", serviceCode).getResultStream().forEach(s -> settings.put(s.field(), s));
        return settings;
    }

    public Optional<SystemFieldSetting> find(String serviceCode, SystemField field) {
        return Optional.ofNullable(entityManager.find(SystemFieldSetting.class, SystemFieldSetting.key(serviceCode, field)));
    }

    public void add(SystemFieldSetting setting) {
        entityManager.persist(setting);
    }

    public void remove(SystemFieldSetting setting) {
        entityManager.remove(setting);
    }
}
