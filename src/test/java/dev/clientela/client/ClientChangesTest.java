package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientela.web.ApiProblem;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A merge patch in typed form: what is absent stays, what is null goes, nested objects merge. */
class ClientChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final NewClient STORED = ClientInput.newClient(json("""
            {"name": "Bodega San Martín", "email": "ventas@bodega.pe", "phone": "+51 1 4270000",
             "document": {"country": "PE", "type": "RUC", "number": "20100047218", "typed": "20-100047218"},
             "address": {"line": "Jr. de la Unión 450", "city": "Lima", "ubigeo": "150101"},
             "metadata": {"ruta": "norte", "vendedor": "Rosa"}, "credit_limit": 1500}
            """));

    @Test
    void keepsWhatThePatchLeavesOutAndClearsWhatItSendsAsNull() {
        NewClient merged =
                changes("{\"email\": null, \"notes\": \"paga los viernes\"}").applyTo(STORED);

        assertThat(merged.email()).isNull();
        assertThat(merged.notes()).isEqualTo("paga los viernes");
        assertThat(merged.name()).isEqualTo("Bodega San Martín");
        assertThat(merged.phone()).isEqualTo("+51 1 4270000");
        assertThat(merged.creditLimit()).isEqualByComparingTo(new BigDecimal("1500"));
    }

    @Test
    void mergesTheAddressMemberByMemberAndClearsItWhole() {
        NewClient moved = changes("{\"address\": {\"city\": \"Arequipa\", \"ubigeo\": null}}")
                .applyTo(STORED);
        NewClient homeless = changes("{\"address\": null}").applyTo(STORED);

        assertThat(moved.address().line()).isEqualTo("Jr. de la Unión 450");
        assertThat(moved.address().city()).isEqualTo("Arequipa");
        assertThat(moved.address().ubigeo()).isNull();
        assertThat(homeless.address()).isNull();
    }

    @Test
    void aNewDocumentNumberIsTypedAsSentWhileTheTypeIsKept() {
        NewClient renumbered =
                changes("{\"document\": {\"number\": \"20131312955\"}}").applyTo(STORED);

        assertThat(renumbered.document().type()).isEqualTo("RUC");
        assertThat(renumbered.document().country()).isEqualTo("PE");
        assertThat(renumbered.document().number()).isEqualTo("20131312955");
        assertThat(renumbered.document().typed()).isNull();
    }

    @Test
    void removesTheMetadataKeysSentAsNullAndKeepsTheOthers() {
        NewClient merged =
                changes("{\"metadata\": {\"vendedor\": null, \"zona\": \"3\"}}").applyTo(STORED);

        assertThat(merged.metadata()).isEqualTo(Map.of("ruta", "norte", "zona", "3"));
    }

    @Test
    void archivingChangesTheStatusAlone() {
        NewClient archived = ClientChanges.status(ClientStatus.INACTIVE).applyTo(STORED);

        assertThat(archived.status()).isEqualTo(ClientStatus.INACTIVE);
        assertThat(archived)
                .isEqualTo(new NewClient(
                        STORED.name(),
                        STORED.legalName(),
                        STORED.tradeName(),
                        STORED.document(),
                        STORED.taxId(),
                        STORED.email(),
                        STORED.phone(),
                        STORED.mobile(),
                        STORED.address(),
                        STORED.notes(),
                        STORED.imageUrl(),
                        STORED.externalCode(),
                        ClientStatus.INACTIVE,
                        STORED.metadata(),
                        STORED.kind(),
                        STORED.creditLimit()));
    }

    @Test
    void aNumberSentToAClientWithoutADocumentNeedsItsTypeAndANullNameIsRefused() {
        NewClient undocumented = changes("{\"document\": null}").applyTo(STORED);
        NewClient numberOnly =
                changes("{\"document\": {\"number\": \"10467793549\"}}").applyTo(undocumented);

        assertThatThrownBy(numberOnly::checkComplete)
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(e -> e.field() + " " + e.code())
                                .containsExactly("document.type required"));
        assertThatThrownBy(changes("{\"name\": null}")::checkValid)
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(e -> e.field() + " " + e.code())
                                .containsExactly("name required"));
    }

    private static ClientChanges changes(String patch) {
        return ClientInput.changes(json(patch));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
