package io.switchboard.ticket.inquirytype.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One node of a service's inquiry type tree (PRODUCT.md §4): names per language, an order among
 * its siblings and an active flag (inactive types are for operators only). At most {@link #MAX_DEPTH} levels;
 * the database derives {@code depth} from the parent and refuses deeper nodes.
 */
@Entity
@Table(name = "inquiry_type")
public class InquiryType {

    public static final int MAX_DEPTH = 5;

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

    protected InquiryType() {
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public UUID parentId() {
        return parentId;
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public int depth() {
        return depth;
    }
}
