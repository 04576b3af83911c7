package io.switchboard.notification.api;

import java.util.List;

/** One page of the log; pass {@code next} as {@code cursor} for the following page (null on the last). */
public record DeliveryListView(List<DeliveryView> items, String next) {
}
