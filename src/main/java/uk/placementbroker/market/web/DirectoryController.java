package uk.placementbroker.market.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.market.PastPlacements;
import uk.placementbroker.market.SharedDirectory;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/** The market directory: providers and their homes, filterable, each with a profile; the consortium reviews additions. */
@Controller
class DirectoryController {

    private final SharedDirectory directory;
    private final PastPlacements pastPlacements;

    DirectoryController(SharedDirectory directory, PastPlacements pastPlacements) {
        this.directory = directory;
        this.pastPlacements = pastPlacements;
    }

    @GetMapping("/market/directory")
    String list(
            CurrentUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        MarketRecords.ProviderKind wantedKind = option(MarketRecords.ProviderKind.class, kind, "kind", errors);
        SharedDirectory.Status wantedStatus = option(SharedDirectory.Status.class, status, "status", errors);
        int pageNumber = 1;
        if (!page.matches("[1-9][0-9]{0,5}")) {
            errors.put("page", "Choose a page by its number, such as 2");
        } else {
            pageNumber = Integer.parseInt(page);
        }
        if (name.length() > 100) {
            errors.put("name", "Search for a name of 100 characters or fewer");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.put("name", "Search for a name or URN in letters, numbers and punctuation");
        }
        if (district.chars().anyMatch(Character::isISOControl) || district.length() > 100) {
            errors.put("district", "Choose one of the districts listed");
        }
        SharedDirectory.Filter filter = errors.isEmpty()
                ? new SharedDirectory.Filter(name, wantedKind, wantedStatus, district, pageNumber)
                : new SharedDirectory.Filter("", null, null, "", 1);
        model.addAttribute("result", directory.list(user, filter));
        model.addAttribute("proposals", directory.proposals(user));
        model.addAttribute("reviews", SharedDirectory.reviews(user));
        model.addAttribute(
                "kinds",
                Arrays.stream(MarketRecords.ProviderKind.values())
                        .collect(java.util.stream.Collectors.toMap(
                                Enum::name, SharedDirectory::kindWords, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("statuses", SharedDirectory.Status.values());
        model.addAttribute("districts", directory.districts());
        model.addAttribute("form", Map.of("name", name, "kind", kind, "status", status, "district", district));
        model.addAttribute("errors", errors);
        return "market/directory";
    }

    @GetMapping("/market/directory/providers/{id}")
    String profile(CurrentUser user, @PathVariable long id, Model model) {
        return profilePage(user, id, Map.of(), "", model);
    }

    @PostMapping("/market/directory/providers/{id}/confirm")
    String confirm(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            directory.confirm(user, id);
        } catch (MovedOn movedOn) {
            return profilePage(user, id, Map.of("review", movedOn.getMessage()), "", model);
        }
        redirect.addFlashAttribute("message", "Confirmed: every council in the consortium can now use this provider");
        return "redirect:/market/directory/providers/" + id;
    }

    @PostMapping("/market/directory/providers/{id}/retire")
    String retire(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            directory.retire(user, id, reason);
        } catch (MovedOn movedOn) {
            return profilePage(user, id, Map.of("review", movedOn.getMessage()), reason, model);
        } catch (Refused refused) {
            if (!SharedDirectory.reviews(user)) {
                throw refused;
            }
            return profilePage(user, id, Map.of("reason", refused.getMessage()), reason, model);
        }
        redirect.addFlashAttribute(
                "message", "Retired: kept for the records that name it, and no longer offered to anyone");
        return "redirect:/market/directory/providers/" + id;
    }

    private String profilePage(CurrentUser user, long id, Map<String, String> errors, String reason, Model model) {
        model.addAttribute("profile", directory.profile(user, id).orElseThrow(() -> new NotFound()));
        model.addAttribute("pastPlacements", pastPlacements.of(user, id));
        model.addAttribute("ownCouncil", user.localAuthorityId() != null);
        model.addAttribute("reviews", SharedDirectory.reviews(user));
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        return "market/directory-provider";
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose one of the options listed");
            return null;
        }
    }
}
