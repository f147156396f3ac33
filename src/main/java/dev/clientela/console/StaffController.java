package dev.clientela.console;

import dev.clientela.tenant.IssuedKey;
import dev.clientela.tenant.Role;
import dev.clientela.tenant.StaffAdministration;
import dev.clientela.tenant.StaffEmail;
import dev.clientela.tenant.StaffLocale;
import dev.clientela.tenant.TenantAdministration;
import dev.clientela.web.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's staff users and API keys (ADMIN), and each user's own language. */
@Controller
class StaffController {

    private final StaffAdministration staff;
    private final TenantAdministration keys;

    StaffController(StaffAdministration staff, TenantAdministration keys) {
        this.staff = staff;
        this.keys = keys;
    }

    @GetMapping("/console/users")
    @PreAuthorize("hasRole('ADMIN')")
    String users(Model model) {
        model.addAttribute("users", staff.list());
        model.addAttribute("keys", keys.keys());
        model.addAttribute("roles", Role.values());
        return "users";
    }

    @PostMapping("/console/users")
    @PreAuthorize("hasRole('ADMIN')")
    String invite(
            @RequestParam(value = "email", required = false) String email,
            @RequestParam(value = "name", required = false) String name,
            @RequestParam(value = "role", required = false) Role role,
            @RequestParam(value = "locale", required = false) StaffLocale locale,
            HttpServletResponse response,
            RedirectAttributes next,
            Model model) {
        if (!StaffEmail.valid(email) || name == null || name.isBlank() || name.length() > 200 || role == null) {
            response.setStatus(422);
            model.addAttribute("inviteError", true);
            return users(model);
        }
        try {
            StaffAdministration.Invited invited =
                    staff.invite(email.strip(), name.strip(), role, locale == null ? StaffLocale.ES : locale);
            next.addFlashAttribute("invitedName", invited.user().name());
            next.addFlashAttribute("link", link(invited.token()));
            return "redirect:/console/users";
        } catch (ApiProblem problem) {
            response.setStatus(problem.code().status());
            model.addAttribute("inviteError", true);
            return users(model);
        }
    }

    @PostMapping("/console/users/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String deleteUser(@PathVariable String id) {
        staff.delete(dev.clientela.web.PathIds.uuid(id, "The user"));
        return "redirect:/console/users";
    }

    @PostMapping("/console/keys")
    @PreAuthorize("hasRole('ADMIN')")
    String issueKey(
            @RequestParam(value = "name", required = false) String name,
            @RequestParam(value = "role", required = false) Role role,
            HttpServletResponse response,
            RedirectAttributes next,
            Model model) {
        if (name == null || name.isBlank() || name.length() > 100 || role == null) {
            response.setStatus(422);
            model.addAttribute("keyError", true);
            return users(model);
        }
        IssuedKey issued = keys.issueKey(name.strip(), role, null);
        next.addFlashAttribute("issuedKey", issued.secret().value());
        return "redirect:/console/users";
    }

    @PostMapping("/console/keys/{id}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revokeKey(@PathVariable String id) {
        keys.revoke(dev.clientela.web.PathIds.uuid(id, "The API key"));
        return "redirect:/console/users";
    }

    /** The signed-in user's language, kept for their next sessions too. */
    @PostMapping("/console/language")
    String language(
            @RequestParam("lang") String lang,
            @RequestParam(value = "back", required = false) String back,
            HttpSession session) {
        StaffLocale locale = "en".equals(lang) ? StaffLocale.EN : StaffLocale.ES;
        staff.update(Staff.current().userId(), null, null, null, locale);
        session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, locale.locale());
        return "redirect:" + sameConsolePage(back);
    }

    /** Only a path of the console itself: never another site's address. */
    static String sameConsolePage(String back) {
        if (back == null
                || !back.startsWith("/console")
                || back.startsWith("//")
                || back.contains("\\")
                || back.contains("://")
                || back.toLowerCase(Locale.ROOT).contains("%2f%2f")) {
            return "/console";
        }
        return back;
    }

    private static String link(String token) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/console/set-password")
                .queryParam("token", token)
                .toUriString();
    }
}
