package dev.clientela.client;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.money.Money;
import dev.clientela.tenant.Tenant;
import org.springframework.stereotype.Component;

/**
 * A client as the fields a caller gave make it, for a tenant: its document read by the tenant's policy
 * (when it is given or changed), its phones in E.164 for the document's country (else the tenant's),
 * its kind from the document when not given. For single writes and imports alike.
 */
@Component
class ClientComposition {

    private final DocumentPolicy documents;

    ClientComposition(DocumentPolicy documents) {
        this.documents = documents;
    }

    /**
     * The client {@code f} makes, over {@code stored} when it is an update (its id, number, version
     * and, unless {@code readDocument}, its document kept).
     */
    Composed compose(Tenant tenant, NewClient f, Client stored, boolean readDocument) {
        DocumentPolicy.Reading reading = null;
        ClientDocument document = stored == null ? null : stored.document();
        if (readDocument) {
            reading = f.document() == null
                    ? null
                    : documents.read(
                            f.document(), tenant.country(), tenant.settings().documentValidation());
            document = reading == null ? null : reading.document();
        }
        String region = document != null ? document.country() : tenant.country();
        ClientKind kind = f.kind() != null ? f.kind() : reading != null ? reading.kind() : ClientKind.PERSON;
        Client client = new Client(
                stored == null ? UuidCreator.getTimeOrderedEpoch() : stored.id(),
                stored == null ? 0 : stored.number(),
                kind,
                f.name(),
                f.legalName(),
                f.tradeName(),
                document,
                f.taxId(),
                f.email(),
                f.phone(),
                Phones.e164(f.phone(), region),
                f.mobile(),
                Phones.e164(f.mobile(), region),
                f.address(),
                f.notes(),
                f.imageUrl(),
                f.externalCode(),
                f.status() == null ? ClientStatus.ACTIVE : f.status(),
                f.metadata(),
                f.creditLimit() == null ? null : Money.exact(f.creditLimit()),
                stored == null ? 1 : stored.version(),
                stored == null ? null : stored.createdAt(),
                stored == null ? null : stored.updatedAt(),
                null);
        return new Composed(client, reading);
    }

    /** A client composed, with the reading of its document when it was read. */
    record Composed(Client client, DocumentPolicy.Reading reading) {}
}
