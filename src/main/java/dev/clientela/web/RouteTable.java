package dev.clientela.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds a request's handler among the service's routes by their paths first. A path with a variable
 * ({@code /api/v1/clients/{id}}) has no direct entry, so Spring MVC tries every route of every profile
 * on it, each asking the request, through every wrapper of the filter chain, for its method, its
 * {@code Origin} header and its path: the profile of a GET showed that search as a sixth of the
 * request's CPU. Here a route whose path patterns cannot match is passed over on its patterns alone,
 * which is what Spring MVC would have found after its other conditions; the routes that remain are
 * checked by Spring MVC itself, the method read once.
 */
@Configuration(proxyBeanMethods = false)
class RouteTable {

    @Bean
    WebMvcRegistrations routesByPath() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstMapping();
            }
        };
    }

    static final class PathFirstMapping extends RequestMappingHandlerMapping {

        /**
         * Of each route, the literal segments each of its path patterns starts with: made once the
         * routes are registered, looked up by identity (the lookup iterates the registered infos
         * themselves), read-only after. A route registered later has none and is checked in full.
         */
        private volatile Map<RequestMappingInfo, List<List<String>>> literalStarts = Map.of();

        @Override
        public void afterPropertiesSet() {
            super.afterPropertiesSet();
            Map<RequestMappingInfo, List<List<String>>> starts = new IdentityHashMap<>();
            getHandlerMethods().keySet().forEach(info -> starts.put(info, literalStarts(info)));
            literalStarts = starts;
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, new Lookup(request));
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            if (request instanceof Lookup lookup && lookup.segments != null && !couldMatch(info, lookup.segments)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        boolean couldMatch(RequestMappingInfo info, List<String> segments) {
            List<List<String>> starts = literalStarts.get(info);
            if (starts == null) {
                return true;
            }
            for (List<String> start : starts) {
                if (startsWith(segments, start)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWith(List<String> segments, List<String> start) {
            if (start.size() > segments.size()) {
                return false;
            }
            for (int i = 0; i < start.size(); i++) {
                if (!start.get(i).equals(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private static List<List<String>> literalStarts(RequestMappingInfo info) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths == null) {
                return List.of(List.of());
            }
            return paths.getPatterns().stream()
                    .map(pattern -> literalStart(pattern.getPatternString()))
                    .toList();
        }

        /** The segments of a pattern before its first variable or wildcard, each matched as it is. */
        static List<String> literalStart(String pattern) {
            List<String> start = new ArrayList<>();
            for (String segment : pattern.replaceFirst("^/", "").split("/", -1)) {
                if (segment.isEmpty() || segment.contains("{") || segment.contains("*") || segment.contains("?")) {
                    break;
                }
                start.add(segment);
            }
            return List.copyOf(start);
        }
    }

    /**
     * The request as the routes see it while one is chosen: its method read once, and the segments of
     * its path as a pattern matches them (decoded, without matrix variables); none when the path has
     * an empty segment, which only the patterns themselves judge.
     */
    static final class Lookup extends HttpServletRequestWrapper {

        private final String method;
        private final List<String> segments;

        Lookup(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
            this.segments = segments(
                    ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
        }

        @Override
        public String getMethod() {
            return method;
        }

        List<String> segments() {
            return segments;
        }

        private static List<String> segments(PathContainer path) {
            List<String> segments = new ArrayList<>();
            boolean separated = false;
            for (PathContainer.Element element : path.elements()) {
                if (element instanceof PathContainer.PathSegment segment) {
                    if (segment.valueToMatch().isEmpty()) {
                        return null;
                    }
                    segments.add(segment.valueToMatch());
                    separated = false;
                } else if (separated) {
                    return null;
                } else {
                    separated = true;
                }
            }
            return segments;
        }
    }
}
