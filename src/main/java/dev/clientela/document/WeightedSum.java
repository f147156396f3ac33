package dev.clientela.document;

/** The weighted digit sums most check digits are made of. Callers ensure the characters are digits. */
final class WeightedSum {

    private WeightedSum() {}

    /** Sum of digit(from + i) × weights[i]. */
    static int leftToRight(CharSequence number, int from, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (number.charAt(from + i) - '0') * weights[i];
        }
        return sum;
    }

    /** Sum of the digits before {@code end}, the rightmost times weights[0], the next times weights[1]... */
    static int rightToLeft(CharSequence number, int end, int... weights) {
        int sum = 0;
        for (int i = 0; i < end; i++) {
            sum += (number.charAt(end - 1 - i) - '0') * weights[i];
        }
        return sum;
    }

    /** Sum of the digits before {@code end} weighted 2, 3, 4... from the rightmost. */
    static int risingFromRight(CharSequence number, int end, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < end; i++) {
            sum += (number.charAt(end - 1 - i) - '0') * (firstWeight + i);
        }
        return sum;
    }

    /** Luhn's sum over the digits before {@code end}, doubling every second digit from the rightmost. */
    static int luhn(CharSequence number, int end) {
        int sum = 0;
        for (int i = 0; i < end; i++) {
            int digit = number.charAt(end - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    static String digit(int value) {
        return String.valueOf((char) ('0' + value));
    }
}
