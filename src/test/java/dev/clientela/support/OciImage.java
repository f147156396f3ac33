package dev.clientela.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OCI image archive read without a container runtime: its configuration through skopeo (Debian's
 * {@code skopeo}), its layers unpacked in order into a directory that can serve as a root.
 */
public final class OciImage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path archive;

    private OciImage(Path archive) {
        this.archive = archive;
    }

    public static OciImage at(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new AssertionError("No " + archive + ": build it with ./mvnw -Pimage -DskipTests package");
        }
        return new OciImage(archive);
    }

    /** The image configuration's {@code config}: user, entrypoint, environment, ports, labels. */
    public JsonNode config() throws Exception {
        String inspected;
        try {
            inspected = run(List.of("skopeo", "inspect", "--config", "oci-archive:" + archive.toAbsolutePath()));
        } catch (IOException noSkopeo) {
            throw new AssertionError("Reading the image needs skopeo: apt-get install skopeo", noSkopeo);
        }
        return JSON.readTree(inspected).get("config");
    }

    /** Unpacks every layer of the image's one manifest, lowest first, into {@code root}. */
    public Path unpack(Path root) throws Exception {
        Path layout = Files.createTempDirectory("oci-layout");
        run(List.of("tar", "-xf", archive.toAbsolutePath().toString(), "-C", layout.toString()));
        JsonNode index = JSON.readTree(Files.readString(layout.resolve("index.json")));
        JsonNode manifest = JSON.readTree(Files.readString(
                blob(layout, index.get("manifests").get(0).get("digest").stringValue())));
        Files.createDirectories(root);
        for (JsonNode layer : manifest.get("layers")) {
            run(List.of(
                    "tar",
                    "--warning=no-unknown-keyword",
                    "--same-owner",
                    "--same-permissions",
                    "-xzf",
                    blob(layout, layer.get("digest").stringValue()).toString(),
                    "-C",
                    root.toString()));
        }
        run(List.of("rm", "-rf", layout.toString()));
        return root;
    }

    private static Path blob(Path layout, String digest) {
        return layout.resolve("blobs").resolve(digest.replace(':', '/'));
    }

    /** Runs a command to its end and returns what it printed; a failure is the test's failure. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        return run(command, System.getenv());
    }

    /** The same, with exactly this environment and nothing inherited. */
    public static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + exit + ":\n" + output);
        }
        return output;
    }
}
