package dev.clientela.console;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientQuery;
import dev.clientela.client.ClientRegistry;
import dev.clientela.web.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The till: one search box, results as one types, a client opened by keyboard. */
@Controller
class TillController {

    private static final int SHOWN = 10;

    private final ClientFinder finder;
    private final ClientRegistry registry;

    TillController(ClientFinder finder, ClientRegistry registry) {
        this.finder = finder;
        this.registry = registry;
    }

    @GetMapping("/console")
    String till(@RequestParam(value = "q", required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", q == null || q.isBlank() ? null : search(q));
        return "till";
    }

    /** The results of what is typed so far, for htmx to put under the box. */
    @GetMapping("/console/search")
    String results(@RequestParam(value = "q", required = false) String q, Model model) {
        model.addAttribute("results", q == null || q.isBlank() ? null : search(q));
        model.addAttribute("fragment", true);
        return "till :: results";
    }

    /** Enter without a chosen result: a document or client number opens its client, anything else searches. */
    @GetMapping("/console/find")
    String find(@RequestParam(value = "q", required = false) String q) {
        String typed = q == null ? "" : q.strip();
        Optional<UUID> exact = exact(typed);
        return exact.map(id -> "redirect:/console/clients/" + id)
                .orElseGet(() -> "redirect:/console?q="
                        + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
    }

    private Optional<UUID> exact(String typed) {
        if (typed.isEmpty() || typed.length() > 40) {
            return Optional.empty();
        }
        List<UUID> holders = registry.holdersOfDocument(typed).stream()
                .filter(id -> registry.findLive(id).isPresent())
                .toList();
        if (holders.size() == 1) {
            return Optional.of(holders.getFirst());
        }
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        if (digits.matches("[0-9]{1,12}")) {
            return registry.findByNumber(Long.parseLong(digits)).map(Client::id);
        }
        return Optional.empty();
    }

    private Results search(String q) {
        String stripped = q.strip();
        String query = stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
        Page<Client> page = finder.list(ClientQuery.read(
                Map.of("q", query, "limit", String.valueOf(SHOWN), "include", "total", "sort", "relevance")));
        List<Row> rows = page.data().stream().map(c -> Row.of(c, query)).toList();
        long total = page.total() == null ? rows.size() : page.total();
        return new Results(query, rows, total, exact(query).orElse(null));
    }

    record Results(String q, List<Row> rows, long total, UUID exact) {}

    record Row(UUID id, long number, List<Highlight.Part> name, String document, boolean active) {

        static Row of(Client c, String q) {
            String document = c.document() == null
                    ? null
                    : c.document().type() + " "
                            + (c.document().formatted() != null
                                    ? c.document().formatted()
                                    : c.document().number());
            return new Row(c.id(), c.number(), Highlight.of(c.name(), q), document, c.isActive());
        }
    }
}
