package dev.clientela.compat.inventario;

import dev.clientela.client.ClientDocument;
import dev.clientela.client.ClientForm;
import dev.clientela.document.DocumentCatalog;
import java.util.regex.Pattern;

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

    /** The document for what was typed (not blank). */
    static void read(String typed, DocumentCatalog catalog, ClientForm form) {
        String text = typed.strip();
        String compact = DocumentCatalog.normalise(text);
        if (WITH_CHECK_DIGIT.matcher(text).matches()) {
            form.document("CO", "NIT", text, null);
        } else if (COMPANY_BASE.matcher(compact).matches()) {
            form.document("CO", "NIT", catalog.checkBase("CO", "NIT", compact).number(), text);
        } else {
            form.document("CO", LETTER.matcher(text).matches() ? "CE" : "CC", text, null);
        }
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
