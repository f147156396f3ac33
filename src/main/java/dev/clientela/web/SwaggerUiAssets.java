package dev.clientela.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Swagger UI's files at {@code /webjars/swagger-ui/...} without their version in the path, from the
 * webjar on the classpath. A webjar locator would do the same, but it switches on Spring's
 * resource-URL filter for every request, and that filter fails (500) on a request whose
 * Content-Type names an empty charset.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiAssets implements WebMvcConfigurer {

    private static final String POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/swagger-ui/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/swagger-ui/" + version() + "/");
    }

    private static String version() {
        try (InputStream in = SwaggerUiAssets.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI's webjar is not on the classpath (" + POM + ")");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
