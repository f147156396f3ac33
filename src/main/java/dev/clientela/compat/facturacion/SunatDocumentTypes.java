package dev.clientela.compat.facturacion;

import dev.clientela.client.ClientDocument;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SUNAT's document codes as the e-invoicing system sends them (1 DNI, 4 carné de extranjería, 6
 * RUC, 7 passport, 0 non-domiciled without RUC) and the catalogue's Peruvian types they stand for.
 */
@Component
class SunatDocumentTypes {

    static final String PERU = "PE";
    static final List<String> CODES = List.of("1", "4", "6", "7", "0");
    /** What a document from outside Peru is to SUNAT: a foreign tax document without a RUC. */
    private static final String FOREIGN = "0";

    private final DocumentCatalog catalog;

    SunatDocumentTypes(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    /** The catalogue's type for one of {@link #CODES}. */
    String typeOf(String code) {
        return catalog.bySeedCode(PERU, code)
                .map(DocumentType::code)
                .orElseThrow(() -> new IllegalArgumentException("Not a SUNAT code: " + code));
    }

    /** The code a stored document is shown with; null for a client without a document. */
    String codeOf(ClientDocument document) {
        if (document == null) {
            return null;
        }
        if (!PERU.equals(document.country())) {
            return FOREIGN;
        }
        return catalog.type(PERU, document.type())
                .map(DocumentType::authorityCode)
                .orElse(FOREIGN);
    }
}
