package dev.clientela.document;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** python-stdnum, the reference the field validates these numbers with, asked about many numbers in one process. */
final class Stdnum {

    /** Debian's python, where Debian's python3-stdnum installs; a python first on the PATH may lack it. */
    private static final String PYTHON = "/usr/bin/python3";

    private static final String HOW_TO_INSTALL =
            "python-stdnum is needed for " + PYTHON + ": install it with 'apt-get install python3-stdnum'";

    /** What stdnum says of one number: valid or not, its compact form, and whether it is on stdnum's own exception list. */
    record Verdict(boolean valid, String compact, boolean listedException) {}

    /** A number for one stdnum module, named as in {@code stdnum.<module>}: "ec.ci". */
    record Question(String module, String number) {}

    private Stdnum() {}

    static List<Verdict> verdicts(List<Question> questions) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            fail(HOW_TO_INSTALL + " (" + PYTHON + " itself is missing)");
        }
        Path dir = Files.createTempDirectory("stdnum");
        try {
            Path script = dir.resolve("stdnum-verdicts.py");
            try (InputStream in = Stdnum.class.getResourceAsStream("/stdnum-verdicts.py")) {
                Files.copy(in, script);
            }
            Path cases = dir.resolve("cases.tsv");
            Path answers = dir.resolve("verdicts.txt");
            var lines = new StringBuilder();
            questions.forEach(q ->
                    lines.append(q.module()).append('\t').append(q.number()).append('\n'));
            Files.writeString(cases, lines, StandardCharsets.UTF_8);
            Process python = new ProcessBuilder(PYTHON, script.toString(), cases.toString(), answers.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!python.waitFor(2, TimeUnit.MINUTES)) {
                python.destroyForcibly();
                fail("python-stdnum did not answer within two minutes");
            }
            if (python.exitValue() == 3) {
                fail(HOW_TO_INSTALL + "\n" + output);
            }
            if (python.exitValue() != 0) {
                fail("python-stdnum failed (exit " + python.exitValue() + "):\n" + output);
            }
            return read(Files.readAllLines(answers, StandardCharsets.UTF_8), questions.size());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<Verdict> read(List<String> lines, int expected) {
        if (lines.size() != expected) {
            fail("python-stdnum answered " + lines.size() + " of " + expected + " numbers");
        }
        var verdicts = new ArrayList<Verdict>(expected);
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            verdicts.add(new Verdict(parts[0].equals("1"), parts[1], parts.length > 2 && parts[2].equals("w")));
        }
        return verdicts;
    }
}
