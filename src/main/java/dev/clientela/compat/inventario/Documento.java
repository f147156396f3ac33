package dev.clientela.compat.inventario;

import dev.clientela.client.ClientDocument;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.JsonNodes;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inventory app's {@code documento}, a Colombian document given without its type: a number
 * written with a dash before a check digit ("900123456-8") is a NIT; nine digits starting with 8 or 9
 * are a company's NIT base, whose check digit is computed; anything with letters is a cédula de
 * extranjería; any other number a cédula de ciudadanía.
 */
final class Documento {

    private static final Pattern WITH_CHECK_DIGIT = Pattern.compile("[0-9][0-9. ]*-[0-9]");
    private static final Pattern COMPANY_BASE = Pattern.compile("[89][0-9]{8}");
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");

    private Documento() {}

    /** The canonical {@code document} for what was typed (not blank). */
    static ObjectNode canonical(String typed, DocumentCatalog catalog) {
        String text = typed.strip();
        String compact = DocumentCatalog.normalise(text);
        ObjectNode document = JsonNodes.object().put("country", "CO");
        if (WITH_CHECK_DIGIT.matcher(text).matches()) {
            return document.put("type", "NIT").put("number", text);
        }
        if (COMPANY_BASE.matcher(compact).matches()) {
            return document.put("type", "NIT")
                    .put("number", catalog.checkBase("CO", "NIT", compact).number())
                    .put("typed", text);
        }
        if (LETTER.matcher(text).matches()) {
            return document.put("type", "CE").put("number", text);
        }
        return document.put("type", "CC").put("number", text);
    }

    /**
     * How the app shows a stored document: as it was written; for one stored before that was kept,
     * digits, a NIT's check digit after a dash.
     */
    static String shown(ClientDocument d) {
        if (d == null) {
            return null;
        }
        if (d.typed() != null) {
            return d.typed();
        }
        String number = d.number();
        if (d.type().startsWith("NIT") && number.length() > 1) {
            return number.substring(0, number.length() - 1) + "-" + number.substring(number.length() - 1);
        }
        return number;
    }
}
