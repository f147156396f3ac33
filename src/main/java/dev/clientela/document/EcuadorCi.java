package dev.clientela.document;

/**
 * Ecuador's cédula: 10 digits: the province of issue (01–24, 30 for Ecuadorians abroad), a third digit from 0 to 6,
 * and a Luhn-style mod-10 check digit. A person's RUC is the cédula followed by an establishment number.
 */
final class EcuadorCi implements NumberRule {

    static String checkDigit(CharSequence number) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = (number.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return WeightedSum.digit((10 - sum % 10) % 10);
    }

    static boolean knownProvince(Examination exam) {
        int province = exam.digit(0) * 10 + exam.digit(1);
        if (province >= 1 && province <= 24 || province == 30) {
            return true;
        }
        exam.badComponent(exam.label() + " must start with a province from 01 to 24, or 30");
        return false;
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(10) || !exam.digits()) {
            return;
        }
        knownProvince(exam);
        // The Registro Civil gives foreign residents cédulas with a third digit 6, and SRI registers their RUCs as
        // cédula + 001, so a 6 is a person's digit too, not only a public body's.
        if (exam.digit(2) > 6) {
            exam.badComponent(exam.label() + " must have a third digit from 0 to 6");
        }
        if (exam.checkDigitMatches(checkDigit(exam.number()))) {
            exam.sameHolder("RUC", exam.number() + "001");
        }
    }
}
