package dev.clientela.events;

import java.util.List;
import java.util.Set;

/** The event types the service raises, and the patterns an endpoint or the feed may name them by. */
final class EventTypes {

    static final List<String> ALL = List.of(
            "client.created",
            "client.updated",
            "client.archived",
            "client.activated",
            "client.deleted",
            "client.restored",
            "client.purged",
            "client.merged",
            "client.unmerged",
            "sale.created",
            "sale.cancelled",
            "quotation.created",
            "quotation.accepted",
            "quotation.rejected",
            "quotation.expired",
            "invoice.issued",
            "bill.created",
            "payment_plan.opened",
            "payment_plan.paid",
            "payment_plan.rescheduled",
            "payment.received",
            "webhook_endpoint.disabled");

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private EventTypes() {}

    /** {@code *}, a type, or a prefix such as {@code client.*} that names at least one type. */
    static boolean isPattern(String pattern) {
        return pattern.equals("*") || KNOWN.contains(pattern) || isPrefix(pattern);
    }

    static boolean isPrefix(String pattern) {
        return pattern.endsWith(".*")
                && pattern.length() > 2
                && ALL.stream().anyMatch(t -> t.startsWith(pattern.substring(0, pattern.length() - 1)));
    }
}
