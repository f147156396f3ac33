package dev.clientela.events;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one webhook: no redirects followed, the whole exchange bounded by the timeout (15 s unless
 * configured) and at most 4 KiB of the answer read, so a slow or chatty receiver holds one virtual
 * thread for a bounded time and nothing more.
 */
@Component
class WebhookSender {

    static final int BODY_LIMIT = 4096;

    private final HttpClient http;
    private final Duration timeout;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    WebhookSender(@Value("${clientela.webhooks.timeout:15s}") Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    Answer send(URI url, Map<String, String> headers, String body, Instant now) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("content-type", "application/json")
                .header("user-agent", "Clientela-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.sendAsync(
                            request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            String text = firstBytes(response.body());
            return new Answer(
                    response.statusCode(),
                    null,
                    text,
                    retryAfter(response.headers().firstValue("retry-after").orElse(null), now));
        } catch (TimeoutException e) {
            return Answer.failed("timeout");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return Answer.failed("timeout");
            }
            if (cause instanceof ConnectException) {
                return Answer.failed("connection_refused");
            }
            return Answer.failed("connection_error: " + cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed("interrupted");
        }
    }

    /** The first 4 KiB of the answer, or what came of it within the timeout: a dripping body cannot hold a send. */
    private String firstBytes(InputStream body) {
        try (body) {
            var read = readers.submit(() -> body.readNBytes(BODY_LIMIT));
            try {
                return new String(read.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
            } catch (TimeoutException | ExecutionException e) {
                read.cancel(true);
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        } catch (IOException e) {
            return "";
        }
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0
                    ? null
                    : Duration.ofSeconds(Math.min(seconds, Duration.ofDays(1).toSeconds()));
        } catch (NumberFormatException e) {
            try {
                Duration d =
                        Duration.between(now, ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? null : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** A status and what the receiver said, or the error that kept it from answering. */
    record Answer(Integer status, String error, String body, Duration retryAfter) {

        static Answer failed(String error) {
            return new Answer(null, error, null, null);
        }

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }
}
