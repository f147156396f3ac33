package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.Seed;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Recall and precision of the duplicate report on a tenant of 100,000 generated clients with 1,000
 * planted duplicates, each planted the way staff make them: the name reordered without accents and
 * the same phone; a spelling that sounds the same, in the same city, with the same email; a DNI with
 * one digit wrong or two swapped; particles added, with the same email. Slow (minutes on a loaded
 * machine), so it is outside the default suite: {@code ./mvnw test -Pduplicates-bench}.
 */
class DuplicateRecallBench extends ApiTest {

    static final int CLIENTS = Integer.getInteger("clientela.bench.clients", 100_000);
    static final int PLANTED = Integer.getInteger("clientela.bench.planted", 1_000);

    static final String[] FIRST =
            ("José Juan Luis Carlos Jorge Miguel Pedro Manuel Víctor Hugo Raúl Andrés Javier Diego Pablo"
                            + " Ricardo Fernando Alberto Roberto Sergio Óscar Héctor Rubén Iván Gonzalo Álvaro Joaquín Ramón Ángel"
                            + " Eduardo Mario Julio César Rafael Gabriel Alejandro Daniel Francisco Antonio Enrique Guillermo Ignacio"
                            + " María Ana Rosa Carmen Lucía Sofía Valeria Camila Isabel Elena Patricia Gabriela Verónica Beatriz"
                            + " Silvia Mónica Claudia Lorena Natalia Andrea Paula Laura Sandra Teresa Gloria Julia Inés Cecilia"
                            + " Liliana Roxana Yolanda Zoila Hilda Norma Olga Elvira Esther Raquel Noemí Pilar Violeta Graciela"
                            + " Vilma Celia Susana Adriana Ximena Jimena Marisol Marlene Eva Alicia Irene Luz")
                    .split(" ");
    static final String[] LAST =
            ("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez"
                            + " Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez"
                            + " Ramos Gil Ramírez Serrano Blanco Suárez Molina Morales Ortega Delgado Castro Ortiz Rubio Marín"
                            + " Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz"
                            + " Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez"
                            + " Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez"
                            + " Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez"
                            + " Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Quispe Mamani Huamán Condori Chávez"
                            + " Cárdenas Paredes Salazar Villanueva Zapata Valverde Cabanillas Yupanqui Ccori Huanca Apaza"
                            + " Tupac Llanos Villegas Zevallos Bustamante Benavides Olivares Valdivia Zúñiga Becerra Vilca"
                            + " Hinostroza Cahuana Ayala Espinoza Tello Vilchez Silva Meza Luna Rivera Acosta")
                    .split(" ");
    static final String[] CITIES =
            ("Lima Arequipa Trujillo Chiclayo Piura Iquitos Cusco Huancayo Tacna Ica Juliaca Pucallpa"
                            + " Chimbote Sullana Ayacucho Cajamarca Puno Tumbes Huaraz Tarapoto Moquegua Abancay Huánuco Chincha"
                            + " Talara Jaén Huacho Barranca Ilo Moyobamba")
                    .split(" ");

    @Autowired
    DuplicateReport report;

    @Test
    void theReportFindsThePlantedDuplicatesAndLittleElse() throws Exception {
        Seed seed = Seed.forRun(DuplicateRecallBench.class);
        Random random = seed.random();
        String key = openTenant("Cien mil", "PE");
        Api shop = api.as(key);
        UUID tenantId = shop.tenantId();
        List<Row> rows = new ArrayList<>();
        Set<String> dnis = new HashSet<>();
        for (int i = 0; i < CLIENTS; i++) {
            rows.add(Row.random(random, dnis));
        }
        Map<UUID, UUID> planted = new HashMap<>();
        for (int i = 0; i < PLANTED; i++) {
            Row base = rows.get(i * (CLIENTS / PLANTED));
            Row twin = base.twin(random, i % 4, dnis);
            rows.add(twin);
            planted.put(twin.id, base.id);
        }
        long loading = System.nanoTime();
        load(tenantId, rows);
        System.out.printf("loaded %,d clients in %.1f s%n", rows.size(), (System.nanoTime() - loading) / 1e9);

        long building = System.nanoTime();
        int pairs = report.refresh(tenantId);
        double buildSeconds = (System.nanoTime() - building) / 1e9;
        System.out.printf("report built in %.1f s: %,d pairs%n", buildSeconds, pairs);
        TableDumps.query(
                        "select r || ' ' || count(*) from duplicate_pairs, unnest(reasons) r where tenant_id = ? group by r",
                        tenantId)
                .forEach(System.out::println);

        long reading = System.nanoTime();
        List<JsonNode> groups = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = read(key, "/api/v1/duplicates?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("data").forEach(groups::add);
            cursor = page.get("has_more").booleanValue()
                    ? page.get("next_cursor").stringValue()
                    : null;
        } while (cursor != null && groups.size() < PLANTED);
        System.out.printf("first %,d groups read in %.1f s%n", groups.size(), (System.nanoTime() - reading) / 1e9);
        List<JsonNode> first = groups.subList(0, Math.min(PLANTED, groups.size()));
        int found = 0;
        int truthful = 0;
        for (JsonNode group : first) {
            Set<UUID> members = new HashSet<>();
            group.get("clients")
                    .forEach(c -> members.add(UUID.fromString(c.get("client_id").stringValue())));
            long plantedHere = planted.entrySet().stream()
                    .filter(p -> members.contains(p.getKey()) && members.contains(p.getValue()))
                    .count();
            found += (int) plantedHere;
            truthful += plantedHere > 0 ? 1 : 0;
        }
        double recall = found / (double) PLANTED;
        double precision = truthful / (double) first.size();
        System.out.printf(
                "duplicate report: %,d clients, %,d planted; built in %.1f s (%,d pairs); recall %.3f, precision of the"
                        + " first %,d groups %.3f%n",
                rows.size(), PLANTED, buildSeconds, pairs, recall, first.size(), precision);

        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
    }

    /** A page of the report, waited for as long as it takes: the time is what is measured. */
    private JsonNode read(String key, String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key)
                .timeout(java.time.Duration.ofMinutes(10))
                .build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.parse(response.body());
    }

    private static void load(UUID tenantId, List<Row> rows) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "")) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into clients (tenant_id, id, number, kind, name, doc_country, doc_type, doc_number, doc_formatted,
                        email, phone, phone_e164, address, name_key, search_text, created_at, updated_at)
                    select ?, id, n, 'PERSON', name, case when dni is null then null else 'PE' end,
                        case when dni is null then null else 'DNI' end, dni, dni, email, phone, phone, jsonb_build_object('city', city),
                        clientela_fold(name), clientela_fold(name), now(), now()
                    from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        as r(id, n, name, dni, email, phone, city)""")) {
                for (int from = 0; from < rows.size(); from += 5_000) {
                    List<Row> batch = rows.subList(from, Math.min(rows.size(), from + 5_000));
                    int start = from;
                    insert.setObject(1, tenantId);
                    insert.setArray(
                            2,
                            c.createArrayOf(
                                    "uuid", batch.stream().map(r -> r.id).toArray()));
                    insert.setArray(
                            3,
                            c.createArrayOf(
                                    "bigint",
                                    java.util.stream.IntStream.range(0, batch.size())
                                            .mapToObj(i -> (long) (start + i + 1))
                                            .toArray()));
                    insert.setArray(
                            4,
                            c.createArrayOf(
                                    "text", batch.stream().map(r -> r.name).toArray()));
                    insert.setArray(
                            5,
                            c.createArrayOf(
                                    "text", batch.stream().map(r -> r.dni).toArray()));
                    insert.setArray(
                            6,
                            c.createArrayOf(
                                    "text", batch.stream().map(r -> r.email).toArray()));
                    insert.setArray(
                            7,
                            c.createArrayOf(
                                    "text", batch.stream().map(r -> r.phone).toArray()));
                    insert.setArray(
                            8,
                            c.createArrayOf(
                                    "text", batch.stream().map(r -> r.city).toArray()));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement counter =
                    c.prepareStatement("insert into client_counters (tenant_id, last_number) values (?, ?)")) {
                counter.setObject(1, tenantId);
                counter.setLong(2, rows.size());
                counter.executeUpdate();
            }
            c.commit();
            c.createStatement().execute("analyze clients");
        }
    }

    /** One generated client: about two in three have a DNI, one in three an email, most a mobile. */
    static final class Row {
        final UUID id = UUID.randomUUID();
        String name;
        String dni;
        String email;
        String phone;
        String city;

        static Row random(Random random, Set<String> dnis) {
            Row r = new Row();
            String first = pick(random, FIRST) + (random.nextInt(3) == 0 ? " " + pick(random, FIRST) : "");
            r.name = first + " " + pick(random, LAST) + " " + pick(random, LAST);
            r.dni = random.nextInt(3) < 2 ? freshDni(random, dnis) : null;
            r.email = random.nextInt(3) == 0
                    ? SearchText.fold(first).replace(" ", ".") + random.nextInt(100_000) + "@correo"
                            + random.nextInt(50) + ".pe"
                    : null;
            r.phone = random.nextInt(10) < 8 ? "+519" + (10_000_000 + random.nextInt(90_000_000)) : null;
            r.city = pick(random, CITIES);
            return r;
        }

        /** The same holder registered again, as staff do it (recipe 0 to 3). */
        Row twin(Random random, int recipe, Set<String> dnis) {
            Row t = new Row();
            t.city = city;
            String[] words = name.split(" ");
            switch (recipe) {
                case 0 -> {
                    t.name = SearchText.fold(words[words.length - 2] + " " + words[words.length - 1]) + ", "
                            + SearchText.fold(String.join(" ", java.util.Arrays.copyOf(words, words.length - 2)));
                    t.phone = phone != null ? phone : "+519" + (10_000_000 + random.nextInt(90_000_000));
                    phone = t.phone;
                }
                case 1 -> {
                    t.name = soundsAlike(name);
                    t.email = email != null ? email.toUpperCase(java.util.Locale.ROOT) : null;
                    if (t.email == null) {
                        t.email = "mismo" + random.nextInt(1_000_000) + "@casa.pe";
                        email = t.email.toLowerCase(java.util.Locale.ROOT);
                    }
                }
                case 2 -> {
                    if (dni == null) {
                        dni = freshDni(random, dnis);
                    }
                    t.name = SearchText.fold(name).toUpperCase(java.util.Locale.ROOT);
                    do {
                        t.dni = typo(random, dni);
                    } while (!dnis.add(t.dni));
                }
                default -> {
                    t.name = words[0] + " " + words[words.length - 2] + " de la " + words[words.length - 1];
                    t.email = email != null ? email : "otro" + random.nextInt(1_000_000) + "@hogar.pe";
                    email = t.email;
                }
            }
            return t;
        }

        private static String soundsAlike(String name) {
            String folded = SearchText.fold(name);
            String changed = folded.replace("v", "b")
                    .replace("z", "s")
                    .replace("ll", "y")
                    .replaceFirst("\\bh", "")
                    .replace("ce", "se")
                    .replace("ci", "si");
            return changed.equals(folded) ? folded.replaceFirst("s", "z") : changed;
        }

        private static String typo(Random random, String dni) {
            char[] digits = dni.toCharArray();
            int i = random.nextInt(digits.length - 1);
            if (random.nextBoolean() && digits[i] != digits[i + 1]) {
                char swap = digits[i];
                digits[i] = digits[i + 1];
                digits[i + 1] = swap;
            } else {
                digits[i] = (char) ('0' + (digits[i] - '0' + 1 + random.nextInt(9)) % 10);
            }
            return new String(digits);
        }

        private static String freshDni(Random random, Set<String> dnis) {
            String dni;
            do {
                dni = String.valueOf(10_000_000 + random.nextInt(90_000_000));
            } while (!dnis.add(dni));
            return dni;
        }

        private static String pick(Random random, String[] options) {
            return options[random.nextInt(options.length)];
        }
    }
}
