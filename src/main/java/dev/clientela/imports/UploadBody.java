package dev.clientela.imports;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * The file of an upload, as a stream: the body itself ({@code text/csv}, {@code application/x-ndjson}),
 * or the {@code file} part of a {@code multipart/form-data} body, read as it arrives (nothing buffered).
 */
record UploadBody(String format, InputStream stream) {

    static UploadBody of(HttpServletRequest request) throws IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
            return new UploadBody("csv", request.getInputStream());
        }
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/ndjson")) {
            return new UploadBody("ndjson", request.getInputStream());
        }
        if (type.startsWith("multipart/form-data")) {
            return part(request);
        }
        throw new ApiProblem(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Send the file as text/csv, application/x-ndjson, or multipart/form-data with a 'file' part");
    }

    private static UploadBody part(HttpServletRequest request) throws IOException {
        var upload = new JakartaServletFileUpload<>();
        FileItemInputIterator parts;
        try {
            parts = upload.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if ("file".equals(part.getFieldName())) {
                    return new UploadBody(format(part), part.getInputStream());
                }
            }
        } catch (org.apache.commons.fileupload2.core.FileUploadException e) {
            throw ApiProblem.invalid("file", "invalid_multipart", "The multipart body cannot be read");
        }
        throw ApiProblem.invalid("file", "required", "The multipart body has no 'file' part");
    }

    /** A file part is NDJSON when its type or its name says so, and CSV otherwise. */
    static String format(FileItemInput part) {
        String name = part.getName() == null ? "" : part.getName().toLowerCase(Locale.ROOT);
        String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
        boolean ndjson = type.contains("ndjson") || name.endsWith(".ndjson") || name.endsWith(".jsonl");
        return ndjson ? "ndjson" : "csv";
    }
}
