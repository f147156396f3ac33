package dev.clientela.client;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Role;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.Page;
import dev.clientela.web.PageCursor;
import dev.clientela.web.PathIds;
import dev.clientela.web.Versions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

    private final ClientRegistry registry;
    private final ClientFinder finder;
    private final CurrentTenant current;

    ClientController(ClientRegistry registry, ClientFinder finder, CurrentTenant current) {
        this.registry = registry;
        this.finder = finder;
        this.current = current;
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<ClientView> register(@RequestBody JsonNode body) {
        ClientRegistry.Saved saved = registry.register(ClientInput.newClient(body));
        return ResponseEntity.created(
                        URI.create("/api/v1/clients/" + saved.client().id()))
                .eTag(Versions.etag(saved.client().version()))
                .body(ClientView.of(saved.client(), saved.warnings()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    ResponseEntity<ClientView> get(
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Client client = registry.find(parse(id));
        if (Versions.matchesNoneMatch(ifNoneMatch, client.version())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(Versions.etag(client.version()))
                    .build();
        }
        return ResponseEntity.ok().eTag(Versions.etag(client.version())).body(ClientView.of(client));
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    Page<ClientView> list(@RequestParam Map<String, String> params) {
        ClientQuery query = ClientQuery.read(params);
        if (query.deleted() && !current.caller().role().includes(Role.ADMIN)) {
            throw new ApiProblem(ErrorCode.FORBIDDEN, "Only an ADMIN key may list deleted clients");
        }
        return finder.list(query).map(ClientView::of);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<ClientView> patch(
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UUID clientId = parse(id);
        ClientRegistry.Saved saved = registry.update(clientId, ClientInput.changes(body), Versions.ifMatch(ifMatch));
        return ResponseEntity.ok()
                .eTag(Versions.etag(saved.client().version()))
                .body(ClientView.of(saved.client(), saved.warnings()));
    }

    /** PUT behaves as PATCH (JSON Merge Patch), as the systems Clientela replaces use it. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<ClientView> put(
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return patch(id, body, ifMatch);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestParam(value = "permanent", required = false) String permanent,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UUID clientId = parse(id);
        if (permanent != null && !permanent.equals("true") && !permanent.equals("false")) {
            throw ApiProblem.invalid("permanent", "invalid_value", "must be true or false");
        }
        if ("true".equals(permanent)) {
            registry.purge(clientId);
        } else {
            registry.delete(clientId, Versions.ifMatch(ifMatch));
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ClientView> restore(@PathVariable String id) {
        Client client = registry.restore(parse(id));
        return ResponseEntity.ok().eTag(Versions.etag(client.version())).body(ClientView.of(client));
    }

    @GetMapping("/{id}/changes")
    @PreAuthorize("hasRole('ADMIN')")
    Page<ClientTrail.Change> changes(@PathVariable String id, @RequestParam Map<String, String> params) {
        TrailPage page = TrailPage.read(params);
        List<ClientTrail.Change> rows = registry.changes(parse(id), page.limit() + 1, page.offset());
        boolean hasMore = rows.size() > page.limit();
        String next = hasMore ? new PageCursor("changes", null, null, page.offset() + page.limit()).encode() : null;
        return new Page<>(hasMore ? rows.subList(0, page.limit()) : rows, hasMore, next, null);
    }

    static UUID parse(String id) {
        return PathIds.uuid(id, ClientProblems::notFound);
    }
}
