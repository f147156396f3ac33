package dev.clientela.console;

import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.client.DuplicateGroups;
import dev.clientela.client.DuplicateReport;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.PathIds;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's duplicate report, a page at a time, with its clients as a clerk tells them apart. */
@Controller
class DuplicatesController {

    static final int PER_PAGE = 20;

    private final DuplicateReport report;
    private final ClientRegistry registry;

    DuplicatesController(DuplicateReport report, ClientRegistry registry) {
        this.report = report;
        this.registry = registry;
    }

    @GetMapping("/console/duplicates")
    String duplicates(@RequestParam(value = "page", required = false) String page, Model model) {
        int number = pageNumber(page);
        DuplicateReport.Groups groups = report.page((number - 1) * PER_PAGE, PER_PAGE);
        Map<UUID, Client> clients = registry.findAny(groups.groups().stream()
                .flatMap(g -> g.clients().stream())
                .map(DuplicateGroups.Member::clientId)
                .toList());
        model.addAttribute(
                "groups",
                groups.groups().stream().map(g -> GroupView.of(g, clients)).toList());
        model.addAttribute("page", number);
        model.addAttribute("first", (number - 1) * PER_PAGE + 1);
        model.addAttribute("hasMore", groups.hasMore());
        model.addAttribute("pages", Math.max(1, (groups.total() + PER_PAGE - 1) / PER_PAGE));
        model.addAttribute("total", groups.total());
        return "duplicates";
    }

    @PostMapping("/console/duplicates/{group}/dismiss")
    @PreAuthorize("hasRole('OPERATOR')")
    String dismiss(
            @PathVariable String group,
            @RequestParam(value = "page", required = false) String page,
            RedirectAttributes next) {
        DuplicateGroups.Group dismissed = report.dismiss(groupId(group));
        next.addFlashAttribute(
                "dismissed",
                dismissed.clients().stream().map(DuplicateGroups.Member::name).toList());
        return "redirect:/console/duplicates" + (pageNumber(page) > 1 ? "?page=" + pageNumber(page) : "");
    }

    static UUID groupId(String id) {
        return PathIds.uuid(id, () -> ApiProblem.notFound("The duplicate group"));
    }

    /** A page number as typed in the address: anything but a sensible number is the first page. */
    private static int pageNumber(String page) {
        if (page == null || !page.strip().matches("[0-9]{1,5}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page.strip()));
    }

    /** A group as the page shows it: its clients with what tells them apart, the score and the reasons. */
    record GroupView(UUID groupId, BigDecimal score, List<String> reasons, List<MemberView> clients) {

        static GroupView of(DuplicateGroups.Group g, Map<UUID, Client> clients) {
            return new GroupView(
                    g.groupId(),
                    g.score(),
                    g.reasons(),
                    g.clients().stream()
                            .map(m -> MemberView.of(m, clients.get(m.clientId())))
                            .toList());
        }
    }

    /** A client of a group: name, document as written, contact and city. */
    record MemberView(UUID id, long number, String name, String document, String contact, String city) {

        static MemberView of(DuplicateGroups.Member m, Client c) {
            if (c == null) {
                return new MemberView(m.clientId(), m.number(), m.name(), null, null, null);
            }
            String document = c.document() == null
                    ? null
                    : c.document().type() + " "
                            + (c.document().formatted() != null
                                    ? c.document().formatted()
                                    : c.document().number());
            String contact = String.join(
                    " · ",
                    java.util.stream.Stream.of(c.phone(), c.mobile(), c.email())
                            .filter(s -> s != null && !s.isBlank())
                            .toList());
            return new MemberView(
                    c.id(),
                    c.number(),
                    c.name(),
                    document,
                    contact.isEmpty() ? null : contact,
                    c.address() == null ? null : c.address().city());
        }
    }
}
