package uk.placementbroker.system;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;

@Controller
class HomeController {

    private final ChildRecords childRecords;

    HomeController(ChildRecords childRecords) {
        this.childRecords = childRecords;
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
        }
        return "home";
    }
}
