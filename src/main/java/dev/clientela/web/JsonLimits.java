package dev.clientela.web;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;

/**
 * Bounds on what a request body may contain, far above any real client record and far below what
 * could tie up the parser: nesting depth, number and string lengths, member names, tokens.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    static final int MAX_DEPTH = 32;

    @Bean
    JsonFactoryBuilderCustomizer requestBodyLimits() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(64)
                .maxStringLength((int) BodySizeLimitFilter.MAX_BYTES)
                .maxNameLength(256)
                .maxTokenCount(100_000)
                .build());
    }
}
