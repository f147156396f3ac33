package dev.clientela.document;

import java.util.ArrayList;
import java.util.List;

/** The findings about one number while its rule reads it. Used by one thread, then turned into a check. */
final class Examination {

    private final String number;
    private HolderKind kind;
    private String checkDigit;
    private List<DocumentProblem> errors = List.of();
    private List<DocumentProblem> warnings = List.of();
    private List<DocumentRef> sameHolder = List.of();
    private final String country;
    private final String label;

    Examination(String country, String type, String number, HolderKind kind) {
        this.country = country;
        this.label = country + " " + type;
        this.number = number;
        this.kind = kind;
    }

    /** How messages name the document: "PE RUC". */
    String label() {
        return label;
    }

    String number() {
        return number;
    }

    int length() {
        return number.length();
    }

    int digit(int index) {
        return number.charAt(index) - '0';
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    void fail(String code, String message) {
        if (errors.isEmpty()) {
            errors = new ArrayList<>(2);
        }
        errors.add(new DocumentProblem(code, message));
    }

    void warn(String code, String message) {
        if (warnings.isEmpty()) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(new DocumentProblem(code, message));
    }

    void implies(HolderKind kind) {
        this.kind = kind;
    }

    void checkDigit(String checkDigit) {
        this.checkDigit = checkDigit;
    }

    void sameHolder(String type, String number) {
        if (sameHolder.isEmpty()) {
            sameHolder = new ArrayList<>(2);
        }
        sameHolder.add(new DocumentRef(country, type, number));
    }

    /** Fails with invalid_length unless the number has between min and max characters. */
    boolean lengthBetween(int min, int max) {
        int length = number.length();
        if (length >= min && length <= max) {
            return true;
        }
        String size = min == max ? String.valueOf(min) : min + " to " + max;
        fail(DocumentProblem.INVALID_LENGTH, label + " must be " + size + " characters long");
        return false;
    }

    /** Fails with invalid_format unless characters from..to are all ASCII digits. */
    boolean digits(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                fail(DocumentProblem.INVALID_FORMAT, label + " must be digits only");
                return false;
            }
        }
        return true;
    }

    boolean lengthIs(int length) {
        return lengthBetween(length, length);
    }

    boolean digits() {
        return digits(0, number.length());
    }

    void badComponent(String message) {
        fail(DocumentProblem.INVALID_COMPONENT, message);
    }

    /** Compares the written check digit(s) at the end of the number with the expected ones; a mismatch is an error. */
    boolean checkDigitMatches(String expected) {
        return checkDigitMatches(number.length() - expected.length(), expected);
    }

    /** The same for check digits written at {@code at}, inside the number. */
    boolean checkDigitMatches(int at, String expected) {
        checkDigit = number.substring(at, at + expected.length());
        if (checkDigit.equals(expected)) {
            return true;
        }
        fail(DocumentProblem.INVALID_CHECK_DIGIT, "The check digit of this " + label + " does not match its number");
        return false;
    }

    /** For bases whose sum leaves the one remainder no check digit stands for: no such number is ever issued. */
    void noCheckDigitFits(int at) {
        checkDigit = number.substring(at, at + 1);
        fail(DocumentProblem.INVALID_CHECK_DIGIT, label + " cannot exist: no check digit fits its number");
    }

    DocumentCheck toCheck(String type, String formatted) {
        return new DocumentCheck(
                country, type, number, formatted, kind, checkDigit, false, errors, warnings, sameHolder);
    }
}
