package dev.clientela.credit;

import dev.clientela.sales.Paging;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The installments listing's parameters: {@code status=unpaid}, an optional {@code due_before}, and paging. */
record DueQuery(LocalDate dueBefore, Paging paging) {

    static DueQuery read(Map<String, String> params) {
        Map<String, String> rest = new HashMap<>(params);
        String status = rest.remove("status");
        String dueBefore = rest.remove("due_before");
        List<FieldError> errors = new ArrayList<>();
        if (status != null && !status.strip().equalsIgnoreCase("unpaid")) {
            errors.add(new FieldError("status", "invalid_value", "must be unpaid"));
        }
        LocalDate before = null;
        if (dueBefore != null) {
            try {
                before = LocalDate.parse(dueBefore.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("due_before", "invalid_format", "must be a date such as 2026-02-01"));
            }
        }
        Paging paging;
        try {
            paging = Paging.read(rest);
        } catch (ApiProblem problem) {
            errors.addAll(problem.errors());
            throw ApiProblem.invalid(errors);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new DueQuery(before, paging);
    }
}
