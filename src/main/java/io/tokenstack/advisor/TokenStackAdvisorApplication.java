package io.tokenstack.advisor;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TokenStackAdvisorApplication {

    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(TokenStackAdvisorApplication.class, args);
    }
}
