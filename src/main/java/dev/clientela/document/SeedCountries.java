package dev.clientela.document;

import static dev.clientela.document.HolderKind.EITHER;
import static dev.clientela.document.HolderKind.PERSON;

import java.time.Clock;

/** Peru, Colombia, Uruguay and Honduras, with the authority codes their seed systems send. */
final class SeedCountries {

    private SeedCountries() {}

    /** SUNAT catalogue 06. The "varios" convention bills anonymous buyers to DNI or foreign document zeros. */
    static CountryDocuments peru() {
        var foreign = new Alphanumeric(1, 15);
        return new CountryDocuments("PE")
                .type("DNI", "Documento Nacional de Identidad", "1", PERSON, "05414828", new PeruDni(), "00000000")
                .type("CE", "Carné de extranjería", "4", PERSON, "001234567", new Alphanumeric(6, 12))
                .type("RUC", "Registro Único de Contribuyentes", "6", EITHER, "20512333797", new PeruRuc())
                .type("PASSPORT", "Pasaporte", "7", PERSON, "AB123456", Alphanumeric.passport())
                .type(
                        "DOC_TRIB_NO_DOM",
                        "Doc. trib. no domiciliado sin RUC",
                        "0",
                        EITHER,
                        "X1234567",
                        foreign,
                        "0",
                        "00000000")
                .type("A", "Cédula diplomática de identidad", "A", PERSON, "CD12345", foreign)
                .type("B", "Doc. identidad país residencia - no domiciliado", "B", PERSON, "X1234567", foreign)
                .type("C", "Tax Identification Number (TIN)", "C", EITHER, "123456789", foreign)
                .type("D", "Identification Number (IN)", "D", EITHER, "123456789", foreign)
                .type("E", "Tarjeta Andina de Migración (TAM)", "E", PERSON, "A1234567", foreign)
                .type("F", "Permiso temporal de permanencia (PTP)", "F", PERSON, "123456789", foreign)
                .type("G", "Salvoconducto", "G", PERSON, "S1234567", foreign)
                .type("H", "Carné de permiso temporal de permanencia (CPP)", "H", PERSON, "123456789", foreign)
                .passportAndOther("7", null);
    }

    /** DIAN's identification types. 222222222222 is DIAN's "consumidor final". */
    static CountryDocuments colombia() {
        String finalConsumer = "222222222222";
        return new CountryDocuments("CO")
                .type("RC", "Registro civil de nacimiento", "11", PERSON, "1020304050", new DigitString(7, 11))
                .type("TI", "Tarjeta de identidad", "12", PERSON, "1020304050", new DigitString(10, 11))
                .type("CC", "Cédula de ciudadanía", "13", PERSON, "79.123.456", new ColombiaCedula(), finalConsumer)
                .type("TE", "Tarjeta de extranjería", "21", PERSON, "TE123456", new Alphanumeric(3, 15))
                .type("CE", "Cédula de extranjería", "22", PERSON, "123456", new Alphanumeric(3, 15))
                .type(
                        "NIT",
                        "Número de Identificación Tributaria",
                        "31",
                        EITHER,
                        "900.123.456-8",
                        new ColombiaNit("CC"),
                        finalConsumer)
                .type("PASSPORT", "Pasaporte", "41", PERSON, "AB123456", Alphanumeric.passport())
                .type(
                        "DIE",
                        "Documento de identificación extranjero",
                        "42",
                        PERSON,
                        "X1234567",
                        Alphanumeric.passport())
                .type(
                        "PEP",
                        "Permiso especial de permanencia",
                        "47",
                        PERSON,
                        "123456789012345",
                        Alphanumeric.passport())
                .type("PPT", "Permiso por protección temporal", "48", PERSON, "1234567", Alphanumeric.passport())
                .type("NIT_FOREIGN", "NIT de otro país", "50", EITHER, "860.034.313-7", new ColombiaNit(null))
                .type(
                        "NUIP",
                        "Número único de identificación personal",
                        "91",
                        PERSON,
                        "1020304050",
                        new DigitString(10, 11))
                .passportAndOther("41", null);
    }

    /** DGI's receiver types on electronic invoices. */
    static CountryDocuments uruguay() {
        return new CountryDocuments("UY")
                .type("RUT", "Registro Único Tributario", "2", EITHER, "21-100342-001-7", new UruguayRut())
                .type("CI", "Cédula de identidad", "3", PERSON, "1.234.567-2", new UruguayCi())
                .type("OTHER", "Otro", "4", EITHER, "X1234567", Alphanumeric.passport())
                .type("PASSPORT", "Pasaporte", "5", PERSON, "AB123456", Alphanumeric.passport())
                .type(
                        "DNI_FOREIGN",
                        "DNI de Argentina, Brasil, Chile o Paraguay",
                        "6",
                        PERSON,
                        "20123456",
                        Alphanumeric.passport())
                .type(
                        "NIFE",
                        "Número de identificación fiscal extranjero",
                        "7",
                        EITHER,
                        "X1234567",
                        Alphanumeric.passport());
    }

    static CountryDocuments honduras(Clock clock) {
        var dni = new HondurasDni(clock);
        return new CountryDocuments("HN")
                .type("DNI", "Documento Nacional de Identificación", null, PERSON, "0801-1990-12345", dni)
                .type("RTN", "Registro Tributario Nacional", null, EITHER, "0801-1990-123456", new HondurasRtn(dni))
                .type("RESIDENT_CARD", "Carné de residente", null, PERSON, "R1234567", Alphanumeric.passport())
                .passportAndOther(null, null);
    }
}
