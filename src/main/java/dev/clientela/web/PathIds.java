package dev.clientela.web;

import java.util.UUID;
import java.util.function.Supplier;

/** Ids in request paths: a text that is not a canonical UUID names nothing, so it is a 404. */
public final class PathIds {

    private PathIds() {}

    public static UUID uuid(String text, Supplier<? extends ApiProblem> notFound) {
        if (text != null && text.length() == 36) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                // not an id: falls through to "not found"
            }
        }
        throw notFound.get();
    }

    public static UUID uuid(String text, String what) {
        return uuid(text, () -> ApiProblem.notFound(what));
    }
}
