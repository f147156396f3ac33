package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.PathIds;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class MergeController {

    private final ClientMerge merges;
    private final MergeUndo undo;

    MergeController(ClientMerge merges, MergeUndo undo) {
        this.merges = merges;
        this.undo = undo;
    }

    @PostMapping("/api/v1/clients/{id}/merge")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<MergeView> merge(@PathVariable String id, @RequestBody JsonNode body) {
        var survivor = ClientController.parse(id);
        MergeView merge = merges.merge(survivor, MergeInput.read(survivor, body));
        return ResponseEntity.created(URI.create("/api/v1/merges/" + merge.id()))
                .body(merge);
    }

    @GetMapping("/api/v1/merges/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    MergeView get(@PathVariable String id) {
        return undo.find(mergeId(id));
    }

    @PostMapping("/api/v1/merges/{id}/undo")
    @PreAuthorize("hasRole('ADMIN')")
    MergeView undo(@PathVariable String id) {
        return undo.undo(mergeId(id));
    }

    private static java.util.UUID mergeId(String id) {
        return PathIds.uuid(id, () -> ApiProblem.notFound("The merge"));
    }
}
