package io.switchboard.ticket.forbiddenword.persistence;

import io.switchboard.ticket.forbiddenword.domain.ForbiddenWord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ForbiddenWordRepository {

    private final EntityManager entityManager;

    ForbiddenWordRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ForbiddenWord> of(String serviceCode) {
        return entityManager.createQuery("from ForbiddenWord w where w.serviceCode = :code order by lower(w.word)",
                ForbiddenWord.class).setParameter("code", serviceCode).getResultList();
    }

    public boolean exists(String serviceCode, String word) {
        return !entityManager.createQuery(
                        "from ForbiddenWord w where w.serviceCode = :code and lower(w.word) = lower(:word)",
                        ForbiddenWord.class)
                .setParameter("code", serviceCode).setParameter("word", word.strip()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public Optional<ForbiddenWord> find(UUID id) {
        return Optional.ofNullable(entityManager.find(ForbiddenWord.class, id));
    }

    public void add(ForbiddenWord word) {
        entityManager.persist(word);
    }

    public void remove(ForbiddenWord word) {
        entityManager.remove(word);
    }
}
