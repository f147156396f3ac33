package dev.clientela.document;

import java.util.List;
import java.util.Set;

/** A document type with the rule that reads its numbers and the placeholder numbers that mean "anonymous buyer". */
record CatalogEntry(DocumentType type, NumberRule rule, Set<String> anonymous) {

    DocumentCheck read(String raw) {
        return examine(rule.canonical(TypedNumber.compact(raw, rule.separators())));
    }

    /** A base written with a dash and one last character already carries its check digit, so it is read as is. */
    DocumentCheck readBase(String rawBase) {
        String dashed = TypedNumber.compact(rawBase, ". ");
        if (dashed.length() > 2 && dashed.charAt(dashed.length() - 2) == '-') {
            return read(rawBase);
        }
        String base = TypedNumber.compact(rawBase, rule.separators());
        return examine(rule.canonical(base.isEmpty() ? base : rule.withCheckDigit(base)));
    }

    private DocumentCheck examine(String number) {
        Examination exam = new Examination(type.country(), type.code(), number, type.kind());
        if (number.isEmpty()) {
            exam.fail(DocumentProblem.INVALID_LENGTH, exam.label() + " is missing");
        } else {
            rule.examine(exam);
        }
        String formatted = exam.failed() ? number : rule.format(number);
        if (anonymous.contains(number)) {
            return anonymousBuyer(number, formatted, exam);
        }
        return exam.toCheck(type.code(), formatted);
    }

    /** Placeholders are valid by definition even where the type's own rule would refuse them (Guatemala's CF). */
    private DocumentCheck anonymousBuyer(String number, String formatted, Examination exam) {
        DocumentCheck read = exam.toCheck(type.code(), formatted);
        HolderKind kind = exam.failed() ? type.kind() : read.kind();
        return new DocumentCheck(
                type.country(),
                type.code(),
                number,
                formatted,
                kind,
                read.checkDigit(),
                true,
                List.of(),
                List.of(),
                List.of());
    }
}
