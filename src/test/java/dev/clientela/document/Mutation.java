package dev.clientela.document;

import java.util.ArrayList;
import java.util.Optional;
import java.util.SplittableRandom;

/** The typing slips a check digit is there to catch: one character changed, two neighbours swapped. */
final class Mutation {

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Mutation() {}

    /** A digit becomes another digit, a letter another letter; separators stay as they are. */
    static String changeOne(String number, SplittableRandom random) {
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < number.length(); i++) {
            if (Character.isLetterOrDigit(number.charAt(i))) {
                positions.add(i);
            }
        }
        int at = positions.get(random.nextInt(positions.size()));
        String alphabet = Character.isDigit(number.charAt(at)) ? DIGITS : LETTERS;
        char replacement;
        do {
            replacement = alphabet.charAt(random.nextInt(alphabet.length()));
        } while (replacement == number.charAt(at));
        return number.substring(0, at) + replacement + number.substring(at + 1);
    }

    /** Two different neighbouring characters (neither a separator) swapped; empty when the number has none. */
    static Optional<String> swapNeighbours(String number, SplittableRandom random) {
        var positions = new ArrayList<Integer>();
        for (int i = 0; i + 1 < number.length(); i++) {
            char a = number.charAt(i);
            char b = number.charAt(i + 1);
            if (a != b && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        int at = positions.get(random.nextInt(positions.size()));
        char[] chars = number.toCharArray();
        chars[at] = number.charAt(at + 1);
        chars[at + 1] = number.charAt(at);
        return Optional.of(new String(chars));
    }
}
