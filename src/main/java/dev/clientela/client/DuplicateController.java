package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.Page;
import dev.clientela.web.PageCursor;
import dev.clientela.web.PathIds;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DuplicateController {

    private final ClientDuplicates duplicates;
    private final DuplicateReport report;

    DuplicateController(ClientDuplicates duplicates, DuplicateReport report) {
        this.duplicates = duplicates;
        this.report = report;
    }

    @GetMapping("/api/v1/clients/{id}/duplicates")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, List<Warning>> ofClient(@PathVariable String id) {
        return Map.of("data", duplicates.of(ClientController.parse(id)));
    }

    @GetMapping("/api/v1/duplicates")
    @PreAuthorize("hasRole('VIEWER')")
    Page<DuplicateGroups.Group> report(@RequestParam Map<String, String> params) {
        TrailPage page = TrailPage.read(params);
        DuplicateReport.Groups groups = report.page(page.offset(), page.limit());
        String next =
                groups.hasMore() ? new PageCursor("changes", null, null, page.offset() + page.limit()).encode() : null;
        return new Page<>(groups.groups(), groups.hasMore(), next, null);
    }

    @PostMapping("/api/v1/duplicates/{group}/dismiss")
    @PreAuthorize("hasRole('OPERATOR')")
    DuplicateGroups.Group dismiss(@PathVariable String group) {
        return report.dismiss(PathIds.uuid(group, () -> ApiProblem.notFound("The duplicate group")));
    }
}
