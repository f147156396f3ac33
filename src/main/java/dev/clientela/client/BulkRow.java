package dev.clientela.client;

import tools.jackson.databind.node.ObjectNode;

/**
 * One row of a bulk import: its line in the file, the client it gives as the API takes it (a column
 * left empty is a {@code null}: cleared on an update), and the client number it names, if any.
 */
public record BulkRow(int line, ObjectNode body, Long number) {}
