package dev.clientela.console;

import dev.clientela.client.Warning;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A save's warnings, carried to the next page in the session (so they must serialize). */
record Notes(String code, String message, UUID existingClientId) implements Serializable {

    static ArrayList<Notes> of(List<Warning> warnings) {
        ArrayList<Notes> notes = new ArrayList<>();
        warnings.forEach(w -> notes.add(new Notes(w.code(), w.message(), w.existingClientId())));
        return notes;
    }
}
