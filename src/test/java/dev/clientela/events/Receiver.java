package dev.clientela.events;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A webhook receiver on 127.0.0.1: it records every request and answers as the test tells it, one
 * answer per request in order and then the last one again. It also counts, per webhook-id, how many
 * requests were being answered at the same moment.
 */
final class Receiver implements AutoCloseable {

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Set<String> overlapping = ConcurrentHashMap.newKeySet();
    private final List<Answer> answers = new ArrayList<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private int answered;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        answers.add(Answer.status(200));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** Answers the next requests with these, in order; the last keeps answering after that. */
    synchronized Receiver answering(Answer... next) {
        answers.clear();
        answers.addAll(List.of(next));
        answered = 0;
        return this;
    }

    /** Holds every request unanswered until {@link #release()}. */
    void holdRequests() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String eventType) {
        return received.stream().filter(r -> r.type().equals(eventType)).toList();
    }

    /** webhook-ids that were being answered twice at the same moment. */
    Set<String> overlapping() {
        return Set.copyOf(overlapping);
    }

    /** Waits (up to 30 s) until a request matching {@code what} has come. */
    Received await(Predicate<Received> what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (Received r : received) {
                if (what.test(r)) {
                    return r;
                }
            }
            pause();
        }
        throw new AssertionError("No such webhook came within 30 s; received " + received);
    }

    /** Waits (up to 60 s) until {@code done} holds of what has come. */
    void awaitAll(Predicate<List<Received>> done, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!done.test(received())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what + "; received " + received.size());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        AtomicInteger count = inFlight.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger());
        if (count.incrementAndGet() > 1) {
            overlapping.add(id);
        }
        try {
            Answer answer = nextAnswer();
            Received r = new Received(
                    exchange.getRequestMethod(), copy(exchange.getRequestHeaders()), body, answer.status());
            received.add(r);
            hold.await(60, TimeUnit.SECONDS);
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = answer.body().apply(r).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the sender gave up waiting (a timeout test): nothing more to answer
        } finally {
            count.decrementAndGet();
            exchange.close();
        }
    }

    private synchronized Answer nextAnswer() {
        Answer a = answers.get(Math.min(answered, answers.size() - 1));
        answered++;
        return a;
    }

    private static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }

    /** How the receiver answers one request. */
    record Answer(int status, Map<String, String> headers, Function<Received, String> body) {

        static Answer status(int status) {
            return new Answer(status, Map.of(), r -> "");
        }

        Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body);
        }

        Answer withBody(String text) {
            return new Answer(status, headers, r -> text);
        }
    }

    /** One request as the receiver got it. */
    record Received(String method, Map<String, List<String>> headers, String body, int answeredWith) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.getFirst();
        }

        JsonNode event() {
            return dev.clientela.support.Api.parse(body);
        }

        String type() {
            return event().path("type").asString("");
        }

        String eventId() {
            return event().path("id").asString("");
        }
    }
}
