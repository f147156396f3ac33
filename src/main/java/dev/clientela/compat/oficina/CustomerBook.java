package dev.clientela.compat.oficina;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientQuery;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.Page;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole customer list, as the seed answers it: every live customer, active or not, ordered by
 * razón social; a search goes through the canonical search (name, NIT and more, accents ignored).
 */
@Component
class CustomerBook {

    /** The seed has no paging; past this many customers the list stops rather than exhaust memory. */
    static final int MAX_CUSTOMERS = 10_000;

    private static final int PAGE = 500;

    private final ClientFinder finder;
    private final DocumentCatalog catalog;

    CustomerBook(ClientFinder finder, DocumentCatalog catalog) {
        this.finder = finder;
        this.catalog = catalog;
    }

    List<ObjectNode> list(String search) {
        List<ObjectNode> customers = new ArrayList<>();
        int offset = 0;
        Page<Client> page;
        do {
            page = finder.list(ClientQuery.read(parameters(search, offset)));
            page.data().forEach(client -> customers.add(CustomerJson.of(client, catalog)));
            offset += PAGE;
        } while (page.hasMore() && customers.size() < MAX_CUSTOMERS);
        customers.sort(
                Comparator.comparing((ObjectNode c) -> fold(c.get("razonSocial").stringValue()))
                        .thenComparing(c -> c.get("id").stringValue()));
        return customers.size() > MAX_CUSTOMERS ? customers.subList(0, MAX_CUSTOMERS) : customers;
    }

    private static Map<String, String> parameters(String search, int offset) {
        Map<String, String> params = new HashMap<>();
        params.put("limit", String.valueOf(PAGE));
        params.put("offset", String.valueOf(offset));
        if (search != null && !search.isBlank()) {
            params.put("q", search.strip());
        } else {
            params.put("sort", "name");
        }
        return params;
    }

    private static String fold(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT);
    }
}
