package uk.placementbroker.children.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.children.Child;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.children.ChildSummary;
import uk.placementbroker.children.PermanencePlan;
import uk.placementbroker.children.PlacementsOfTheChild;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.NotFound;

@Controller
class ChildrenController {

    private final ChildRecords childRecords;
    private final PlacementsOfTheChild placements;

    ChildrenController(ChildRecords childRecords, PlacementsOfTheChild placements) {
        this.childRecords = childRecords;
        this.placements = placements;
    }

    public static final int LONGEST_NOTE = 1000;
    private static final int MOST_NAMES = 30;
    private static final int LONGEST_NAME = 100;

    @GetMapping("/children")
    public String list(
            CurrentUser user,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        List<ChildSummary> children = childRecords.list(user, search, page);
        model.addAttribute(
                "children", children.stream().limit(ChildRecords.PAGE_SIZE).toList());
        model.addAttribute("search", search);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("hasNextPage", children.size() > ChildRecords.PAGE_SIZE);
        model.addAttribute("today", LocalDate.now());
        return "children/list";
    }

    /** Another council's child, or a made-up id, is "not found": the answer must not reveal that a record exists. */
    @GetMapping("/children/{id}")
    public String view(CurrentUser user, @PathVariable long id, Model model) {
        Child child = childRecords.open(user, id).orElseThrow(() -> new NotFound());
        model.addAttribute("child", child);
        model.addAttribute("placements", placements.of(child.localAuthorityId(), id));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute(
                "plan", childRecords.permanencePlan(user.localAuthorityId(), id).orElse(null));
        Map<String, String> planOptions = new LinkedHashMap<>();
        for (PermanencePlan.Kind kind : PermanencePlan.Kind.values()) {
            planOptions.put(kind.name(), kind.words());
        }
        model.addAttribute("planOptions", planOptions);
        ChildRecords.OtherNames otherNames =
                childRecords.otherNames(user.localAuthorityId(), id).orElseThrow(() -> new NotFound());
        model.addAttribute("otherNames", otherNames);
        if (!model.containsAttribute("knownAsText")) {
            model.addAttribute("knownAsText", String.join("\n", otherNames.knownAs()));
            model.addAttribute("familyText", String.join("\n", otherNames.family()));
        }
        model.addAttribute(
                "recordsPlans",
                user.hasRole(Role.SOCIAL_WORKER)
                        || user.hasRole(Role.TEAM_MANAGER)
                        || user.hasRole(Role.INDEPENDENT_REVIEWING_OFFICER));
        return "children/view";
    }

    @PostMapping("/children/{id}/other-names")
    public String recordOtherNames(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String knownAs,
            @RequestParam(defaultValue = "") String family,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> knownAsNames = lines(knownAs, "knownAs", errors);
        List<String> familyNames = lines(family, "family", errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("knownAsText", knownAs);
            model.addAttribute("familyText", family);
            return view(user, id, model);
        }
        if (!childRecords.recordOtherNames(user, id, new ChildRecords.OtherNames(knownAsNames, familyNames))) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("message", "Names saved: providers will never read them");
        return "redirect:/children/" + id + "#other-names";
    }

    private static List<String> lines(String text, String field, Map<String, String> errors) {
        List<String> names =
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (names.size() > MOST_NAMES) {
            errors.put(field, "Enter no more than " + MOST_NAMES + " names");
        } else if (names.stream().anyMatch(name -> name.length() > LONGEST_NAME)) {
            errors.put(field, "Keep each name to " + LONGEST_NAME + " characters");
        }
        return names;
    }

    @PostMapping("/children/{id}/permanence-plan")
    public String recordPermanencePlan(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String plan,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        PermanencePlan.Kind kind;
        try {
            kind = PermanencePlan.Kind.valueOf(plan);
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", Map.of("plan", "Choose the permanence plan"));
            return view(user, id, model);
        }
        if (note.length() > LONGEST_NOTE) {
            model.addAttribute("errors", Map.of("note", "Keep the note to " + LONGEST_NOTE + " characters"));
            return view(user, id, model);
        }
        if (!childRecords.recordPermanencePlan(user, id, kind, note, LocalDate.now())) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("message", "Permanence plan recorded");
        return "redirect:/children/" + id;
    }
}
