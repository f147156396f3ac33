package dev.clientela.document;

import java.time.Clock;
import java.util.List;

/** The countries of the catalogue: the four the seed systems serve first, then their neighbours. */
final class LatinAmericanDocuments {

    private LatinAmericanDocuments() {}

    static List<CountryDocuments> all(Clock clock) {
        return List.of(
                SeedCountries.peru(),
                SeedCountries.colombia(),
                SeedCountries.uruguay(),
                SeedCountries.honduras(clock),
                SouthAmericanCountries.argentina(),
                SouthAmericanCountries.chile(),
                NorthAndCentralAmericanCountries.mexico(),
                SouthAmericanCountries.ecuador(),
                SouthAmericanCountries.brazil(),
                NorthAndCentralAmericanCountries.guatemala(),
                NorthAndCentralAmericanCountries.costaRica(),
                NorthAndCentralAmericanCountries.dominicanRepublic(),
                NorthAndCentralAmericanCountries.elSalvador(),
                SouthAmericanCountries.paraguay(),
                SouthAmericanCountries.bolivia(),
                SouthAmericanCountries.venezuela(),
                NorthAndCentralAmericanCountries.panama());
    }
}
