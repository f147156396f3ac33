package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.StatementCounter;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The statements PostgreSQL runs for each request of the hot paths, rate limits on as deployed: a
 * change that adds a round trip to one of them fails here, not in the benchmark. The clock stands
 * still, so no budget falls due for its once-a-second charge in the middle of a measurement. A
 * create is BEGIN, the client with its number, words and audit row in one statement, its event, the
 * look for other holders of the same person's documents, COMMIT; an update reads the client under
 * lock, then writes it with its words and audit row, and its event.
 */
@Import(StatementCounter.class)
@TestPropertySource(properties = "clientela.rate-limits.enabled=true")
class HotPathStatementsTest extends ApiTest {

    private Api shop;
    private String clientId;

    @BeforeEach
    void aShopWithAClient() {
        clock.freeze();
        shop = api.as(openTenant("Bodega Contada", "PE"));
        clientId = created(shop.post("/api/v1/clients", person(10000001)));
        shop.get("/api/v1/clients/" + clientId);
    }

    @Test
    void aReadByIdIsOneStatement() {
        for (int i = 0; i < 5; i++) {
            assertThat(statements(() -> shop.get("/api/v1/clients/" + clientId), 200))
                    .hasSize(1)
                    .allMatch(s -> s.startsWith("select "));
        }
    }

    @Test
    void aPageOfTheListIsOneStatement() {
        for (int i = 0; i < 3; i++) {
            shop.post("/api/v1/clients", person(20000001 + i));
        }
        Response[] first = new Response[1];
        assertThat(statements(() -> first[0] = shop.get("/api/v1/clients?limit=2"), 200))
                .hasSize(1);
        String next = first[0].body().path("next_cursor").stringValue();
        assertThat(next).isNotNull();
        assertThat(statements(() -> shop.get("/api/v1/clients?limit=2&cursor=" + next), 200))
                .hasSize(1);
    }

    @Test
    void aCreateIsAtMostFiveStatements() {
        for (int i = 0; i < 3; i++) {
            int dni = 30000001 + i;
            assertThat(statements(() -> shop.post("/api/v1/clients", person(dni)), 201))
                    .hasSizeLessThanOrEqualTo(5);
        }
    }

    @Test
    void aMergePatchUpdateIsAtMostFiveStatements() {
        for (int i = 0; i < 3; i++) {
            String email = "cuenta" + i + "@example.pe";
            assertThat(statements(
                            () -> shop.patch("/api/v1/clients/" + clientId, "{\"email\": \"" + email + "\"}"), 200))
                    .hasSizeLessThanOrEqualTo(5);
        }
    }

    private static List<String> statements(Supplier<Response> request, int status) {
        StatementCounter.reset();
        Response response = request.get();
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        List<String> sent = StatementCounter.sent();
        System.out.println("statements: " + sent.size() + " " + sent);
        return sent;
    }

    private static String person(int dni) {
        return """
                {"name": "Rosa Quispe %d", "document": {"country": "PE", "type": "DNI", "number": "%d"},
                 "email": "rosa%d@example.pe", "phone": "+51 987 654 321"}""".formatted(dni, dni, dni);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").stringValue();
    }
}
