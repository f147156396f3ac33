package dev.clientela;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ClientelaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClientelaApplication.class, args);
    }
}
