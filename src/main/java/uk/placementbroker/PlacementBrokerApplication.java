package uk.placementbroker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class PlacementBrokerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlacementBrokerApplication.class, args);
    }
}
