package dev.clientela.compat.facturacion;

import dev.clientela.compat.ListParameters;
import dev.clientela.web.JsonNodes;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The e-invoicing system's list parameters ({@code company_id}, {@code tipo_documento},
 * {@code search}, {@code page}) as the registry's listing parameters. Pages hold 20 clients, in the
 * order they were registered, or by relevance when searching; a page that is not a whole number
 * from 1 up is the first, as in that system. Other parameters are ignored, as there.
 */
record ListRequest(Long companyId, ListParameters listing, long page, boolean beyondLastPage) {

    static final int PER_PAGE = 20;
    /** The registry pages no further than this offset; pages past it are necessarily empty here. */
    private static final long MAX_OFFSET = 100_000;

    static ListRequest of(Map<String, String> params, SunatDocumentTypes types) {
        FieldRules in = FieldRules.of(queryObject(params));
        Long companyId = in.integer("company_id");
        String code = in.choice("tipo_documento", SunatDocumentTypes.CODES, false);
        in.throwIfInvalid();
        String search = params.get("search");
        long page = page(params.get("page"));
        boolean beyond = (page - 1) > MAX_OFFSET / PER_PAGE;
        ListParameters listing = ListParameters.sortedBy(search == null || search.isBlank() ? "created_at" : null)
                .search(search)
                .page(PER_PAGE, beyond ? 0 : (page - 1) * PER_PAGE)
                .withTotal();
        if (code != null) {
            listing.document(SunatDocumentTypes.PERU, types.typeOf(code), null);
        }
        return new ListRequest(companyId, listing, page, beyond);
    }

    private static long page(String value) {
        try {
            long page = Long.parseLong(value == null ? "" : value.strip());
            return page >= 1 ? page : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static ObjectNode queryObject(Map<String, String> params) {
        ObjectNode object = JsonNodes.object();
        params.forEach(object::put);
        return object;
    }
}
