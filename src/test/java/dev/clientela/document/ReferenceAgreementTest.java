package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.document.DeliberateDifferences.Difference;
import dev.clientela.document.DeliberateDifferences.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Our catalogue and python-stdnum, the reference Odoo and most of the field validate with, give the same verdict and
 * the same compact form for thousands of valid numbers per type and for their one-character mutations, except where
 * {@link DeliberateDifferences} names the reason. Replay a run with -Dclientela.seed=N.
 */
class ReferenceAgreementTest {

    private static final int VALID_PER_TYPE = 3000;
    private static final DocumentCatalog catalog = DocumentCatalog.latinAmerica(java.time.Clock.systemUTC());

    /** One of our types, the stdnum module that reads the same document, and how its valid numbers are made. */
    record ReferenceType(String country, String type, String module, Function<SplittableRandom, String> valid) {
        String label() {
            return country + " " + type;
        }
    }

    /** Each type both sides cover. Not covered by stdnum 1.18: UY CI, GT CUI, SV DUI, PY and VE CI, BO, HN, PA. */
    static final List<ReferenceType> TYPES = List.of(
            new ReferenceType("PE", "RUC", "pe.ruc", ReferenceNumbers::peruRuc),
            new ReferenceType("PE", "DNI", "pe.cui", ReferenceNumbers::peruDni),
            new ReferenceType("CO", "NIT", "co.nit", ReferenceNumbers::colombiaNit),
            new ReferenceType("UY", "RUT", "uy.rut", ReferenceNumbers::uruguayRut),
            new ReferenceType("CL", "RUT", "cl.rut", ReferenceNumbers::chileRut),
            new ReferenceType("AR", "CUIT", "ar.cuit", ReferenceNumbers::argentinaCuit),
            new ReferenceType("AR", "DNI", "ar.dni", ReferenceNumbers::argentinaDni),
            new ReferenceType("EC", "CI", "ec.ci", ReferenceNumbers::ecuadorCi),
            new ReferenceType("EC", "RUC", "ec.ruc", ReferenceNumbers::ecuadorRuc),
            new ReferenceType("BR", "CPF", "br.cpf", ReferenceNumbers::brazilCpf),
            new ReferenceType("BR", "CNPJ", "br.cnpj", ReferenceNumbers::brazilCnpj),
            new ReferenceType("VE", "RIF", "ve.rif", ReferenceNumbers::venezuelaRif),
            new ReferenceType("GT", "NIT", "gt.nit", ReferenceNumbers::guatemalaNit),
            new ReferenceType("PY", "RUC", "py.ruc", ReferenceNumbers::paraguayRuc),
            new ReferenceType("DO", "RNC", "do.rnc", ReferenceNumbers::dominicanRnc),
            new ReferenceType("DO", "CEDULA", "do.cedula", ReferenceNumbers::dominicanCedula),
            new ReferenceType("SV", "NIT", "sv.nit", ReferenceNumbers::salvadorNit),
            new ReferenceType("MX", "RFC", "mx.rfc", ReferenceNumbers::mexicoRfc),
            new ReferenceType("MX", "CURP", "mx.curp", ReferenceNumbers::mexicoCurp),
            new ReferenceType("CR", "CEDULA_FISICA", "cr.cpf", ReferenceNumbers::costaRicaCedula),
            new ReferenceType("CR", "CEDULA_JURIDICA", "cr.cpj", ReferenceNumbers::costaRicaLegalCedula),
            new ReferenceType("CR", "DIMEX", "cr.cr", ReferenceNumbers::costaRicaDimex));

    /** A number to read; {@code exampleOf} is the difference it was written to show, for the examples. */
    record Case(ReferenceType type, String written, Difference exampleOf) {}

    @Test
    void catalogueAgreesWithPythonStdnumOnEveryTypeBothCover() throws Exception {
        long seed = Long.getLong("clientela.seed", new SplittableRandom().nextLong());
        System.out.println("ReferenceAgreementTest seed=" + seed);
        long started = System.nanoTime();
        List<Case> cases = cases(new SplittableRandom(seed));
        var verdicts = Stdnum.verdicts(cases.stream()
                .map(c -> new Stdnum.Question(c.type().module(), c.written()))
                .toList());

        var tallies = new LinkedHashMap<ReferenceType, Tally>();
        var unexplained = new ArrayList<String>();
        var staleExamples = new ArrayList<String>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            var reading = new Reading(
                    c.type().country(),
                    c.type().type(),
                    c.written(),
                    catalog.check(c.type().country(), c.type().type(), c.written()),
                    verdicts.get(i));
            Tally tally = tallies.computeIfAbsent(c.type(), t -> new Tally());
            tally.compared++;
            var difference = reading.agree() ? Optional.<Difference>empty() : DeliberateDifferences.explaining(reading);
            if (c.exampleOf() != null && !difference.equals(Optional.of(c.exampleOf()))) {
                staleExamples.add(c.exampleOf().name() + ": " + describe(reading));
            }
            if (reading.agree()) {
                tally.agreed++;
            } else if (difference.isPresent()) {
                tally.named.merge(difference.get().name(), 1, Integer::sum);
            } else {
                unexplained.add(describe(reading));
            }
        }
        tallies.forEach((type, tally) -> System.out.println(tally.line(type)));
        System.out.printf(
                "ReferenceAgreementTest compared %d numbers in %d ms%n",
                cases.size(), (System.nanoTime() - started) / 1_000_000);

        assertThat(unexplained)
                .as("seed %d: disagreements with python-stdnum that no deliberate difference names", seed)
                .isEmpty();
        assertThat(staleExamples)
                .as("deliberate differences whose example no longer shows them")
                .isEmpty();
    }

    /** For each type, valid numbers, one character of each changed, two neighbours of each swapped; then examples. */
    private static List<Case> cases(SplittableRandom random) {
        var cases = new ArrayList<Case>();
        for (ReferenceType type : TYPES) {
            for (int i = 0; i < VALID_PER_TYPE; i++) {
                String valid = type.valid().apply(random);
                cases.add(new Case(type, valid, null));
                cases.add(new Case(type, Mutation.changeOne(valid, random), null));
                Mutation.swapNeighbours(valid, random).ifPresent(swapped -> cases.add(new Case(type, swapped, null)));
            }
        }
        for (Difference difference : DeliberateDifferences.ALL) {
            TYPES.stream()
                    .filter(t ->
                            t.country().equals(difference.country()) && t.type().equals(difference.type()))
                    .forEach(t -> cases.add(new Case(t, difference.example(), difference)));
        }
        return cases;
    }

    private static String describe(Reading r) {
        return r.country() + " " + r.type() + " " + r.written() + ": ours "
                + (r.ours().valid()
                        ? "valid as " + r.ours().number()
                        : "invalid " + r.ours().errors()) + ", stdnum "
                + (r.theirs().valid() ? "valid as " + r.theirs().compact() : "invalid");
    }

    private static final class Tally {
        int compared;
        int agreed;
        final Map<String, Integer> named = new LinkedHashMap<>();

        String line(ReferenceType type) {
            return String.format(
                    "%-20s %6d compared, %6d agree%s",
                    type.label(), compared, agreed, named.isEmpty() ? "" : ", named differences " + named);
        }
    }
}
