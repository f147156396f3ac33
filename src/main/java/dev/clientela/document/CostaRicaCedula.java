package dev.clientela.document;

/**
 * Costa Rica's cédula de persona física: 9 digits, province (1–9), volume (tomo) and entry (asiento), written
 * 1-0234-0567. Short parts typed as 1-234-567 are padded to four digits each; the 0 of 01-0234-0567 is dropped.
 */
final class CostaRicaCedula implements NumberRule {

    @Override
    public String separators() {
        return ". ";
    }

    @Override
    public String canonical(String compact) {
        int first = compact.indexOf('-');
        int second = compact.indexOf('-', first + 1);
        if (first < 0 || second < 0 || compact.indexOf('-', second + 1) >= 0) {
            String digits = compact.replace("-", "");
            return digits.length() == 10 ? TypedNumber.withoutLeadingZeros(digits) : digits;
        }
        return TypedNumber.withoutLeadingZeros(compact.substring(0, first))
                + padded(compact.substring(first + 1, second))
                + padded(compact.substring(second + 1));
    }

    private static String padded(String part) {
        return part.length() < 4 ? "0".repeat(4 - part.length()) + part : part;
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(9) || !exam.digits()) {
            return;
        }
        if (exam.digit(0) == 0) {
            exam.badComponent(exam.label() + " must start with a province from 1 to 9");
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 1, 4);
    }
}
