package uk.placementbroker.brokerage.web;

import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.placementbroker.brokerage.BrokerQueue;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.Refused;

/** The brokerage team's queue, the most urgent referral and the nearest deadline first. */
@Controller
class BrokerQueueController {

    private final BrokerQueue queue;

    BrokerQueueController(BrokerQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/brokerage")
    String queue(CurrentUser user, Model model) {
        if (!user.hasRole(Role.BROKER) && !user.hasRole(Role.HEAD_OF_SERVICE) && !user.hasRole(Role.TEAM_MANAGER)) {
            throw new Refused("Your role does not include this part of the service");
        }
        model.addAttribute("items", queue.of(user));
        model.addAttribute("now", Instant.now());
        return "brokerage/queue";
    }
}
