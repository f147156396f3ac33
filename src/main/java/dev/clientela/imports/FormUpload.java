package dev.clientela.imports;

import dev.clientela.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * A form that uploads an import file: the fields that come before its {@code file} part, and that file as
 * a stream, read as it arrives. Fields after the file are never read, since reading them would mean
 * holding the whole file first: a form puts its options before the file.
 */
public record FormUpload(Map<String, String> fields, String format, InputStream file) {

    private static final int MAX_FIELD_BYTES = 1024;

    public static FormUpload read(HttpServletRequest request) throws IOException {
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
            Map<String, String> fields = new LinkedHashMap<>();
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if ("file".equals(part.getFieldName())) {
                    return new FormUpload(fields, UploadBody.format(part), part.getInputStream());
                }
                if (part.isFormField()) {
                    try (InputStream value = part.getInputStream()) {
                        fields.put(
                                part.getFieldName(),
                                new String(value.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (org.apache.commons.fileupload2.core.FileUploadException e) {
            throw ApiProblem.invalid("file", "invalid_multipart", "The multipart body cannot be read");
        }
        throw ApiProblem.invalid("file", "required", "Choose a file to import");
    }
}
