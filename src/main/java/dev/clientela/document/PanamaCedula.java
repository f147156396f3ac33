package dev.clientela.document;

/**
 * Panama's cédula: a prefix, a volume (tomo) and an entry (asiento), e.g. 8-123-4567. The prefix is a province
 * (1–13), optionally followed by AV (registered before the current system) or PI (indigenous population), or E
 * (foreigner), N (naturalised) or PE (Panamanian born abroad). The dashes are part of the number.
 */
final class PanamaCedula implements NumberRule {

    @Override
    public String separators() {
        return ". ";
    }

    /** Leading zeros in each part carry no meaning, and 8-AV-12-345 is the same as 8AV-12-345. */
    @Override
    public String canonical(String compact) {
        String[] parts = compact.split("-", -1);
        if (parts.length == 4 && (parts[1].equals("AV") || parts[1].equals("PI"))) {
            parts = new String[] {parts[0] + parts[1], parts[2], parts[3]};
        }
        if (parts.length != 3) {
            return compact;
        }
        return TypedNumber.withoutLeadingZeros(parts[0]) + "-" + TypedNumber.withoutLeadingZeros(parts[1]) + "-"
                + TypedNumber.withoutLeadingZeros(parts[2]);
    }

    static boolean knownPrefix(String prefix) {
        if (prefix.equals("E") || prefix.equals("N") || prefix.equals("PE")) {
            return true;
        }
        String province =
                prefix.endsWith("AV") || prefix.endsWith("PI") ? prefix.substring(0, prefix.length() - 2) : prefix;
        if (province.isEmpty() || province.length() > 2 || !TypedNumber.isDigits(province)) {
            return false;
        }
        int number = Integer.parseInt(province);
        return number >= 1 && number <= 13;
    }

    /** Whether the canonical number has the prefix-volume-entry shape, whatever the prefix. */
    static boolean shaped(String number) {
        int first = number.indexOf('-');
        int second = number.indexOf('-', first + 1);
        if (first < 1 || second < 0 || number.indexOf('-', second + 1) >= 0) {
            return false;
        }
        String volume = number.substring(first + 1, second);
        String entry = number.substring(second + 1);
        return volume.length() >= 1
                && volume.length() <= 4
                && TypedNumber.isDigits(volume)
                && entry.length() >= 1
                && entry.length() <= 6
                && TypedNumber.isDigits(entry);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(5, 16)) {
            return;
        }
        String number = exam.number();
        if (!shaped(number)) {
            exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " must be prefix-volume-entry, e.g. 8-123-4567");
        } else if (!knownPrefix(number.substring(0, number.indexOf('-')))) {
            exam.badComponent(exam.label() + " must start with a province 1-13, AV or PI after it, E, N or PE");
        }
    }
}
