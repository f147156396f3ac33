package dev.clientela.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.OciImage;
import dev.clientela.support.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OCI image {@code -Pimage} writes, taken apart without a container runtime: its configuration
 * read with skopeo, its layers unpacked, and its entrypoint run under chroot as the image's user with
 * the image's environment, against an external PostgreSQL, as {@code docker run} would run it. Needs
 * root (chroot, mount) and skopeo; runs only in the {@code image} profile.
 */
class ImageIT {

    private static final Path ARCHIVE = Path.of("target/clientela-image.tar");
    private static final String PLATFORM_KEY = "image-platform-key";

    private static JsonNode config;
    private static Path root;

    @BeforeAll
    static void unpackTheImage() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new AssertionError("ImageIT runs the image under chroot, which needs root");
        }
        OciImage image = OciImage.at(ARCHIVE);
        config = image.config();
        root = image.unpack(Files.createTempDirectory("image-root").resolve("rootfs"));
        provideWhatARuntimeProvides(root);
    }

    @AfterAll
    static void removeTheRoot() throws Exception {
        if (root != null) {
            OciImage.run(List.of("umount", root.resolve("proc").toString()));
            OciImage.run(List.of("rm", "-rf", root.getParent().toString()));
        }
    }

    @Test
    void runsAsAnUnprivilegedUserAndListensOn8080() {
        assertThat(config.get("User").stringValue()).isEqualTo("10001:10001");
        assertThat(config.get("ExposedPorts").propertyNames()).containsExactly("8080/tcp");
        assertThat(config.get("Entrypoint").get(0).stringValue()).isEqualTo("/opt/java/bin/java");
        assertThat(config.get("Labels").get("org.opencontainers.image.title").stringValue())
                .isEqualTo("Clientela");
    }

    @Test
    void theImagesOwnJavaRunsAsItsUserWithAHeapSizedByTheContainersMemory() throws Exception {
        assertThat(environment()).containsEntry("LANG", "C.UTF-8");
        assertThat(environment().get("JAVA_TOOL_OPTIONS"))
                .contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");

        String shown = OciImage.run(
                inImage(List.of(entrypoint().get(0), "-XshowSettings:properties", "-version")), environment());

        assertThat(shown).contains("user.name = clientela", "sun.jnu.encoding = UTF-8", "OpenJDK Runtime");
        String flags =
                OciImage.run(inImage(List.of(entrypoint().get(0), "-XX:+PrintFlagsFinal", "-version")), environment());
        assertThat(flags)
                .containsPattern("MaxRAMPercentage += 75\\.0+ +\\{product\\} \\{environment\\}")
                .containsPattern("ExitOnOutOfMemoryError += true +\\{product\\} \\{environment\\}");
    }

    @Test
    void theEntrypointServesClientsFromAnExternalPostgresqlAndStopsOnSigterm() throws Exception {
        int port = freePort();
        Map<String, String> service = new LinkedHashMap<>(environment());
        service.put("CLIENTELA_DB_URL", TestDatabase.jdbcUrl());
        service.put("CLIENTELA_DB_USER", TestDatabase.user());
        service.put("CLIENTELA_DB_OWNER_USER", TestDatabase.owner());
        service.put("CLIENTELA_BOOTSTRAP_API_KEY", PLATFORM_KEY);
        service.put("SERVER_PORT", String.valueOf(port));
        ProcessBuilder builder = new ProcessBuilder(inImage(entrypoint())).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(service);
        Process process = builder.start();
        try {
            String started = awaitStart(process);
            System.out.print(started);
            assertThat(started).doesNotContain("EmbeddedPostgres");
            Api api = new Api("http://127.0.0.1:" + port);

            assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
            Response ready = api.get("/actuator/health/readiness");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body().get("status").stringValue()).isEqualTo("UP");
            Response created = api.as(PLATFORM_KEY).post("/api/v1/clients", "{\"name\": \"María Peña Ñáñez\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            Response read = api.as(PLATFORM_KEY)
                    .get("/api/v1/clients/" + created.body().get("id").stringValue());
            assertThat(read.body().get("name").stringValue()).isEqualTo("María Peña Ñáñez");

            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("exits within 60 s of SIGTERM")
                    .isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** What the service printed until it said it had started; fails with the output if it exits. */
    private static String awaitStart(Process process) throws Exception {
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("Started ClientelaApplication")) {
                Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> {}));
                return seen.toString();
            }
        }
        throw new AssertionError("The image's entrypoint did not start the service:\n" + seen);
    }

    /** The command run inside the unpacked image as its user, as a runtime runs the entrypoint. */
    private static List<String> inImage(List<String> command) {
        List<String> chrooted = new ArrayList<>(
                List.of("/usr/sbin/chroot", "--userspec=" + config.get("User").stringValue(), root.toString()));
        chrooted.addAll(command);
        return chrooted;
    }

    private static List<String> entrypoint() {
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(arg -> entrypoint.add(arg.stringValue()));
        return entrypoint;
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode variable : config.get("Env")) {
            String[] pair = variable.stringValue().split("=", 2);
            environment.put(pair[0], pair[1]);
        }
        return environment;
    }

    /**
     * A container runtime mounts /proc (where the loader finds the JVM's own libraries from), creates
     * the standard devices (the JVM seeds its random numbers from /dev/urandom) and writes /etc/hosts;
     * the image has none of them of its own.
     */
    private static void provideWhatARuntimeProvides(Path root) throws Exception {
        Files.createDirectories(root.resolve("proc"));
        OciImage.run(List.of("mount", "-t", "proc", "proc", root.resolve("proc").toString()));
        Path dev = Files.createDirectories(root.resolve("dev"));
        for (String[] device : List.of(
                new String[] {"null", "3"},
                new String[] {"zero", "5"},
                new String[] {"full", "7"},
                new String[] {"random", "8"},
                new String[] {"urandom", "9"})) {
            OciImage.run(List.of("mknod", "-m", "666", dev.resolve(device[0]).toString(), "c", "1", device[1]));
        }
        Files.writeString(root.resolve("etc/hosts"), "127.0.0.1\tlocalhost\n::1\tlocalhost\n");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
