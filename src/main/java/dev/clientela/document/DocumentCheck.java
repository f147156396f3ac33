package dev.clientela.document;

import java.util.List;

/**
 * What a document number says once read: its canonical form (stored and compared), its display form, the
 * kind of holder it implies, whether it stands for an anonymous buyer, what is wrong with it, and the other
 * documents that belong to the same holder.
 */
public record DocumentCheck(
        String country,
        String type,
        String number,
        String formatted,
        HolderKind kind,
        String checkDigit,
        boolean anonymous,
        List<DocumentProblem> errors,
        List<DocumentProblem> warnings,
        List<DocumentRef> sameHolder) {

    public DocumentCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        sameHolder = List.copyOf(sameHolder);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
