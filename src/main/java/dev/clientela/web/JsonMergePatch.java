package dev.clientela.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** RFC 7396: an absent member is unchanged, null removes it, and objects merge member by member. */
public final class JsonMergePatch {

    private JsonMergePatch() {}

    /** A new document: {@code target} with {@code patch} applied; neither argument is modified. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodes.object();
        for (var member : patch.properties()) {
            JsonNode value = member.getValue();
            if (value.isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), value));
            }
        }
        return result;
    }
}
