package dev.clientela.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a file may have: the canonical field paths (the template, which exports also write) and
 * the Spanish names spreadsheets use, matched without case, accents, or the difference between spaces,
 * dashes, dots and underscores. {@code metadata.<key>} columns fill one key of the metadata each.
 */
final class Columns {

    static final String METADATA_PREFIX = "metadata.";

    static final List<String> TEMPLATE = List.of(
            "number",
            "name",
            "legal_name",
            "trade_name",
            "kind",
            "document.country",
            "document.type",
            "document.number",
            "tax_id",
            "email",
            "phone",
            "mobile",
            "address.line",
            "address.street",
            "address.door_number",
            "address.apartment",
            "address.corner",
            "address.district",
            "address.city",
            "address.province",
            "address.department",
            "address.postal_code",
            "address.country",
            "address.ubigeo",
            "address.latitude",
            "address.longitude",
            "notes",
            "image_url",
            "external_code",
            "status",
            "credit_limit",
            "metadata");

    private static final Map<String, String> ALIASES = aliases();

    private Columns() {}

    /** The canonical column a header cell names, or null when it names none. */
    static String canonical(String header) {
        String folded = fold(header);
        if (folded.startsWith("metadata_") && folded.length() > "metadata_".length()) {
            return METADATA_PREFIX + header.strip().substring(METADATA_PREFIX.length());
        }
        return ALIASES.get(folded);
    }

    /** Every name a header may use, for the refusal of an unknown column. */
    static List<String> known() {
        List<String> names = new ArrayList<>(TEMPLATE);
        ALIASES.keySet().stream()
                .filter(alias -> !TEMPLATE.contains(alias) && !TEMPLATE.contains(alias.replace('_', '.')))
                .sorted()
                .forEach(names::add);
        names.add("metadata.<key>");
        return names;
    }

    static String fold(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", "_");
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String column : TEMPLATE) {
            aliases.put(fold(column), column);
        }
        String[][] spanish = {
            {"numero", "number"},
            {"nombre", "name"},
            {"razon_social", "legal_name"},
            {"nombre_comercial", "trade_name"},
            {"tipo_cliente", "kind"},
            {"tipo_persona", "kind"},
            {"pais", "document.country"},
            {"tipo_documento", "document.type"},
            {"numero_documento", "document.number"},
            {"documento", "document.number"},
            {"telefono", "phone"},
            {"celular", "mobile"},
            {"movil", "mobile"},
            {"correo", "email"},
            {"correo_electronico", "email"},
            {"direccion", "address.line"},
            {"distrito", "address.district"},
            {"ciudad", "address.city"},
            {"provincia", "address.province"},
            {"departamento", "address.department"},
            {"ubigeo", "address.ubigeo"},
            {"codigo_postal", "address.postal_code"},
            {"notas", "notes"},
            {"codigo_externo", "external_code"},
            {"estado", "status"},
            {"limite_credito", "credit_limit"},
            {"limite_de_credito", "credit_limit"}
        };
        for (String[] alias : spanish) {
            aliases.put(alias[0], alias[1]);
        }
        return aliases;
    }
}
