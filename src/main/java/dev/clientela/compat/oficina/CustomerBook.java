package dev.clientela.compat.oficina;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientQuery;
import dev.clientela.compat.ListParameters;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.Page;
import java.io.OutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole customer list, as the seed answers it: every live customer, active or not, ordered by
 * razón social; a search goes through the canonical search (name, NIT and more, accents ignored).
 * The seed has no paging, so the list is read a keyset page at a time and written as it is read:
 * memory stays the same whether a tenant has a hundred customers or a million.
 */
@Component
class CustomerBook {

    private static final int PAGE = 500;

    private final ClientFinder finder;
    private final JsonMapper json;
    private final DocumentCatalog catalog;

    CustomerBook(ClientFinder finder, JsonMapper json, DocumentCatalog catalog) {
        this.finder = finder;
        this.json = json;
        this.catalog = catalog;
    }

    /** The first page, read before anything is written, so that a refused search is still a clean 400. */
    Listing open(String search) {
        return new Listing(search, finder.list(query(search, null)));
    }

    /** The customers of one request, written as one JSON array. */
    final class Listing {
        private final String search;
        private Page<Client> page;

        private Listing(String search, Page<Client> first) {
            this.search = search;
            this.page = first;
        }

        void writeTo(OutputStream out) {
            try (JsonGenerator array = json.createGenerator(out)) {
                array.writeStartArray();
                while (true) {
                    for (Client client : page.data()) {
                        array.writeTree(CustomerJson.of(client, catalog));
                    }
                    array.flush();
                    if (page.nextCursor() == null) {
                        break;
                    }
                    page = finder.list(query(search, page.nextCursor()));
                }
                array.writeEndArray();
            }
        }
    }

    private static ClientQuery query(String search, String cursor) {
        return ListParameters.sortedBy("name")
                .search(search == null ? null : search.strip())
                .limit(PAGE)
                .after(cursor)
                .query();
    }
}
