package dev.clientela.client;

import dev.clientela.document.DocumentCatalog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one document catalogue of the service. The catalogue is pure Java and knows no Spring, so it
 * is given the service's clock here, for the rules that depend on today's date (a Honduran DNI's
 * year of birth cannot be in the future).
 */
@Configuration(proxyBeanMethods = false)
class DocumentCatalogConfiguration {

    @Bean
    DocumentCatalog documentCatalog(Clock clock) {
        return DocumentCatalog.latinAmerica(clock);
    }
}
