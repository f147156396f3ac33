package dev.clientela.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The export of the clients the list filters select, streamed as {@link ClientExport} writes it. */
@RestController
class ExportController {

    private final ClientExport export;

    ExportController(ClientExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/clients/export")
    @PreAuthorize("hasRole('VIEWER')")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        ClientExport.Prepared prepared = export.prepare(params);
        response.setContentType(prepared.contentType());
        if (prepared.fileName() != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + prepared.fileName() + "\"");
        }
        prepared.writeTo(response.getOutputStream());
    }
}
