package dev.clientela.document;

import java.util.Map;
import java.util.Set;

/**
 * Costa Rica's cédula de persona jurídica: 10 digits, a class (2 the State, 3 companies and associations, 4 and 5
 * others), a three-digit type from the Registro Nacional's list of classes and types, and a six-digit sequence:
 * 3-101-123456 is a sociedad anónima.
 */
final class CostaRicaLegalCedula implements NumberRule {

    /** The Registro Nacional's "Listado de clases y tipos de cédulas jurídicas". */
    private static final Map<Character, Set<String>> TYPES = Map.of(
            '2', Set.of("100", "200", "300", "400"),
            '3',
                    Set.of(
                            "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012", "013", "014",
                            "101", "102", "103", "104", "105", "106", "107", "108", "109", "110"),
            '4', Set.of("000"),
            '5', Set.of("001"));

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(10) || !exam.digits()) {
            return;
        }
        Set<String> types = TYPES.get(exam.number().charAt(0));
        if (types == null) {
            exam.badComponent(exam.label() + " must start with a class from 2 to 5");
        } else if (!types.contains(exam.number().substring(1, 4))) {
            exam.badComponent(exam.label() + " names a type its class does not have");
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 1, 3);
    }
}
