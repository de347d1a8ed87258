package uk.placementbroker.system;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.placementbroker.brokerage.BrokerQueue;
import uk.placementbroker.brokerage.WaitingFor;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;

@Controller
class HomeController {

    /** The most urgent referrals a broker sees on their home page; the queue page has the rest. */
    static final int QUEUE_ON_HOME_PAGE = 5;

    private final ChildRecords childRecords;
    private final BrokerQueue brokerQueue;
    private final WaitingFor waitingFor;

    HomeController(ChildRecords childRecords, BrokerQueue brokerQueue, WaitingFor waitingFor) {
        this.childRecords = childRecords;
        this.brokerQueue = brokerQueue;
        this.waitingFor = waitingFor;
    }

    public record RoleHome(Role role, String summary, List<RoleTask> tasks) {}

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        List<RoleHome> homes = user.roles().stream()
                .sorted()
                .map(role -> new RoleHome(role, RoleTasks.summary(role), RoleTasks.of(role)))
                .toList();
        model.addAttribute("homes", homes);
        if (user.seesChildrensRecords()) {
            model.addAttribute("childrenLookedAfter", childRecords.countLookedAfter(user.localAuthorityId()));
            model.addAttribute("waiting", waitingFor.of(user));
        } else if (user.hasRole(Role.IN_HOUSE_FOSTERING)) {
            model.addAttribute("waiting", waitingFor.of(user));
        }
        if (user.hasRole(Role.BROKER) && user.localAuthorityId() != null) {
            List<BrokerQueue.Item> queue = brokerQueue.of(user);
            model.addAttribute("queue", queue.stream().limit(QUEUE_ON_HOME_PAGE).toList());
            model.addAttribute("queueSize", queue.size());
            model.addAttribute("now", java.time.Instant.now());
        }
        return "home";
    }

    /** The licences of the data shipped with the product, and the attribution they ask for; open to anyone. */
    @GetMapping("/licences")
    String licences() {
        return "licences";
    }
}
