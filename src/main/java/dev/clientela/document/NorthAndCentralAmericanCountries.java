package dev.clientela.document;

import static dev.clientela.document.HolderKind.COMPANY;
import static dev.clientela.document.HolderKind.EITHER;
import static dev.clientela.document.HolderKind.PERSON;

/** Mexico, Central America and the Caribbean. Authority codes only where the tax authority's code list is settled. */
final class NorthAndCentralAmericanCountries {

    private NorthAndCentralAmericanCountries() {}

    /** XAXX010101000 is SAT's generic RFC for the general public, XEXX010101000 for foreigners. */
    static CountryDocuments mexico() {
        return new CountryDocuments("MX")
                .type(
                        "RFC",
                        "Registro Federal de Contribuyentes",
                        null,
                        EITHER,
                        "GODE561231GR8",
                        new MexicoRfc(),
                        "XAXX010101000",
                        "XEXX010101000")
                .type(
                        "CURP",
                        "Clave Única de Registro de Población",
                        null,
                        PERSON,
                        "HEGG560427MVZRRL04",
                        new MexicoCurp())
                .passportAndOther(null, null);
    }

    /** CF is SAT's consumidor final. */
    static CountryDocuments guatemala() {
        return new CountryDocuments("GT")
                .type("NIT", "Número de Identificación Tributaria", null, EITHER, "576937-K", new GuatemalaNit(), "CF")
                .type("CUI", "Código Único de Identificación", null, PERSON, "2543 56788 0101", new GuatemalaCui())
                .passportAndOther(null, null);
    }

    /** Hacienda's identification types. */
    static CountryDocuments costaRica() {
        return new CountryDocuments("CR")
                .type("CEDULA_FISICA", "Cédula de persona física", "01", PERSON, "1-0234-0567", new CostaRicaCedula())
                .type(
                        "CEDULA_JURIDICA",
                        "Cédula de persona jurídica",
                        "02",
                        COMPANY,
                        "3-101-123456",
                        new CostaRicaLegalCedula())
                .type(
                        "DIMEX",
                        "Documento de identidad migratorio para extranjeros",
                        "03",
                        PERSON,
                        "155812345678",
                        new PrefixedDigits(11, 12, "1"))
                .passportAndOther(null, null);
    }

    static CountryDocuments dominicanRepublic() {
        return new CountryDocuments("DO")
                .type("CEDULA", "Cédula de identidad y electoral", null, PERSON, "001-1391820-5", new DominicanCedula())
                .type("RNC", "Registro Nacional del Contribuyente", null, COMPANY, "1-01-85004-3", new DominicanRnc())
                .passportAndOther(null, null);
    }

    static CountryDocuments elSalvador() {
        return new CountryDocuments("SV")
                .type(
                        "NIT",
                        "Número de Identificación Tributaria",
                        null,
                        EITHER,
                        "0614-050707-104-8",
                        new SalvadorNit())
                .type("DUI", "Documento Único de Identidad", null, PERSON, "00016297-5", new SalvadorDui())
                .passportAndOther(null, null);
    }

    static CountryDocuments panama() {
        return new CountryDocuments("PA")
                .type("RUC", "Registro Único de Contribuyente", null, EITHER, "155596713-2-2015", new PanamaRuc())
                .type("CEDULA", "Cédula de identidad personal", null, PERSON, "8-123-4567", new PanamaCedula())
                .passportAndOther(null, null);
    }
}
