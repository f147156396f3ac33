package dev.clientela.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The survivor of a merge, field by field: the client {@code keep} names for a field, else the
 * survivor's own value, else the first merged client (in the order given) that has one.
 */
public final class SurvivorFields {

    public static final Set<String> NAMES = Set.of(
            "name",
            "legal_name",
            "trade_name",
            "document",
            "tax_id",
            "email",
            "phone",
            "mobile",
            "address",
            "notes",
            "image_url",
            "external_code",
            "metadata",
            "credit_limit",
            "kind");

    private final Client survivor;
    private final List<Client> merged;
    private final Map<String, UUID> keep;

    private SurvivorFields(Client survivor, List<Client> merged, Map<String, UUID> keep) {
        this.survivor = survivor;
        this.merged = merged;
        this.keep = keep;
    }

    static Client compose(Client survivor, List<Client> merged, Map<String, UUID> keep) {
        return new SurvivorFields(survivor, merged, keep).compose();
    }

    private Client compose() {
        Client phone = from("phone", Client::phone);
        Client mobile = from("mobile", Client::mobile);
        return new Client(
                survivor.id(),
                survivor.number(),
                from("kind", Client::kind).kind(),
                from("name", Client::name).name(),
                from("legal_name", Client::legalName).legalName(),
                from("trade_name", Client::tradeName).tradeName(),
                from("document", Client::document).document(),
                from("tax_id", Client::taxId).taxId(),
                from("email", Client::email).email(),
                phone.phone(),
                phone.phoneE164(),
                mobile.mobile(),
                mobile.mobileE164(),
                from("address", Client::address).address(),
                from("notes", Client::notes).notes(),
                from("image_url", Client::imageUrl).imageUrl(),
                from("external_code", Client::externalCode).externalCode(),
                survivor.status(),
                from("metadata", c -> c.metadata().isEmpty() ? null : c.metadata())
                        .metadata(),
                from("credit_limit", Client::creditLimit).creditLimit(),
                survivor.version(),
                survivor.createdAt(),
                survivor.updatedAt(),
                null);
    }

    /** The client whose value of this field the survivor takes. */
    private Client from(String field, Function<Client, Object> value) {
        UUID chosen = keep.get(field);
        List<Client> order = new ArrayList<>();
        order.add(survivor);
        order.addAll(merged);
        if (chosen != null) {
            return order.stream().filter(c -> c.id().equals(chosen)).findFirst().orElse(survivor);
        }
        return order.stream().filter(c -> present(value.apply(c))).findFirst().orElse(survivor);
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String s && s.isBlank());
    }
}
