package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.RawHttp;
import dev.clientela.support.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that cannot be read as HTTP the service understands are 400s (414, 431, 415 where
 * those say more) with a problem body in the route's dialect, never a 500 or Tomcat's HTML page.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTest extends ApiTest {

    @LocalServerPort
    int port;

    private String key;
    private Api shop;
    private RawHttp raw;

    @BeforeEach
    void aTenant() {
        key = openTenant("Tienda Mal Escrita", "PE");
        shop = api.as(key);
        raw = new RawHttp(port);
    }

    @Test
    void aQueryParameterThatIsNotUtf8IsABadRequest() {
        for (String parameter : List.of("q", "limit", "sort", "status", "document_number", "number")) {
            Response response = shop.get("/api/v1/clients?" + parameter + "=%ff");

            assertThat(response.status()).as(parameter).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith(ProblemResponses.MEDIA_TYPE);
            assertThat(response.code()).isEqualTo("BAD_REQUEST");
            assertThat(response.body().get("detail").stringValue()).contains("percent-encoded UTF-8");
        }
    }

    @Test
    void aPercentSignWithoutHexDigitsIsABadRequest() {
        Answer answer = raw.send(request("GET /api/v1/sales?limit=%zz HTTP/1.1"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(Api.parse(answer.body()).get("code").stringValue()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void eachProfileRefusesAnUndecodableQueryInItsOwnShape() {
        String tenant =
                String.valueOf(shop.get("/api/v1/tenant").body().get("number").longValue());

        Response credith = shop.get("/compat/credith/api/clients?q=%ff");
        Response inventario = shop.get("/compat/inventario/api/clientes?busqueda=%ff");
        Response oficina = shop.get("/compat/oficina/billing/customers?search=%ff");
        Response geotareas = shop.with("tenant", tenant).get("/compat/geotareas/apidev/v1/clients?q=%ff");
        Response facturacion = shop.get("/compat/facturacion-pe/api/v1/clients?q=%ff");

        assertThat(List.of(credith, inventario, oficina, geotareas, facturacion))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(credith.body().get("message").stringValue()).isEqualTo("La solicitud esta mal formada");
        assertThat(inventario.body().get("error").stringValue()).isEqualTo("La solicitud está mal formada");
        assertThat(oficina.body().get("statusCode").intValue()).isEqualTo(400);
        assertThat(oficina.body().get("error").stringValue()).isEqualTo("Bad Request");
        assertThat(oficina.body().get("message").stringValue()).contains("percent-encoded UTF-8");
        assertThat(geotareas.body().get("success").booleanValue()).isFalse();
        assertThat(geotareas.body().at("/error/code").stringValue()).isEqualTo("BAD_REQUEST");
        assertThat(facturacion.body().get("success").booleanValue()).isFalse();
        assertThat(facturacion.body().get("message").stringValue()).isEqualTo("La solicitud está mal formada.");
    }

    @Test
    void aParameterGivenTwiceIsABadRequestRatherThanOneOfItsValuesSilently() {
        Response response = shop.get("/api/v1/clients?limit=5&limit=500");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").stringValue()).isEqualTo("Parameter 'limit' is given more than once");
    }

    @Test
    void aPathThatDoesNotDecodeIsABadRequestInTheProfilesShape() {
        assertThat(shop.get("/api/v1/clients/%ff").code()).isEqualTo("BAD_REQUEST");

        Answer credith = raw.send(request("GET /compat/credith/api/clients/\u00ff HTTP/1.1"));
        assertThat(credith.status()).isEqualTo(400);
        assertThat(Api.parse(credith.body()).get("message").stringValue()).isEqualTo("La solicitud esta mal formada");
    }

    @Test
    void aRequestLineTooLongIs414AndHeadersTooLargeAre431() {
        Answer line = raw.send(request("GET /api/v1/clients?q=" + "a".repeat(20_000) + " HTTP/1.1"));
        Answer header = raw.send(request("GET /api/v1/clients HTTP/1.1", "X-Note: " + "a".repeat(20_000)));

        assertThat(line.status()).isEqualTo(414);
        assertThat(Api.parse(line.body()).get("code").stringValue()).isEqualTo("URI_TOO_LONG");
        assertThat(header.status()).isEqualTo(431);
        assertThat(Api.parse(header.body()).get("code").stringValue()).isEqualTo("REQUEST_HEADERS_TOO_LARGE");
    }

    @Test
    void aHeaderWithAControlCharacterIsABadRequestWithAProblemBody() {
        Answer answer = raw.send(request("GET /compat/inventario/api/clientes HTTP/1.1", "X-Note: a\u0001b"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(Api.parse(answer.body()).get("error").stringValue()).isEqualTo("La solicitud está mal formada");
    }

    @Test
    void unknownTransferCodingsAndHttpVersionsAreBadRequestsNotServerErrors() {
        Answer gzip = raw.send(request(
                "POST /api/v1/clients HTTP/1.1", "Content-Type: application/json", "Transfer-Encoding: gzip, chunked"));
        Answer version = raw.send(request("GET /api/v1/clients HTTP/1.7"));
        Answer twoLengths = raw.send(request(
                "POST /api/v1/clients HTTP/1.1",
                "Content-Type: application/json",
                "Content-Length: 2",
                "Content-Length: 3"));

        assertThat(List.of(gzip, version, twoLengths)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(Api.parse(answer.body()).get("code").stringValue()).isEqualTo("BAD_REQUEST");
        });
    }

    @Test
    void anIfMatchOrIfNoneMatchThatIsNoEntityTagIsABadRequest() {
        String id = shop.post("/api/v1/clients", "{\"name\": \"Ana\"}")
                .body()
                .get("id")
                .stringValue();

        Response patch = shop.with("If-Match", "1").patch("/api/v1/clients/" + id, "{\"notes\": \"x\"}");
        Response get = shop.with("If-None-Match", "W/abc").get("/api/v1/clients/" + id);
        Response stale = shop.with("If-Match", "\"7\"").patch("/api/v1/clients/" + id, "{\"notes\": \"x\"}");

        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.body().get("detail").stringValue()).contains("If-Match");
        assertThat(get.status()).isEqualTo(400);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(shop.get("/api/v1/clients/" + id).body().get("version").longValue())
                .isEqualTo(1);
    }

    @Test
    void formAndMultipartBodiesAreRefusedAndCreateNothing() {
        Response undecodableForm =
                shop.with("Content-Type", "application/x-www-form-urlencoded").post("/api/v1/clients", "name=%ff");
        Response form =
                shop.with("Content-Type", "application/x-www-form-urlencoded").post("/api/v1/clients", "name=Ana");
        Response putForm = shop.with("Content-Type", "application/x-www-form-urlencoded")
                .put("/api/v1/clients/01a1fcd1-8b1d-7ee4-8b2d-3c13640844f8", "name=%zz");
        Response multipart = shop.with("Content-Type", "multipart/form-data")
                .post("/api/v1/clients", "--x\r\n\r\nname\r\n--x--\r\n");
        Response multipartToProfile = shop.with("Content-Type", "multipart/form-data; boundary=x")
                .post(
                        "/compat/credith/api/clients",
                        "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAna\r\n--x--\r\n");

        assertThat(undecodableForm.code()).isEqualTo("BAD_REQUEST");
        assertThat(form.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(putForm.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(multipart.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(multipartToProfile.status()).isEqualTo(415);
        assertThat(multipartToProfile.body().get("message").stringValue())
                .isEqualTo("El cuerpo de la solicitud debe ser application/json");
        assertThat(shop.get("/api/v1/clients?include=total").body().get("total").longValue())
                .isZero();
    }

    @Test
    void aWildcardContentTypeIsAnUnsupportedMediaType() {
        Response canonical = shop.with("Content-Type", "*/*").post("/api/v1/clients", "{\"name\": \"Ana\"}");
        Response credith = shop.with("Content-Type", "*/*").post("/compat/credith/api/bills", "{}");

        assertThat(canonical.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(credith.status()).isEqualTo(415);
        assertThat(credith.body().get("message").stringValue())
                .isEqualTo("El cuerpo de la solicitud debe ser application/json");
    }

    @Test
    void aRefusedRequestIsLoggedAtWarnWithoutAStackTrace(CapturedOutput output) {
        shop.get("/api/v1/clients?q=%ff");
        raw.send(request("GET /api/v1/clients/\u00ff HTTP/1.1"));

        assertThat(output.getAll())
                .contains("WARN")
                .contains("Refused parameters that cannot be decoded")
                .contains("Refused by the connector with 400")
                .doesNotContain("\tat org.apache")
                .doesNotContain("ERROR");
    }

    private byte[] request(String line, String... headers) {
        StringBuilder request = new StringBuilder(line).append("\r\n");
        request.append("Host: localhost\r\nAuthorization: Bearer ").append(key).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return request.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
