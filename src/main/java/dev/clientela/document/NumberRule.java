package dev.clientela.document;

/** How one document type writes, checks and shows its numbers. Implementations are stateless. */
interface NumberRule {

    /** Separators people type inside numbers of this type, dropped from the canonical form. */
    String DASHES_DOTS_SPACES = "-. ";

    default String separators() {
        return DASHES_DOTS_SPACES;
    }

    /** The canonical form of an already compacted, upper-cased number. */
    default String canonical(String compact) {
        return compact;
    }

    /** Records on the examination everything the number says and everything wrong with it. */
    void examine(Examination exam);

    /** The display form of a valid canonical number. */
    default String format(String number) {
        return number;
    }

    /** A full number from a base written without its check digit; types without one return the base. */
    default String withCheckDigit(String base) {
        return base;
    }
}
