package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The ways a request about clients is refused, named as facts. */
final class ClientProblems {

    private ClientProblems() {}

    static ApiProblem notFound() {
        return new ClientNotFound();
    }

    static ApiProblem duplicateDocument(UUID existing) {
        return new ApiProblem(
                ErrorCode.DUPLICATE_DOCUMENT,
                "A live client of this tenant already has this identity document",
                List.of(),
                Map.of("existing_client_id", existing));
    }

    static ApiProblem duplicateExternalCode(UUID existing) {
        return new ApiProblem(
                ErrorCode.DUPLICATE_EXTERNAL_CODE,
                "A live client of this tenant already has this external code",
                List.of(),
                Map.of("existing_client_id", existing));
    }

    static ApiProblem hasRecords(Map<String, Long> records) {
        return new ApiProblem(
                ErrorCode.CLIENT_HAS_RECORDS,
                "Records point to this client, so it can only be soft-deleted",
                List.of(),
                Map.of("records", records));
    }

    static ApiProblem versionMismatch(long current) {
        return new ApiProblem(
                ErrorCode.PRECONDITION_FAILED,
                "The client is at version " + current + "; fetch it again and retry",
                List.of(),
                Map.of("current_version", current));
    }
}
