package dev.clientela.document.bench;

import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentCheck;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** How many numbers per second one thread can check: what a bulk import or a busy till costs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DocumentCheckBenchmark {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica();

    // Non-final fields, so the JIT cannot fold the inputs into constants.
    private String ruc = "20512333797";
    private String nit = "900.123.456-8";
    private String rut = "21-100342-001-7";
    private String typedWithUnicode = "０８０１‐１９９０‐１２３４５";

    @Benchmark
    public DocumentCheck peruRuc() {
        return catalog.check("PE", "RUC", ruc);
    }

    @Benchmark
    public DocumentCheck colombiaNit() {
        return catalog.check("CO", "NIT", nit);
    }

    @Benchmark
    public DocumentCheck uruguayRut() {
        return catalog.check("UY", "RUT", rut);
    }

    @Benchmark
    public DocumentCheck hondurasDniTypedInFullWidth() {
        return catalog.check("HN", "DNI", typedWithUnicode);
    }
}
