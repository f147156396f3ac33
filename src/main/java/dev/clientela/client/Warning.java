package dev.clientela.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** Something worth knowing about a saved client that did not stop it being saved. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String field, String code, String message, UUID existingClientId) {}
