package dev.clientela;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Clientela: keys authenticate requests, so no user store and no generated password. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableScheduling
public class ClientelaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClientelaApplication.class, args);
    }
}
