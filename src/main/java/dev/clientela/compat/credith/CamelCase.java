package dev.clientela.compat.credith;

import dev.clientela.web.JsonNodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Credith's JSON is camelCase: the canonical snake_case names, renamed, at every depth. */
final class CamelCase {

    private CamelCase() {}

    static JsonNode of(JsonNode node) {
        if (node.isObject()) {
            ObjectNode renamed = JsonNodes.object();
            node.properties().forEach(p -> renamed.set(name(p.getKey()), of(p.getValue())));
            return renamed;
        }
        if (node.isArray()) {
            ArrayNode renamed = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> renamed.add(of(item)));
            return renamed;
        }
        return node;
    }

    static String name(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_' && !camel.isEmpty()) {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
