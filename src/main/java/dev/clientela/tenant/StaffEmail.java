package dev.clientela.tenant;

import dev.clientela.web.JsonInput;
import java.util.regex.Pattern;

/** An email a person signs in with: one {@code @}, something either side, no spaces. */
public final class StaffEmail {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private StaffEmail() {}

    static String read(JsonInput input, boolean required) {
        String email = required ? input.requiredString("email", 254) : input.string("email", 254);
        if (email != null && !valid(email)) {
            input.reject("email", "invalid_format", "must be an email address");
            return null;
        }
        return email;
    }

    public static boolean valid(String email) {
        return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
    }
}
