package dev.clientela.compat.geotareas;

import dev.clientela.client.Address;
import dev.clientela.client.Client;
import dev.clientela.client.ClientDocument;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentType;
import dev.clientela.web.JsonNodes;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client as GeoTareas shows it: the id is the client's number as a string. Clientela keeps no
 * GeoTareas accounts, so {@code associated_accounts} is always empty.
 */
final class GeoClientJson {

    private GeoClientJson() {}

    /** The list item of the seed's documentation. */
    static ObjectNode item(Client client) {
        ObjectNode json = JsonNodes.object();
        json.put("id", String.valueOf(client.number()));
        json.put("name", client.name());
        json.put("business_name", client.legalName());
        json.put("email", client.email());
        json.put("phone", client.phone());
        json.put("image_url", client.imageUrl());
        json.put("status", client.status().name());
        json.put(
                "document",
                client.document() == null
                        ? null
                        : client.document().typedOr(client.document().number()));
        json.put("tax_id", client.taxId());
        json.put("external_code", client.externalCode());
        json.putArray("associated_accounts");
        return json;
    }

    /** One client: the list item and every other field the create body accepts. */
    static ObjectNode detail(Client client, DocumentCatalog catalog) {
        ObjectNode json = item(client);
        json.put("document_type", dgiCode(client.document(), catalog));
        json.put("mobile", client.mobile());
        json.put("notes", client.notes());
        Address address = client.address() == null ? Address.NONE : client.address();
        json.put("street", address.street());
        json.put("door_number", address.doorNumber());
        json.put("apartment", address.apartment());
        json.put("corner", address.corner());
        json.put("zip_code", address.postalCode());
        json.put("latitude", address.latitude());
        json.put("longitude", address.longitude());
        Map<String, String> metadata = client.metadata() == null ? Map.of() : client.metadata();
        json.put("country_id", metadata.get(GeoClientFields.METADATA_PREFIX + "country_id"));
        json.put("department_id", metadata.get(GeoClientFields.METADATA_PREFIX + "department_id"));
        return json;
    }

    private static Integer dgiCode(ClientDocument document, DocumentCatalog catalog) {
        if (document == null || !"UY".equals(document.country())) {
            return null;
        }
        return catalog.type(document.country(), document.type())
                .map(DocumentType::authorityCode)
                .map(Integer::valueOf)
                .orElse(null);
    }
}
