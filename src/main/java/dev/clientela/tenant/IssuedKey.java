package dev.clientela.tenant;

/** A key just created: the only moment its full value is known and shown. */
record IssuedKey(ApiKey key, ApiKeySecret secret) {}
