package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientela.money.Money;
import dev.clientela.web.ApiProblem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client's value checks as typed code: what a profile's mapper and the JSON reader both fill. */
class ClientFormTest {

    @Test
    void listsEveryProblemAtOnceInTheOrderOfTheFields() {
        ClientForm form = ClientForm.registering()
                .text(ClientField.EMAIL, "no es un correo")
                .text(ClientField.UBIGEO, "990101")
                .text(ClientField.PHONE, "1".repeat(41))
                .reject("nombre_de_pila", "unknown_field", "is not a known field");

        assertThatThrownBy(form::newClient)
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(e -> e.field() + " " + e.code())
                                .containsExactly(
                                        "nombre_de_pila unknown_field",
                                        "name required",
                                        "email invalid_format",
                                        "phone too_long",
                                        "address.ubigeo invalid_format"));
    }

    @Test
    void aNewClientIsTrimmedAndItsCountryAndDocumentTypeUpperCased() {
        NewClient client = ClientForm.registering()
                .text(ClientField.NAME, "  Bodega San Martín ")
                .document("pe", "ruc", "20100047218", "20-100047218")
                .text(ClientField.LINE, "Jr. de la Unión 450")
                .text(ClientField.ADDRESS_COUNTRY, "pe")
                .newClient();

        assertThat(client.name()).isEqualTo("Bodega San Martín");
        assertThat(client.document())
                .isEqualTo(new NewClient.TypedDocument("PE", "RUC", "20100047218", "20-100047218"));
        assertThat(client.address().country()).isEqualTo("PE");
        assertThat(client.address().line()).isEqualTo("Jr. de la Unión 450");
    }

    @Test
    void aDocumentWithoutTypeOrNumberIsRefusedWhenRegistering() {
        assertThatThrownBy(ClientForm.registering()
                        .text(ClientField.NAME, "Sin número")
                        .document("HN", "DNI", null, null)::newClient)
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(e -> e.field() + " " + e.code())
                                .containsExactly("document.number required"));
    }

    @Test
    void aPatchKeepsWhatIsAbsentAndClearsWhatIsGivenAsNull() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("ruta", null);
        ClientChanges changes = ClientForm.changing()
                .text(ClientField.EMAIL, null)
                .text(ClientField.CITY, "Arequipa")
                .clear(ClientField.DOCUMENT)
                .metadata(metadata)
                .changes();

        assertThat(changes.given()).containsExactlyInAnyOrder("email", "address.city", "document", "metadata.ruta");
        assertThat(changes.gives("name")).isFalse();
        assertThat(changes.values().address().city()).isEqualTo("Arequipa");
        assertThat(changes.values().metadata()).containsEntry("ruta", null);
    }

    @Test
    void aPatchClearingTheNameIsRefusedWithTheChanges() {
        ClientChanges changes =
                ClientForm.changing().text(ClientField.NAME, " ").changes();

        assertThat(changes.refused())
                .extracting(e -> e.field() + " " + e.code())
                .containsExactly("name required");
    }

    @Test
    void theCreditLimitIsAnAmountOfMoneyAndCoordinatesStayOnTheGlobe() {
        ClientForm form = ClientForm.registering()
                .text(ClientField.NAME, "Límites")
                .creditLimit(Money.MAX.add(new BigDecimal("0.01")))
                .coordinate(ClientField.LATITUDE, new BigDecimal("-91"))
                .coordinate(ClientField.LONGITUDE, new BigDecimal("10.123456789"));

        assertThat(form.errors())
                .extracting(e -> e.field() + " " + e.code())
                .containsExactly(
                        "address.latitude out_of_range",
                        "address.longitude too_many_decimals",
                        "credit_limit out_of_range");
        assertThat(ClientForm.registering()
                        .text(ClientField.NAME, "Con límite")
                        .creditLimit(new BigDecimal("1500.50"))
                        .newClient()
                        .creditLimit())
                .isEqualByComparingTo("1500.50");
    }

    @Test
    void aClientIsNeverMergedByWhatItSays() {
        assertThat(ClientForm.changing().status(ClientStatus.MERGED).changes().refused())
                .extracting(e -> e.field() + " " + e.code())
                .containsExactly("status invalid_value");
    }
}
