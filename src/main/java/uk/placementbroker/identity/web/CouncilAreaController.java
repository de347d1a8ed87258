package uk.placementbroker.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.shared.NotFound;

/** A council's administrator says which local authority districts make up its area (the security rules keep /admin to administrators). */
@Controller
class CouncilAreaController {

    public static final int LONGEST_NAME = 100;

    private final Organisations organisations;
    private final AuditLog auditLog;

    CouncilAreaController(Organisations organisations, AuditLog auditLog) {
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/area")
    public String form(CurrentUser user, Model model) {
        if (user.localAuthorityId() == null) {
            model.addAttribute("noCouncil", true);
            return "identity/area";
        }
        model.addAttribute("districts", String.join("\n", organisations.areaOf(user.localAuthorityId())));
        return "identity/area";
    }

    @PostMapping("/admin/area")
    public String save(
            CurrentUser user,
            @RequestParam(defaultValue = "") String districts,
            Model model,
            RedirectAttributes redirect) {
        long council = council(user);
        List<String> names = Arrays.stream(districts.split("\\R"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        if (names.stream().anyMatch(name -> name.length() > LONGEST_NAME)) {
            model.addAttribute(
                    "errors",
                    Map.of(
                            "districts",
                            "Enter one district on each line, each no longer than " + LONGEST_NAME + " characters"));
            model.addAttribute("districts", districts);
            return "identity/area";
        }
        organisations.setAreaOf(council, names);
        auditLog.record(AuditAction.UPDATED, "council area", council, String.join(", ", names));
        redirect.addFlashAttribute("message", "The council's area is saved");
        return "redirect:/admin/area";
    }

    private static long council(CurrentUser user) {
        if (user.localAuthorityId() == null) {
            throw new NotFound();
        }
        return user.localAuthorityId();
    }
}
