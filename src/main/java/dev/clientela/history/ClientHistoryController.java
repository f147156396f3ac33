package dev.clientela.history;

import dev.clientela.web.PathIds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/clients/{id}/history}: what a customer panel shows. */
@RestController
class ClientHistoryController {

    private final ClientHistory histories;

    ClientHistoryController(ClientHistory histories) {
        this.histories = histories;
    }

    @GetMapping("/api/v1/clients/{id}/history")
    @PreAuthorize("hasRole('VIEWER')")
    ClientHistory.History history(@PathVariable String id) {
        return histories.of(PathIds.uuid(id, "The client"));
    }
}
