package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.clientela.generated.ApiClient;
import dev.clientela.generated.ApiException;
import dev.clientela.generated.api.ClientsApi;
import dev.clientela.generated.api.TenantsAndKeysApi;
import dev.clientela.generated.model.Client;
import dev.clientela.generated.model.ClientPage;
import dev.clientela.generated.model.ClientPatch;
import dev.clientela.generated.model.DocumentInput;
import dev.clientela.generated.model.ErrorCode;
import dev.clientela.generated.model.NewClient;
import dev.clientela.generated.model.NewTenant;
import dev.clientela.generated.model.Problem;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A client's life through the Java client that openapi-generator makes from the canonical document at
 * build time, as an integrator would generate it. Its models refuse any field the document does not
 * name, so an answer richer than the contract fails here too.
 */
class GeneratedClientTest extends ApiTest {

    @Test
    void aClientsLifeThroughTheGeneratedClient() throws Exception {
        String key = new TenantsAndKeysApi(client(PLATFORM_KEY))
                .openTenant(new NewTenant().name("Distribuidora Sol de Copán").country("HN"), null)
                .getApiKey()
                .getKey();
        ClientsApi clients = new ClientsApi(client(key));

        Client registered = clients.registerClient(
                new NewClient()
                        .name("María José López Peña")
                        .document(new DocumentInput().type("DNI").number("0801-1990-12345"))
                        .mobile("9999-9999"),
                "alta-0001");
        assertThat(registered.getNumber()).isPositive();
        assertThat(registered.getDocument().getNumber()).isEqualTo("0801199012345");
        assertThat(registered.getStatus()).isEqualTo(Client.StatusEnum.ACTIVE);

        ClientPage found = clients.listClients(
                "maria lop", null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(found.getData()).extracting(Client::getId).containsExactly(registered.getId());

        String etag = "\"" + registered.getVersion() + "\"";
        Client renamed =
                clients.updateClient(registered.getId(), new ClientPatch().name("María José López de Núñez"), etag);
        assertThat(renamed.getVersion()).isEqualTo(registered.getVersion() + 1);

        Client archived = clients.updateClient(
                registered.getId(), new ClientPatch().status(ClientPatch.StatusEnum.INACTIVE), null);
        assertThat(archived.getStatus()).isEqualTo(Client.StatusEnum.INACTIVE);

        ApiClient typed = client(key);
        assertThatThrownBy(() -> clients.updateClient(registered.getId(), new ClientPatch().notes("tarde"), etag))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(412);
                    Problem problem = read(typed, refused.getResponseBody());
                    assertThat(problem.getCode()).isEqualTo(ErrorCode.PRECONDITION_FAILED);
                    assertThat(problem.getRequestId()).isNotBlank();
                });
    }

    private ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return client;
    }

    private static Problem read(ApiClient client, String body) {
        try {
            return client.getObjectMapper().readValue(body, Problem.class);
        } catch (Exception e) {
            throw new AssertionError("Not a problem: " + body, e);
        }
    }
}
