package dev.clientela.console;

import dev.clientela.tenant.Role;
import dev.clientela.tenant.StaffAuthentication;
import dev.clientela.tenant.StaffIdentity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, and what they may do, for every console page. */
@ControllerAdvice(basePackageClasses = Staff.class)
class Staff {

    @ModelAttribute("me")
    StaffIdentity me() {
        return current();
    }

    @ModelAttribute("canWrite")
    boolean canWrite() {
        StaffIdentity me = current();
        return me != null && me.role().includes(Role.OPERATOR);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        StaffIdentity me = current();
        return me != null && me.role().includes(Role.ADMIN);
    }

    /** The page itself, for forms that come back to it. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    static StaffIdentity current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff
                ? staff.identity()
                : null;
    }
}
