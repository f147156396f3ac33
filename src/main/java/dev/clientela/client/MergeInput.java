package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A merge's request body, read at the controller: every field error reported at once. */
public final class MergeInput {

    private MergeInput() {}

    private static final Set<String> MEMBERS = Set.of("clients", "keep");

    public static MergeRequest read(UUID survivor, JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ApiProblem.invalid("", "invalid_type", "must be a JSON object");
        }
        body.propertyNames().forEach(name -> {
            if (!MEMBERS.contains(name)) {
                errors.add(new FieldError(name, "unknown_field", "is not a field of a merge"));
            }
        });
        List<UUID> clients = clients(body.get("clients"), errors);
        Map<String, UUID> keep = keep(body.get("keep"), errors);
        if (clients.contains(survivor)) {
            errors.add(new FieldError("clients", "invalid_value", "must not name the survivor"));
        }
        Set<UUID> named = new LinkedHashSet<>(clients);
        named.add(survivor);
        keep.forEach((field, id) -> {
            if (!named.contains(id)) {
                errors.add(new FieldError("keep." + field, "invalid_value", "must be the survivor or a merged client"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new MergeRequest(clients, keep);
    }

    private static List<UUID> clients(JsonNode node, List<FieldError> errors) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            errors.add(new FieldError("clients", "required", "must list the ids of 1 to 10 clients"));
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            UUID id = uuid(node.get(i));
            if (id == null) {
                errors.add(new FieldError("clients[" + i + "]", "invalid_format", "must be a client id"));
            } else if (!ids.add(id)) {
                errors.add(new FieldError("clients[" + i + "]", "duplicate_value", "names a client twice"));
            }
        }
        return List.copyOf(ids);
    }

    private static Map<String, UUID> keep(JsonNode node, List<FieldError> errors) {
        Map<String, UUID> keep = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return keep;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("keep", "invalid_type", "must be an object of field names and client ids"));
            return keep;
        }
        for (var member : node.properties()) {
            String field = member.getKey();
            UUID id = uuid(member.getValue());
            if (!SurvivorFields.NAMES.contains(field)) {
                errors.add(new FieldError("keep." + field, "unknown_field", "is not a field a merge can keep"));
            } else if (id == null) {
                errors.add(new FieldError("keep." + field, "invalid_format", "must be a client id"));
            } else {
                keep.put(field, id);
            }
        }
        return keep;
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isString() || node.stringValue().length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(node.stringValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
