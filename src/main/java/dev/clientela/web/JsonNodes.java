package dev.clientela.web;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Building JSON trees without a mapper at hand. */
public final class JsonNodes {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private JsonNodes() {}

    public static ObjectNode object() {
        return FACTORY.objectNode();
    }
}
