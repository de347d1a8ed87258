package uk.placementbroker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlacementBrokerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlacementBrokerApplication.class, args);
    }
}
