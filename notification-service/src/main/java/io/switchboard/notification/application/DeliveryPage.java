package io.switchboard.notification.application;

import io.switchboard.platform.paging.ListPosition;
import io.switchboard.notification.domain.Delivery;
import java.util.List;

/** One page of the delivery log and where the next one starts (null on the last page). */
public record DeliveryPage(List<Delivery> deliveries, ListPosition next) {
}
