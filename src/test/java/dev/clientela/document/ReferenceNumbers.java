package dev.clientela.document;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid numbers as each authority issues them, drawn from everything the authority allows, for comparing our
 * catalogue with python-stdnum. Check digits come from our rules: a wrong algorithm shows as a disagreement.
 */
final class ReferenceNumbers {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<String> AR_PREFIXES = List.of("20", "23", "24", "27", "30", "33", "34", "50", "51", "55");
    private static final List<String> CURP_STATES = List.of(
            "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS", "NT",
            "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE");
    private static final List<String> CR_LEGAL_TYPES = List.of(
            "2100", "2200", "2300", "2400", "3002", "3003", "3004", "3005", "3006", "3007", "3008", "3009", "3010",
            "3011", "3012", "3013", "3014", "3101", "3102", "3103", "3104", "3105", "3106", "3107", "3108", "3109",
            "3110", "4000", "5001");

    /** Sorted, so that a seed replays the same numbers. */
    private static final List<String> RFC_WORDS =
            InconvenientWords.RFC.stream().sorted().toList();

    private static final List<String> CURP_WORDS =
            InconvenientWords.CURP.stream().sorted().toList();

    private ReferenceNumbers() {}

    static String peruRuc(SplittableRandom random) {
        String base = pick(random, List.of("10", "10", "15", "17", "20", "20")) + digits(random, 8);
        return base + PeruRuc.checkDigit(base);
    }

    /** Eight digits; RENIEC prints a check character after them on the card, which people sometimes copy. */
    static String peruDni(SplittableRandom random) {
        String dni = digits(random, 8);
        if (random.nextInt(5) > 0) {
            return dni;
        }
        int sum = WeightedSum.leftToRight(dni, 0, 3, 2, 7, 6, 5, 4, 3, 2) % 11;
        return dni + (random.nextBoolean() ? "65432110987" : "KJIHGFEDCBA").charAt(sum);
    }

    /** A company's 9-digit base from 8 or 9, or a person's cédula, from the few digits of old ones to ten. */
    static String colombiaNit(SplittableRandom random) {
        String base = random.nextInt(5) < 2
                ? random.nextInt(8, 10) + digits(random, 8)
                : positive(random, pick(random, List.of(3, 5, 6, 7, 8, 8, 10, 10, 10)));
        return base + ColombiaNit.checkDigit(base);
    }

    static String uruguayRut(SplittableRandom random) {
        while (true) {
            String sequence = digits(random, 6);
            String base = twoDigits(random.nextInt(1, 23)) + sequence + "001";
            String check = UruguayRut.checkDigit(base);
            if (check != null && !sequence.equals("000000")) {
                return base + check;
            }
        }
    }

    /** Persons from the 1.000.000s up, companies from 50.000.000, and the few older persons below a million. */
    static String chileRut(SplittableRandom random) {
        int roll = random.nextInt(20);
        int body = roll < 16
                ? random.nextInt(1_000_000, 30_000_000)
                : roll < 19 ? random.nextInt(50_000_000, 100_000_000) : random.nextInt(1, 1_000_000);
        return body + ChileRut.checkDigit(String.valueOf(body));
    }

    static String argentinaCuit(SplittableRandom random) {
        String base = pick(random, AR_PREFIXES) + String.format("%08d", random.nextInt(1_000_000, 100_000_000));
        return base + ArgentinaCuit.checkDigit(base);
    }

    static String argentinaDni(SplittableRandom random) {
        return String.valueOf(random.nextInt(1_000_000, 100_000_000));
    }

    /** Provinces 01–24 and 30 as the Registro Civil numbers them, and stdnum's extra 50; third digit 0–6. */
    static String ecuadorCi(SplittableRandom random) {
        String body = ecuadorProvince(random) + random.nextInt(0, 7) + digits(random, 6);
        return body + EcuadorCi.checkDigit(body);
    }

    /** A person's cédula plus establishment, a public body (third digit 6) or a company (9). */
    static String ecuadorRuc(SplittableRandom random) {
        int roll = random.nextInt(4);
        if (roll < 2) {
            return ecuadorCi(random) + establishment(random, 3);
        }
        int[] weights = roll == 2 ? new int[] {3, 2, 7, 6, 5, 4, 3, 2} : new int[] {4, 3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String base = ecuadorProvince(random) + (roll == 2 ? "6" : "9") + digits(random, weights.length - 3);
            int check = (11 - WeightedSum.leftToRight(base, 0, weights) % 11) % 11;
            if (check < 10) {
                return base + check + establishment(random, roll == 2 ? 4 : 3);
            }
        }
    }

    static String brazilCpf(SplittableRandom random) {
        String nine = digits(random, 9);
        return nine + BrazilCpf.checkDigits(nine);
    }

    /** Mostly head offices (0001) and branches; from July 2026 Receita Federal also issues letters in the first 12. */
    static String brazilCnpj(SplittableRandom random) {
        String twelve;
        if (random.nextInt(8) == 0) {
            twelve = characters(random, 12, "0123456789" + LETTERS);
        } else {
            twelve = digits(random, 8)
                    + (random.nextInt(3) > 0 ? "0001" : String.format("%04d", random.nextInt(1, 10_000)));
        }
        return twelve + BrazilCnpj.checkDigits(twelve);
    }

    static String venezuelaRif(SplittableRandom random) {
        String base = pick(random, List.of("V", "E", "J", "P", "G")) + digits(random, 8);
        return base + VenezuelaRif.checkDigit(base);
    }

    static String guatemalaNit(SplittableRandom random) {
        String body = positive(random, pick(random, List.of(4, 5, 6, 7, 7, 8, 8, 9, 11)));
        return body + GuatemalaNit.checkDigit(body);
    }

    /** A cédula-based RUC (the cédula as base) or a company's from 80000000. */
    static String paraguayRuc(SplittableRandom random) {
        String base = random.nextInt(4) == 0
                ? String.valueOf(random.nextInt(80_000_000, 80_200_000))
                : positive(random, pick(random, List.of(4, 5, 6, 6, 7, 7, 7, 8)));
        return base + ParaguayRuc.checkDigit(base);
    }

    /** DGII numbers companies from 1 and the State from 4 and 5. */
    static String dominicanRnc(SplittableRandom random) {
        String eight = pick(random, List.of("1", "1", "4", "5")) + digits(random, 7);
        return eight + DominicanRnc.checkDigit(eight);
    }

    static String dominicanCedula(SplittableRandom random) {
        String ten = String.format("%03d", random.nextInt(1, 403)) + digits(random, 7);
        return ten + DominicanCedula.checkDigit(ten);
    }

    /** A 14-digit NIT (municipality, DDMMYY, sequence under and over 100), or the DUI that now serves as NIT. */
    static String salvadorNit(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            String eight = digits(random, 8);
            return eight + SalvadorDui.checkDigit(eight);
        }
        LocalDate day = day(random);
        String thirteen = random.nextInt(0, 2)
                + digits(random, 3)
                + String.format("%02d%02d%02d", day.getDayOfMonth(), day.getMonthValue(), day.getYear() % 100)
                + String.format("%03d", random.nextInt(1, 1000));
        if (random.nextInt(10) == 0) {
            thirteen = "9" + thirteen.substring(1);
        }
        return thirteen + SalvadorNit.checkDigit(thirteen);
    }

    /**
     * Name letters (now and then a Ñ or &, or a word SAT never issues), the date, and a homoclave whose last
     * character is SAT's check digit.
     */
    static String mexicoRfc(SplittableRandom random) {
        boolean person = random.nextInt(10) < 7;
        String letters = person && random.nextInt(40) == 0
                ? pick(random, RFC_WORDS)
                : characters(random, person ? 4 : 3, random.nextInt(20) == 0 ? "Ñ&" + LETTERS : LETTERS);
        String base = letters
                + yymmdd(day(random))
                + characters(random, 1, "123456789ABCDEFGHIJKLMNOPQRSTUV")
                + characters(random, 1, "123456789" + LETTERS);
        return base + MexicoRfc.checkDigit(base);
    }

    /** RENAPO's layout; the differentiator is a digit before 2000 and a letter after; a few X for the sex. */
    static String mexicoCurp(SplittableRandom random) {
        LocalDate born = day(random);
        String letters = random.nextInt(40) == 0 ? pick(random, CURP_WORDS) : characters(random, 4, LETTERS);
        String sex = random.nextInt(30) == 0 ? "X" : pick(random, List.of("H", "M"));
        String base = letters
                + yymmdd(born)
                + sex
                + pick(random, CURP_STATES)
                + characters(random, 3, LETTERS)
                + (born.getYear() < 2000 ? digits(random, 1) : characters(random, 1, LETTERS));
        return base + MexicoCurp.checkDigit(base);
    }

    /** Province, tomo and asiento, written the ways people do: 9 digits, with the TSE's leading 0, dashed, short. */
    static String costaRicaCedula(SplittableRandom random) {
        int province = random.nextInt(1, 10);
        int tomo = random.nextInt(1, 10_000);
        int asiento = random.nextInt(1, 10_000);
        String padded = String.format("%d%04d%04d", province, tomo, asiento);
        return switch (random.nextInt(5)) {
            case 0 -> padded;
            case 1 -> "0" + padded;
            case 2 -> String.format("%d-%04d-%04d", province, tomo, asiento);
            case 3 -> String.format("0%d-%04d-%04d", province, tomo, asiento);
            default -> province + "-" + tomo + "-" + asiento;
        };
    }

    static String costaRicaLegalCedula(SplittableRandom random) {
        return pick(random, CR_LEGAL_TYPES) + digits(random, 6);
    }

    /** Migración's DIMEX: 11 or 12 digits from 1. */
    static String costaRicaDimex(SplittableRandom random) {
        return "1" + digits(random, random.nextBoolean() ? 10 : 11);
    }

    private static String ecuadorProvince(SplittableRandom random) {
        int roll = random.nextInt(50);
        return roll == 0 ? "50" : roll == 1 ? "30" : twoDigits(random.nextInt(1, 25));
    }

    private static String establishment(SplittableRandom random, int width) {
        int number = random.nextInt(4) > 0 ? 1 : random.nextInt(1, width == 3 ? 1000 : 10_000);
        return String.format("%0" + width + "d", number);
    }

    private static LocalDate day(SplittableRandom random) {
        return LocalDate.ofEpochDay(random.nextLong(
                LocalDate.of(1920, 1, 1).toEpochDay(),
                LocalDate.of(2024, 12, 31).toEpochDay()));
    }

    private static String yymmdd(LocalDate day) {
        return String.format("%02d%02d%02d", day.getYear() % 100, day.getMonthValue(), day.getDayOfMonth());
    }

    private static String twoDigits(int value) {
        return String.format("%02d", value);
    }

    private static String digits(SplittableRandom random, int count) {
        return characters(random, count, "0123456789");
    }

    /** A number of {@code count} digits that does not start with 0. */
    private static String positive(SplittableRandom random, int count) {
        return random.nextInt(1, 10) + digits(random, count - 1);
    }

    private static String characters(SplittableRandom random, int count, String alphabet) {
        var out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static <T> T pick(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
