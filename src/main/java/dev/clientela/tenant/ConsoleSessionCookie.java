package dev.clientela.tenant;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The console's session cookie: {@code HttpOnly}, {@code SameSite=Lax}, sent only to console paths,
 * and {@code Secure} whenever the browser reached the service over https, directly or through a
 * proxy that ends TLS and says so in {@code X-Forwarded-Proto}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSessionCookie {

    @Bean
    CookieSerializer consoleCookie() {
        DefaultCookieSerializer plain = serializer(false);
        DefaultCookieSerializer secure = serializer(true);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                (https(value.getRequest()) ? secure : plain).writeCookieValue(value);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return plain.readCookieValues(request);
            }
        };
    }

    static boolean https(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static DefaultCookieSerializer serializer(boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("CLIENTELA_SESSION");
        serializer.setCookiePath("/console");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        return serializer;
    }
}
