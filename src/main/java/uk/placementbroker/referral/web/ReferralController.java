package uk.placementbroker.referral.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.children.Codes903;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.placement.StandardPlacement;
import uk.placementbroker.referral.ChoiceProgress;
import uk.placementbroker.referral.PlacementsStandard;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.ReferralQuality;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Refused;

/** The referral's pages: the list, choosing a child, the question pages, check your answers, and each role's decision. */
@Controller
class ReferralController {

    private final Referrals referrals;
    private final ChildRecords children;
    private final Placements placements;
    private final ChoiceProgress choiceProgress;

    /** The social worker came to a page of questions from checking their answers, and goes back there. */
    private static final String CHECK_ANSWERS = "check";

    ReferralController(
            Referrals referrals,
            ChildRecords children,
            Placements placements,
            ObjectProvider<ChoiceProgress> choiceProgress) {
        this.referrals = referrals;
        this.children = children;
        this.placements = placements;
        // Without the module that makes the choice (a module test), a choosing referral waits as its status says.
        this.choiceProgress = choiceProgress.getIfAvailable(() -> (user, ids) -> Map.of());
    }

    @GetMapping("/referrals")
    String list(CurrentUser user, Model model) {
        List<Referrals.Referral> listed = referrals.list(user);
        Map<Long, String> choosing = choiceProgress.waitingFor(
                user,
                listed.stream()
                        .filter(referral -> referral.status() == ReferralStatus.CHOOSING)
                        .map(Referrals.Referral::id)
                        .toList());
        Map<Long, String> waitingFor = new java.util.HashMap<>();
        listed.forEach(referral -> waitingFor.put(
                referral.id(),
                choosing.getOrDefault(referral.id(), referral.status().waitsFor())));
        model.addAttribute("referrals", listed);
        model.addAttribute("waitingFor", waitingFor);
        model.addAttribute("canStart", user.hasRole(Role.SOCIAL_WORKER));
        return "referral/list";
    }

    @GetMapping("/referrals/new")
    String chooseChild(CurrentUser user, @RequestParam(defaultValue = "") String search, Model model) {
        if (!user.hasRole(Role.SOCIAL_WORKER)) {
            throw new Refused("Your role does not include this part of the service");
        }
        model.addAttribute("search", search);
        if (!search.isBlank()) {
            model.addAttribute(
                    "children",
                    children.list(user, search, 1).stream()
                            .limit(ChildRecords.PAGE_SIZE)
                            .toList());
        }
        return "referral/choose-child";
    }

    @PostMapping("/referrals")
    String start(CurrentUser user, @RequestParam long child) {
        long id = referrals.start(user, child).orElseThrow(() -> new NotFound());
        return "redirect:/referrals/" + id + "/" + ReferralPage.PLACEMENT.slug();
    }

    /** A page of questions; from "check" when the social worker came from checking their answers, and goes back there. */
    @GetMapping("/referrals/{id}/{page:[a-z]+}")
    String question(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String page,
            @RequestParam(defaultValue = "") String from,
            Model model) {
        Referrals.Referral referral = open(user, id);
        ReferralPage question = ReferralPage.of(page).orElseThrow(() -> new NotFound());
        model.addAttribute("from", from);
        model.addAttribute("amending", amending(user, referral));
        return questionPage(
                referral, question, referral.details(), ReferralPage.values(referral.details()), Map.of(), model);
    }

    @PostMapping("/referrals/{id}/{page:[a-z]+}")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String page,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Referrals.Referral referral = open(user, id);
        ReferralPage question = ReferralPage.of(page).orElseThrow(() -> new NotFound());
        Map<String, String> problems = new LinkedHashMap<>();
        ReferralDetails answers = question.read(referral.details(), form, problems);
        boolean amending = amending(user, referral);
        String why = form.getFirst("why") == null ? "" : form.getFirst("why");
        if (amending && problems.isEmpty()) {
            try {
                referrals.amend(user, id, answers, question.title(), why);
                redirect.addFlashAttribute(
                        "message", "Referral changed: the social worker and the providers already asked are told");
                return "redirect:/referrals/" + id + "/search";
            } catch (Refused refused) {
                // A broker amending may change it (amending says so): what amend refuses is the reason.
                problems.put("why", refused.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("amending", amending);
            model.addAttribute("why", why);
            Map<String, Object> values = new LinkedHashMap<>(ReferralPage.values(answers));
            form.forEach((field, typed) -> values.put(
                    field,
                    String.join(
                            field.equals("essentialCriteria") || field.equals("outcomes") || field.equals("preferences")
                                    ? "\n"
                                    : ", ",
                            typed)));
            // What was typed and chosen stays on the page, not what was saved before.
            model.addAttribute("from", form.getFirst("from"));
            return questionPage(referral, question, answers, values, problems, model);
        }
        referrals.saveAnswers(user, id, answers);
        if (CHECK_ANSWERS.equals(form.getFirst("from"))) {
            return "redirect:/referrals/" + id + "#" + question.slug();
        }
        return "redirect:/referrals/" + id
                + (question.next().map(next -> "/" + next.slug()).orElse(""));
    }

    /** Check your answers, what is left to put right, each role's next step, and the history. */
    @GetMapping("/referrals/{id}")
    String summary(CurrentUser user, @PathVariable long id, Model model) {
        Referrals.Referral referral = open(user, id);
        model.addAttribute(
                "waitingFor",
                choiceProgress
                        .waitingFor(
                                user, referral.status() == ReferralStatus.CHOOSING ? List.of(referral.id()) : List.of())
                        .getOrDefault(referral.id(), referral.status().waitsFor()));
        model.addAttribute("referral", referral);
        model.addAttribute("pages", ReferralPage.values());
        model.addAttribute(
                "findings",
                referral.status().editable() ? ReferralQuality.check(referral.details(), LocalDate.now()) : List.of());
        List<Referrals.Event> history = referrals.history(user, id);
        model.addAttribute("history", history);
        if (referral.status() == ReferralStatus.RETURNED) {
            // The comments the social worker is to answer: those of the step that returned it, the latest.
            history.stream()
                    .filter(event -> event.action().startsWith("Returned the referral")
                            || event.action().startsWith("Did not give permission to look"))
                    .reduce((earlier, later) -> later)
                    .ifPresent(returned -> model.addAttribute("returnedWith", returned));
        }
        model.addAttribute(
                "ethnicityWords",
                referral.details().ethnicity() == null
                        ? null
                        : Codes903.ethnicity(referral.details().ethnicity()));
        model.addAttribute(
                "mainTypes",
                List.of(PlacementType.FOSTERING, PlacementType.RESIDENTIAL, PlacementType.SUPPORTED_ACCOMMODATION));
        model.addAttribute("isSocialWorker", user.hasRole(Role.SOCIAL_WORKER));
        model.addAttribute("isTeamManager", user.hasRole(Role.TEAM_MANAGER));
        model.addAttribute("isBroker", user.hasRole(Role.BROKER));
        model.addAttribute("isFosteringTeam", user.hasRole(Role.IN_HOUSE_FOSTERING) && !user.seesChildrensRecords());
        model.addAttribute("amendable", amending(user, referral));
        if (referral.status().editable()) {
            model.addAttribute(
                    "otherNames",
                    children.otherNames(user.localAuthorityId(), referral.childId())
                            .orElse(null));
        }
        if ((referral.status() == uk.placementbroker.referral.ReferralStatus.READY_TO_SEARCH
                        || referral.status() == uk.placementbroker.referral.ReferralStatus.SEARCHING)
                && user.hasRole(Role.BROKER)) {
            model.addAttribute("searchLink", MarketSearchLink.of(referral, LocalDate.now()));
        }
        return "referral/summary";
    }

    @PostMapping("/referrals/{id}/submit")
    String submit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        List<ReferralQuality.Finding> findings = referrals.submit(user, id, comment, LocalDate.now());
        if (!findings.isEmpty()) {
            model.addAttribute("errors", errors(findings));
            return summary(user, id, model);
        }
        redirect.addFlashAttribute("message", "Referral sent");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/permission")
    String permission(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        if (!decision.equals("yes") && !decision.equals("no")) {
            model.addAttribute("errors", Map.of("decision", "Say whether you give permission to look"));
            return summary(user, id, model);
        }
        if (decision.equals("no") && comment.isBlank()) {
            model.addAttribute("errors", Map.of("comment", "Say why, so that the social worker knows what to change"));
            return summary(user, id, model);
        }
        referrals.authorise(user, id, decision.equals("yes"), comment);
        redirect.addFlashAttribute(
                "message",
                decision.equals("yes") ? "Permission to look given" : "Referral returned to the social worker");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/quality-check")
    String qualityCheck(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        if (!decision.equals("accept") && !decision.equals("return")) {
            model.addAttribute(
                    "errors",
                    Map.of(
                            "decision",
                            "Say whether the referral is ready to search or goes back to the social worker"));
            return summary(user, id, model);
        }
        if (decision.equals("return") && comment.isBlank()) {
            model.addAttribute("errors", Map.of("comment", "Say what the social worker needs to put right"));
            return summary(user, id, model);
        }
        referrals.check(user, id, decision.equals("accept"), comment);
        redirect.addFlashAttribute(
                "message",
                decision.equals("accept") ? "Referral ready to search" : "Referral returned to the social worker");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/withdraw")
    String withdraw(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String withdrawReason,
            Model model,
            RedirectAttributes redirect) {
        if (withdrawReason.isBlank()) {
            model.addAttribute("errors", Map.of("withdrawReason", "Say why the referral is withdrawn"));
            return summary(user, id, model);
        }
        referrals.withdraw(user, id, withdrawReason);
        redirect.addFlashAttribute("message", "Referral withdrawn");
        return "redirect:/referrals/" + id;
    }

    /** The referral, and the placement agreed for it once there is one, in the shape of the draft Placements Standard, as JSON. */
    @GetMapping(path = "/referrals/{id}/placements-standard.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export(CurrentUser user, @PathVariable long id) {
        Referrals.Referral referral = open(user, id);
        referrals.recordExported(id, "Downloaded as the Placements Standard JSON");
        ReferralDetails details = referral.details();
        StandardPlacement placement = placements
                .asStandard(
                        user.localAuthorityId(),
                        id,
                        new StandardPlacement.Asked(
                                details.homePostcode(),
                                details.schoolPostcode(),
                                details.maximumMiles(),
                                details.areasToAvoid(),
                                details.siblingsToPlaceWith()))
                .orElse(null);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=referral-" + id + ".json")
                .body(PlacementsStandard.referral(
                        referral.childReference(),
                        referral.details(),
                        referral.submittedOn() == null ? LocalDate.now() : referral.submittedOn(),
                        referral.createdBy(),
                        placement));
    }

    /** A broker changing the referral while searching, rather than its social worker writing it. */
    private static boolean amending(CurrentUser user, Referrals.Referral referral) {
        return user.hasRole(Role.BROKER)
                && !user.hasRole(Role.SOCIAL_WORKER)
                && (referral.status() == ReferralStatus.READY_TO_SEARCH
                        || referral.status() == ReferralStatus.SEARCHING);
    }

    private Referrals.Referral open(CurrentUser user, long id) {
        return referrals.open(user, id).orElseThrow(() -> new NotFound());
    }

    private String questionPage(
            Referrals.Referral referral,
            ReferralPage question,
            ReferralDetails answers,
            Map<String, Object> values,
            Map<String, String> problems,
            Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("page", question);
        model.addAttribute("values", values);
        model.addAttribute("errors", problems);
        model.addAttribute("needs", ReferralPage.needsInOrder());
        model.addAttribute(
                "mainTypes",
                List.of(PlacementType.FOSTERING, PlacementType.RESIDENTIAL, PlacementType.SUPPORTED_ACCOMMODATION));
        model.addAttribute(
                "otherTypes",
                List.of(
                        PlacementType.PARENT_AND_CHILD,
                        PlacementType.SHORT_BREAKS,
                        PlacementType.SEND_RESIDENTIAL_SCHOOL));
        model.addAttribute("details", answers);
        model.addAttribute("ethnicities", Codes903.ethnicities());
        return "referral/page";
    }

    private static Map<String, String> errors(List<ReferralQuality.Finding> findings) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            errors.put("finding-" + (i + 1), findings.get(i).message());
        }
        return errors;
    }
}
