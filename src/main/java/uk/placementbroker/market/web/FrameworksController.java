package uk.placementbroker.market.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.Frameworks;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Refused;
import uk.placementbroker.shared.Typed;

/** Commissioners manage their consortium's frameworks: the frameworks, their lots, and who is on each lot at what fee band. */
@Controller
class FrameworksController {

    private final Frameworks frameworks;
    private final MarketRecords records;
    private final AuditLog auditLog;

    FrameworksController(Frameworks frameworks, MarketRecords records, AuditLog auditLog) {
        this.frameworks = frameworks;
        this.records = records;
        this.auditLog = auditLog;
    }

    @GetMapping("/market/frameworks")
    String list(CurrentUser user, Model model) {
        return page(consortium(user), model, Map.of(), Map.of());
    }

    @PostMapping("/market/frameworks")
    String addFramework(
            CurrentUser user, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        long consortium = consortium(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty()) {
            errors.put("name", "Enter the framework's name");
        }
        LocalDate starts = date(form, "starts", "the date the framework starts", errors);
        LocalDate ends = date(form, "ends", "the date the framework ends", errors);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.put("endsDay", "The framework must end on or after the day it starts");
        }
        if (!errors.isEmpty()) {
            return page(consortium, model, errors, form);
        }
        long id = records.addFramework(consortium, name, "dps".equals(form.get("kind")), starts, ends);
        auditLog.record(AuditAction.CREATED, "framework", id, name);
        redirect.addFlashAttribute("message", name + " added");
        return "redirect:/market/frameworks";
    }

    @PostMapping("/market/frameworks/lots")
    String addLot(CurrentUser user, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        long consortium = consortium(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Long framework = number(form.get("framework"));
        if (framework == null || !frameworks.frameworkOf(consortium, framework)) {
            errors.put("framework", "Select one of your frameworks");
        }
        String name = form.getOrDefault("lotName", "").strip();
        if (name.isEmpty()) {
            errors.put("lotName", "Enter the lot's name, such as Fostering: enhanced");
        }
        PlacementType type = null;
        try {
            type = PlacementType.valueOf(form.getOrDefault("placementType", ""));
        } catch (IllegalArgumentException e) {
            errors.put("placementType", "Select the type of placement the lot is for");
        }
        String level = form.getOrDefault("skillLevel", "");
        if (!errors.isEmpty()) {
            return page(consortium, model, errors, form);
        }
        long id = records.addLot(framework, name, type, level.isEmpty() ? null : Integer.valueOf(level));
        auditLog.record(AuditAction.CREATED, "framework lot", id, name);
        redirect.addFlashAttribute("message", "Lot " + name + " added");
        return "redirect:/market/frameworks";
    }

    @PostMapping("/market/frameworks/bands")
    String setBand(CurrentUser user, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        long consortium = consortium(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Long lot = number(form.get("lot"));
        if (lot == null || !frameworks.lotOf(consortium, lot)) {
            errors.put("lot", "Select one of your lots");
        }
        Long provider = number(form.get("provider"));
        if (provider == null || frameworks.providers().stream().noneMatch(candidate -> candidate.id() == provider)) {
            errors.put("provider", "Select the provider");
        }
        BigDecimal lowest = money(form.get("lowest"));
        BigDecimal highest = money(form.get("highest"));
        if (lowest == null) {
            errors.put("lowest", "Enter the lowest weekly fee in pounds, such as 760");
        }
        if (highest == null) {
            errors.put("highest", "Enter the highest weekly fee in pounds, such as 860");
        } else if (lowest != null && highest.compareTo(lowest) < 0) {
            errors.put("highest", "The highest weekly fee must be the same as or more than the lowest");
        }
        if (!errors.isEmpty()) {
            return page(consortium, model, errors, form);
        }
        frameworks.setBand(lot, provider, lowest, highest);
        auditLog.record(
                AuditAction.UPDATED,
                "framework lot",
                lot,
                "provider " + provider + " at £" + lowest + " to £" + highest);
        redirect.addFlashAttribute("message", "Fee band saved");
        return "redirect:/market/frameworks";
    }

    private String page(long consortium, Model model, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("frameworks", frameworks.of(consortium));
        model.addAttribute("providers", frameworks.providers());
        model.addAttribute("placementTypes", PlacementType.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "market/frameworks";
    }

    private static long consortium(CurrentUser user) {
        if (!user.hasRole(Role.COMMISSIONER) || user.consortiumId() == null) {
            throw new Refused("Your role does not include this part of the service");
        }
        return user.consortiumId();
    }

    private static LocalDate date(Map<String, String> form, String prefix, String what, Map<String, String> errors) {
        Optional<LocalDate> date =
                Typed.date(form.get(prefix + "Day"), form.get(prefix + "Month"), form.get(prefix + "Year"));
        if (date.isEmpty()) {
            errors.put(
                    prefix + "Day",
                    "Enter " + what + " as a real date from " + Typed.EARLIEST_YEAR + " to " + Typed.LATEST_YEAR
                            + ", such as 1 4 2025");
        }
        return date.orElse(null);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal money(String text) {
        return Typed.pounds(text).orElse(null);
    }
}
