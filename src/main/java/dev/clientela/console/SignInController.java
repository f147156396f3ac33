package dev.clientela.console;

import dev.clientela.tenant.StaffAdministration;
import dev.clientela.tenant.TenantChoices;
import dev.clientela.web.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form (Spring Security reads what it posts) and the one-time set-password page. */
@Controller
class SignInController {

    private final StaffAdministration staff;

    SignInController(StaffAdministration staff) {
        this.staff = staff;
    }

    @GetMapping("/console/login")
    String login(HttpSession session, Model model, @RequestParam(value = "choose", required = false) String choose) {
        if (choose != null && session.getAttribute(TenantChoices.ATTRIBUTE) instanceof TenantChoices choices) {
            model.addAttribute("choices", choices);
        }
        return "login";
    }

    @GetMapping("/console/set-password")
    String setPasswordForm(
            @RequestParam(value = "token", required = false) String token, HttpServletResponse response, Model model) {
        if (!staff.linkUsable(token)) {
            response.setStatus(404);
            model.addAttribute("unusable", true);
        }
        model.addAttribute("token", token);
        return "set-password";
    }

    @PostMapping("/console/set-password")
    String setPassword(
            @RequestParam(value = "token", required = false) String token,
            @RequestParam(value = "password", required = false) String password,
            @RequestParam(value = "confirmation", required = false) String confirmation,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("token", token);
        if (password == null || !password.equals(confirmation)) {
            response.setStatus(422);
            model.addAttribute("error", "mismatch");
            return "set-password";
        }
        try {
            staff.setPassword(token, password);
        } catch (ApiProblem problem) {
            response.setStatus(problem.code().status());
            if (problem.errors().isEmpty()) {
                model.addAttribute("unusable", true);
            } else {
                model.addAttribute("error", problem.errors().getFirst().code());
            }
            return "set-password";
        }
        return "redirect:/console/login?password-set";
    }
}
