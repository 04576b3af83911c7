package io.switchboard.ticket.processingtype.domain;

import io.switchboard.ticket.typetree.domain.TypeNodeEntity;
import io.switchboard.ticket.typetree.domain.TypeNames;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One node of a service's processing type tree (처리유형 / 処理タイプ, PRODUCT.md §4): how the ticket was handled. */
@Entity
@Table(name = "processing_type")
public class ProcessingType extends TypeNodeEntity {

    protected ProcessingType() {
    }

    public ProcessingType(String serviceCode, TypeNames names) {
        super(serviceCode, names);
    }
}
