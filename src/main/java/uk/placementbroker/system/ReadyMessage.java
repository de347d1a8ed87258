package uk.placementbroker.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where the product is once it answers: after the web server started and the demo data loaded. */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final String baseUrl;
    private final boolean demoData;

    ReadyMessage(
            @Value("${placementbroker.base-url}") String baseUrl,
            @Value("${placementbroker.demo-data.enabled:false}") boolean demoData) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("Placement Broker is ready at {}", baseUrl);
        if (demoData) {
            log.info("Demo sign-in: broker.northbridge / demo-password-2026 (every demo account is in README.md)");
        }
    }
}
