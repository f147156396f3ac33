package dev.clientela.compat.geotareas;

import dev.clientela.compat.Refusal;
import dev.clientela.web.ErrorCode;

/** A write over the key's GeoTareas budget; {@code retryAfterSeconds} is when the next one fits. */
class RateLimited extends Refusal {

    private final long retryAfterSeconds;

    RateLimited(int perMinute, long retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, "Exceeded " + perMinute + " req/min");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
