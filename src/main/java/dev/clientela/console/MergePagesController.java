package dev.clientela.console;

import dev.clientela.client.Client;
import dev.clientela.client.ClientMerge;
import dev.clientela.client.ClientMerge.MergeConflict;
import dev.clientela.client.ClientRegistry;
import dev.clientela.client.ClientView;
import dev.clientela.client.DuplicateGroups;
import dev.clientela.client.DuplicateReport;
import dev.clientela.client.MergeInput;
import dev.clientela.client.MergeUndo;
import dev.clientela.client.MergeView;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.PathIds;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merging from the console (ADMIN, as the API): the clients side by side with a choice per field,
 * the merge's result with what moved, and its undo. Every refusal of the use cases is shown on the
 * page beside what caused it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MergePagesController {

    /** More columns than this are not a merge anyone checks by eye; the use case refuses past 11 anyway. */
    static final int MOST_SHOWN = 25;

    private final DuplicateReport report;
    private final ClientRegistry registry;
    private final ClientMerge merges;
    private final MergeUndo undo;

    MergePagesController(DuplicateReport report, ClientRegistry registry, ClientMerge merges, MergeUndo undo) {
        this.report = report;
        this.registry = registry;
        this.merges = merges;
        this.undo = undo;
    }

    @GetMapping("/console/duplicates/{group}/merge")
    String groupSheet(@PathVariable String group, Model model) {
        DuplicateGroups.Group found = report.group(DuplicatesController.groupId(group));
        List<UUID> ids =
                found.clients().stream().map(DuplicateGroups.Member::clientId).toList();
        return sheet(model, MergeSheet.of(live(ids), null, Map.of()));
    }

    /** The clients chosen on a client page: the first is the one the page was about. */
    @GetMapping("/console/merge")
    String chosenSheet(@RequestParam Map<String, String> params, Model model) {
        List<UUID> ids = ids(params);
        if (ids.isEmpty()) {
            throw ApiProblem.notFound("The clients");
        }
        return sheet(model, MergeSheet.of(live(ids), null, Map.of()));
    }

    @PostMapping("/console/merge")
    String merge(
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes next) {
        List<UUID> ids = ids(params);
        UUID survivor = ClientPageController.parse(
                Optional.ofNullable(params.get("survivor")).orElse(""));
        Map<String, UUID> keep = new LinkedHashMap<>();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        var merged = body.putArray("clients");
        ids.stream().filter(id -> !id.equals(survivor)).forEach(id -> merged.add(id.toString()));
        ObjectNode kept = body.putObject("keep");
        for (String field : MergeSheet.FIELDS) {
            String chosen = params.get("keep_" + field);
            if (chosen != null && !chosen.isBlank()) {
                kept.put(field, chosen);
                keep.put(field, parseOrNull(chosen));
            }
        }
        try {
            MergeView done = merges.merge(survivor, MergeInput.read(survivor, body));
            next.addFlashAttribute("merged", true);
            return "redirect:/console/merges/" + done.id();
        } catch (ApiProblem problem) {
            if (problem.code() == ErrorCode.NOT_FOUND || problem.code() == ErrorCode.CLIENT_MERGED) {
                throw problem;
            }
            response.setStatus(problem.code().status());
            List<ClientView> shown = shown(ids, survivor);
            MergeSheet sheet =
                    MergeSheet.of(shown, survivor, keep).refused(conflicts(problem, "conflicts"), problem.errors());
            if (!sheet.refused()) {
                sheet.general().add(new MergeConflict(problem.code().name().toLowerCase(), problem.getMessage(), null));
            }
            return sheet(model, sheet);
        }
    }

    @GetMapping("/console/merges/{id}")
    String result(@PathVariable String id, Model model) {
        return result(undo.find(mergeId(id)), model);
    }

    @PostMapping("/console/merges/{id}/undo")
    String undo(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes next) {
        UUID mergeId = mergeId(id);
        try {
            MergeView undone = undo.undo(mergeId);
            next.addFlashAttribute("undone", true);
            next.addFlashAttribute("kept", new LinkedHashMap<>(undone.keptWithSurvivor()));
            return "redirect:/console/merges/" + mergeId;
        } catch (ApiProblem problem) {
            if (problem.code() != ErrorCode.UNDO_REFUSED) {
                throw problem;
            }
            response.setStatus(problem.code().status());
            model.addAttribute("reasons", conflicts(problem, "reasons"));
            return result(undo.find(mergeId), model);
        }
    }

    private String result(MergeView merge, Model model) {
        model.addAttribute("merge", merge);
        model.addAttribute(
                "survivor", registry.findAny(List.of(merge.survivorId())).get(merge.survivorId()));
        model.addAttribute("names", names(merge));
        return "merge-result";
    }

    private String sheet(Model model, MergeSheet sheet) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("most", dev.clientela.client.MergeRequest.MOST_CLIENTS);
        return "merge";
    }

    /** The clients by number as each now stands; one that is gone answers 404, as the API does. */
    private List<ClientView> live(List<UUID> ids) {
        return ids.stream().map(registry::find).map(ClientView::of).toList();
    }

    /** After a refusal: the clients as they now stand, merged and deleted ones too, the survivor first. */
    private List<ClientView> shown(List<UUID> ids, UUID survivor) {
        List<UUID> all = new ArrayList<>(ids);
        if (!all.contains(survivor)) {
            all.addFirst(survivor);
        }
        Map<UUID, Client> found = registry.findAny(all);
        if (!found.containsKey(survivor)) {
            throw ApiProblem.notFound("The client");
        }
        return all.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .map(ClientView::of)
                .toList();
    }

    private Map<UUID, String> names(MergeView merge) {
        Map<UUID, String> names = new LinkedHashMap<>();
        merge.mergedClients().forEach(c -> names.put(c.id(), c.name() + " #" + c.number()));
        names.put(
                merge.survivorId(),
                merge.survivorBefore().name() + " #" + merge.survivorBefore().number());
        return names;
    }

    private static List<MergeConflict> conflicts(ApiProblem problem, String property) {
        List<MergeConflict> found = new ArrayList<>();
        if (problem.properties().get(property) instanceof List<?> listed) {
            listed.stream()
                    .filter(MergeConflict.class::isInstance)
                    .map(MergeConflict.class::cast)
                    .forEach(found::add);
        }
        return found;
    }

    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("client_([0-9]{1,3})");

    /**
     * The clients of the sheet, {@code client_0}, {@code client_1}, ... (a parameter is never given
     * twice), in that order, each once, at most {@link #MOST_SHOWN}; one that is not an id is not found.
     */
    private static List<UUID> ids(Map<String, String> params) {
        java.util.TreeMap<Integer, String> given = new java.util.TreeMap<>();
        params.forEach((name, value) -> {
            var column = COLUMN.matcher(name);
            if (column.matches()) {
                given.put(Integer.parseInt(column.group(1)), value);
            }
        });
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        given.values().stream().limit(MOST_SHOWN).forEach(id -> ids.add(ClientPageController.parse(id)));
        return List.copyOf(ids);
    }

    private static UUID parseOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID mergeId(String id) {
        return PathIds.uuid(id, () -> ApiProblem.notFound("The merge"));
    }
}
