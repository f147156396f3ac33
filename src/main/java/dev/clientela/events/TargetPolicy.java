package dev.clientela.events;

import dev.clientela.web.JsonInput;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: {@code https} to public addresses, unless private targets are allowed (tests,
 * on-premises), which also allows {@code http}. Checked when an endpoint is saved and again, on the
 * resolved addresses, before each send, so a name that later points inside the network is refused too.
 */
@Component
class TargetPolicy {

    private final boolean allowPrivate;

    TargetPolicy(@Value("${clientela.webhooks.allow-private-targets:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    URI checkOnSave(JsonInput in, String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            in.reject("url", "invalid_format", "must be an absolute https URL");
            return null;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null) {
            in.reject("url", "invalid_format", "must be an absolute URL with a host, no user and no fragment");
            return null;
        }
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            in.reject("url", "insecure_url", "must be an https URL");
            return null;
        }
        if (!allowPrivate && isPrivateLiteral(url.getHost())) {
            in.reject("url", "private_target", "must not point to a private, loopback or link-local address");
            return null;
        }
        return url;
    }

    /** Null when the URL may be sent to now; otherwise why not. */
    String refusalOnSend(URI url) {
        if (allowPrivate) {
            return null;
        }
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            return "insecure_url";
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    return "private_target";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown_host";
        }
    }

    private static boolean isPrivateLiteral(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost") || h.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return isPrivate(InetAddress.getByName(h));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isAnyLocalAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0
                || (first == 100 && second >= 64 && second < 128)
                || (first == 198 && (second == 18 || second == 19));
    }
}
