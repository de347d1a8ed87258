package uk.placementbroker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
// Module listeners (@ApplicationModuleListener) run after the publishing transaction commits, on their own threads.
@EnableAsync
public class PlacementBrokerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlacementBrokerApplication.class, args);
    }
}
