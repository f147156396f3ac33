package dev.clientela.document;

import java.time.Clock;
import java.util.List;

/** The countries of the catalogue: the four the seed systems serve first, then their neighbours. */
final class LatinAmericanDocuments {

    private LatinAmericanDocuments() {}

    static List<CountryDocuments> all() {
        return List.of(
                SeedCountries.peru(),
                SeedCountries.colombia(),
                SeedCountries.uruguay(),
                SeedCountries.honduras(Clock.systemUTC()),
                NeighbourCountries.argentina(),
                NeighbourCountries.chile(),
                NeighbourCountries.mexico(),
                NeighbourCountries.ecuador(),
                NeighbourCountries.brazil(),
                NeighbourCountries.guatemala(),
                NeighbourCountries.costaRica(),
                NeighbourCountries.dominicanRepublic(),
                NeighbourCountries.elSalvador(),
                NeighbourCountries.paraguay(),
                NeighbourCountries.bolivia(),
                NeighbourCountries.venezuela(),
                NeighbourCountries.panama());
    }
}
