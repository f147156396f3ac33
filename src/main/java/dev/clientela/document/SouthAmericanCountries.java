package dev.clientela.document;

import static dev.clientela.document.HolderKind.COMPANY;
import static dev.clientela.document.HolderKind.EITHER;
import static dev.clientela.document.HolderKind.PERSON;

/** The seed countries' South American neighbours. Authority codes only where the tax authority's code list is settled. */
final class SouthAmericanCountries {

    private SouthAmericanCountries() {}

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
}
