package dev.clientela.support;

import dev.clientela.ClientelaApplication;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Another instance of the service on the tests' database, as behind a load balancer, reading the
 * same {@link TestClock} as the tests' own instance.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts it with {@code settings} ({@code --name=value}) on top of the database and the platform key. */
    public static SecondInstance start(TestClock clock, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--clientela.db.url=" + TestDatabase.jdbcUrl(),
                "--clientela.db.user=" + TestDatabase.user(),
                "--clientela.db.owner-user=" + TestDatabase.owner(),
                "--clientela.bootstrap-api-key=" + ApiTest.PLATFORM_KEY));
        args.addAll(List.of(settings));
        return new SecondInstance(new SpringApplicationBuilder(ClientelaApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("testClock", Clock.class, () -> clock, bean -> bean.setPrimary(true)))
                .run(args.toArray(String[]::new)));
    }

    public Api api() {
        return new Api(baseUrl());
    }

    public String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
