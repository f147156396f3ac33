package dev.clientela.document;

/**
 * Panama's RUC, by its shape only (its check digits, the DV, are written apart): a person's is their cédula, a
 * company's is its registration volume, folio and entry, e.g. 155596713-2-2015.
 */
final class PanamaRuc implements NumberRule {

    private final PanamaCedula cedula = new PanamaCedula();

    @Override
    public String separators() {
        return ". ";
    }

    @Override
    public String canonical(String compact) {
        return PanamaCedula.shaped(cedula.canonical(compact)) ? cedula.canonical(compact) : compact;
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(5, 20)) {
            return;
        }
        String number = exam.number();
        if (PanamaCedula.shaped(number) && PanamaCedula.knownPrefix(number.substring(0, number.indexOf('-')))) {
            exam.implies(HolderKind.PERSON);
            exam.sameHolder("CEDULA", number);
        } else if (registration(number)) {
            exam.implies(HolderKind.COMPANY);
        } else {
            exam.fail(
                    DocumentProblem.INVALID_FORMAT,
                    exam.label() + " must be a cédula or volume-folio-entry, e.g. 155596713-2-2015");
        }
    }

    private static boolean registration(String number) {
        String[] parts = number.split("-", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 10 || !TypedNumber.isDigits(part)) {
                return false;
            }
        }
        return true;
    }
}
