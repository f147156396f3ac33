package dev.clientela.document;

import static dev.clientela.document.HolderKind.COMPANY;
import static dev.clientela.document.HolderKind.EITHER;
import static dev.clientela.document.HolderKind.PERSON;

/** The seed countries' neighbours. Authority codes only where the tax authority's code list is settled. */
final class NeighbourCountries {

    private NeighbourCountries() {}

    /** AFIP's document codes. */
    static CountryDocuments argentina() {
        return new CountryDocuments("AR")
                .type("DNI", "Documento Nacional de Identidad", "96", PERSON, "20.123.456", new ArgentinaDni())
                .type(
                        "CUIT",
                        "Clave Única de Identificación Tributaria",
                        "80",
                        EITHER,
                        "30-50001091-2",
                        ArgentinaCuit.cuit())
                .type(
                        "CUIL",
                        "Código Único de Identificación Laboral",
                        "86",
                        PERSON,
                        "20-26756539-3",
                        ArgentinaCuit.cuil())
                .passportAndOther("94", null);
    }

    /** 66.666.666-6 is SII's anonymous buyer. */
    static CountryDocuments chile() {
        return new CountryDocuments("CL")
                .type("RUT", "Rol Único Tributario", null, EITHER, "76.086.428-5", new ChileRut(), "666666666")
                .passportAndOther(null, null);
    }

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

    /** SRI's identification codes; 9999999999999 is the consumidor final. */
    static CountryDocuments ecuador() {
        return new CountryDocuments("EC")
                .type("CI", "Cédula de identidad", "05", PERSON, "1714307103", new EcuadorCi())
                .type(
                        "RUC",
                        "Registro Único de Contribuyentes",
                        "04",
                        EITHER,
                        "1792060346001",
                        new EcuadorRuc(),
                        "9999999999999")
                .passportAndOther("06", "08");
    }

    static CountryDocuments brazil() {
        return new CountryDocuments("BR")
                .type("CPF", "Cadastro de Pessoas Físicas", null, PERSON, "390.533.447-05", new BrazilCpf())
                .type(
                        "CNPJ",
                        "Cadastro Nacional da Pessoa Jurídica",
                        null,
                        COMPANY,
                        "12.ABC.345/01DE-35",
                        new BrazilCnpj())
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
                        new PrefixedDigits(10, 10, "2345", 1, 3))
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

    static CountryDocuments paraguay() {
        return new CountryDocuments("PY")
                .type("RUC", "Registro Único de Contribuyentes", null, EITHER, "80028061-0", new ParaguayRuc())
                .type("CI", "Cédula de identidad", null, PERSON, "1.234.567", new ParaguayCi())
                .passportAndOther(null, null);
    }

    /** Bolivia's NIT has no published check digit, so only its shape is checked. */
    static CountryDocuments bolivia() {
        return new CountryDocuments("BO")
                .type("NIT", "Número de Identificación Tributaria", null, EITHER, "1020703023", new DigitString(5, 12))
                .type("CI", "Cédula de identidad", null, PERSON, "4567890-1A", new BoliviaCi())
                .passportAndOther(null, null);
    }

    static CountryDocuments venezuela() {
        return new CountryDocuments("VE")
                .type("RIF", "Registro de Información Fiscal", null, EITHER, "J-30050033-0", new VenezuelaRif())
                .type("CI", "Cédula de identidad", null, PERSON, "V-11.470.283", new VenezuelaCi())
                .passportAndOther(null, null);
    }

    static CountryDocuments panama() {
        return new CountryDocuments("PA")
                .type("RUC", "Registro Único de Contribuyente", null, EITHER, "155596713-2-2015", new PanamaRuc())
                .type("CEDULA", "Cédula de identidad personal", null, PERSON, "8-123-4567", new PanamaCedula())
                .passportAndOther(null, null);
    }
}
