package io.switchboard.ticket.typetree.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The columns every type tree table has; the database derives {@code depth} from the parent, also after a move. */
@MappedSuperclass
public abstract class TypeNodeEntity implements TypeNode {

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "parent_id")
    private UUID parentId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false, insertable = false, updatable = false)
    private int depth;

    protected TypeNodeEntity() {
    }

    /** A new type, placed by {@link #placeAt}; its depth is derived when it is inserted. */
    protected TypeNodeEntity(String serviceCode, TypeNames names) {
        this.id = UUID.randomUUID();
        this.serviceCode = serviceCode;
        this.names = names.byLanguage();
        this.active = true;
    }

    public void rename(TypeNames names) {
        this.names = names.byLanguage();
    }

    public void activate(boolean active) {
        this.active = active;
    }

    /** Under {@code parentId} (null: a root) at {@code position} among its siblings, counted from 1. */
    public void placeAt(UUID parentId, int position) {
        this.parentId = parentId;
        this.position = position;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public String serviceCode() {
        return serviceCode;
    }

    @Override
    public UUID parentId() {
        return parentId;
    }

    @Override
    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public boolean active() {
        return active;
    }

    public int depth() {
        return depth;
    }
}
