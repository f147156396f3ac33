package dev.clientela.document;

/** Why a number is rejected or doubtful: a stable code and an English message. */
public record DocumentProblem(String code, String message) {

    public static final String INVALID_LENGTH = "invalid_length";
    public static final String INVALID_FORMAT = "invalid_format";
    public static final String INVALID_COMPONENT = "invalid_component";
    public static final String INVALID_CHECK_DIGIT = "invalid_check_digit";
    /** Warning: a check digit computed by an algorithm the authority does not stand behind did not match. */
    public static final String UNOFFICIAL_CHECK_DIGIT = "unofficial_check_digit";
}
