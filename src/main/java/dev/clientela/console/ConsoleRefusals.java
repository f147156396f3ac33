package dev.clientela.console;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refusal on a console page is a page saying so, with the status the API would answer. */
@ControllerAdvice(basePackageClasses = ConsoleRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleRefusals {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRefusals.class);

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.code().status());
        model.addAttribute("status", problem.code().status());
        model.addAttribute("notFound", problem.code() == ErrorCode.NOT_FOUND);
        model.addAttribute("detail", problem.getMessage());
        return "refused";
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("notFound", false);
        return "refused";
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, HttpServletResponse response, Model model) {
        log.error("A console page failed", e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("notFound", false);
        return "refused";
    }
}
