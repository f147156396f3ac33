package dev.clientela.tenant;

/** A key just created: the only moment its full value is known and shown. */
public record IssuedKey(ApiKey key, ApiKeySecret secret) {}
