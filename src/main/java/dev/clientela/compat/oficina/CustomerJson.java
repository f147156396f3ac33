package dev.clientela.compat.oficina;

import dev.clientela.client.Address;
import dev.clientela.client.Client;
import dev.clientela.client.ClientDocument;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.JsonNodes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.node.ObjectNode;

/** A client as La Oficina Nítida shows a customer: camelCase, and the NIT without its check digit. */
final class CustomerJson {

    private CustomerJson() {}

    static ObjectNode of(Client client, DocumentCatalog catalog) {
        ObjectNode json = JsonNodes.object();
        json.put("id", client.id().toString());
        json.put("razonSocial", client.legalName() != null ? client.legalName() : client.name());
        json.put("nit", nit(client.document(), catalog));
        json.put("email", client.email());
        json.put("telefono", client.phone() != null ? client.phone() : client.mobile());
        json.put("direccion", direccion(client.address()));
        json.put("status", client.status().name());
        json.put("createdAt", time(client.createdAt()));
        json.put("updatedAt", time(client.updatedAt()));
        return json;
    }

    /**
     * The number as it was written; for a document stored before that was kept, as this product
     * writes it: a Colombian NIT loses its check digit, any other document is shown as stored.
     */
    static String nit(ClientDocument document, DocumentCatalog catalog) {
        if (document == null) {
            return null;
        }
        if (document.typed() != null) {
            return document.typed();
        }
        String number = document.number();
        if (isColombianNit(document) && number.length() > 1) {
            String base = number.substring(0, number.length() - 1);
            if (catalog.checkBase("CO", "NIT", base).number().equals(number)) {
                return base;
            }
        }
        return number;
    }

    private static boolean isColombianNit(ClientDocument document) {
        return "CO".equals(document.country()) && "NIT".equals(document.type());
    }

    private static String direccion(Address address) {
        if (address == null) {
            return null;
        }
        if (address.line() != null) {
            return address.line();
        }
        String street = address.street() == null ? "" : address.street();
        String door = address.doorNumber() == null ? "" : " " + address.doorNumber();
        String joined = (street + door).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String time(Instant instant) {
        // JavaScript dates carry milliseconds, as the seed's clients parse them.
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
