package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The routes are searched by their paths first; that must never choose otherwise than Spring MVC's
 * own conditions: for every route of the service and every path made from every route (as written,
 * percent-encoded, with matrix variables, a trailing or doubled slash, another case, cut short), a
 * route is passed over only when Spring MVC would not match it either.
 */
class RouteTableTest extends ApiTest {

    private static final String ID = "01a2353b-915a-7a6e-a905-5029f15ff358";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void theServiceSearchesItsRoutesByPathFirst() {
        assertThat(routes).isInstanceOf(RouteTable.PathFirstMapping.class);
    }

    @Test
    void aRoutePassedOverOnItsPathIsOneSpringWouldNotMatch() {
        RouteTable.PathFirstMapping mapping = (RouteTable.PathFirstMapping) routes;
        Set<RequestMappingInfo> infos = routes.getHandlerMethods().keySet();
        Set<String> paths = new LinkedHashSet<>();
        for (RequestMappingInfo info : infos) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                paths.addAll(variants(pattern.getPatternString()));
            }
        }
        assertThat(infos).hasSizeGreaterThan(100);

        int passedOver = 0;
        int matched = 0;
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("GET", "PATCH")) {
                MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                ServletRequestPathUtils.parseAndCache(request);
                RouteTable.Lookup lookup = new RouteTable.Lookup(request);
                for (RequestMappingInfo info : infos) {
                    boolean spring = info.getMatchingCondition(request) != null;
                    boolean ours = mapping.getMatchingMapping(info, lookup) != null;
                    if (spring != ours) {
                        wrong.add(method + " " + path + " -> " + info + ": Spring " + spring + ", path first " + ours);
                    }
                    matched += spring ? 1 : 0;
                    passedOver += lookup.segments() != null && !mapping.couldMatch(info, lookup.segments()) ? 1 : 0;
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(matched).as("paths that reach a route").isGreaterThan(paths.size() / 4);
        assertThat(passedOver)
                .as("routes passed over on their paths alone")
                .isGreaterThan(paths.size() * 2 * infos.size() / 2);
    }

    @Test
    void aPatternsLiteralStartEndsAtItsFirstVariableOrWildcard() {
        assertThat(RouteTable.PathFirstMapping.literalStart("/api/v1/clients/{id}/history"))
                .containsExactly("api", "v1", "clients");
        assertThat(RouteTable.PathFirstMapping.literalStart("/webjars/swagger-ui/**"))
                .containsExactly("webjars", "swagger-ui");
        assertThat(RouteTable.PathFirstMapping.literalStart("/")).isEmpty();
        assertThat(RouteTable.PathFirstMapping.literalStart("")).isEmpty();
        assertThat(RouteTable.PathFirstMapping.literalStart("/v3/api-docs.yaml"))
                .containsExactly("v3", "api-docs.yaml");
    }

    private static List<String> variants(String pattern) {
        String path = pattern.replaceAll("\\{\\*[^}]*}", "a/b")
                .replaceAll("\\{[^}]*}", ID)
                .replace("**", "x/y")
                .replace("*", "x");
        List<String> variants =
                new ArrayList<>(List.of(path, path + "/", path.replaceFirst("/", "//"), path.toUpperCase()));
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                continue;
            }
            String[] encoded = segments.clone();
            encoded[i] = "%" + Integer.toHexString(encoded[i].charAt(0)) + encoded[i].substring(1);
            variants.add(String.join("/", encoded));
            String[] matrix = segments.clone();
            matrix[i] = matrix[i] + ";v=1";
            variants.add(String.join("/", matrix));
            variants.add(String.join("/", java.util.Arrays.copyOf(segments, i)));
        }
        return variants;
    }
}
