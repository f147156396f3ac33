package dev.clientela;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClientelaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClientelaApplication.class, args);
    }
}
