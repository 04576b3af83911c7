package io.switchboard.ticket.inquirytype.domain;

import io.switchboard.ticket.typetree.domain.TypeNodeEntity;
import io.switchboard.ticket.typetree.domain.TypeNames;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One node of a service's inquiry type tree (접수유형 / 受付タイプ, PRODUCT.md §4): what the customer asks about. */
@Entity
@Table(name = "inquiry_type")
public class InquiryType extends TypeNodeEntity {

    protected InquiryType() {
    }

    public InquiryType(String serviceCode, TypeNames names) {
        super(serviceCode, names);
    }
}
