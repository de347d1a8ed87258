package uk.placementbroker.brokerage.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Decisions;
import uk.placementbroker.brokerage.OfferScreening;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;

/** The choice of placements sent to the social worker and team manager, and each decision on it. */
@Controller
class ChoiceController {

    private final Referrals referrals;
    private final Answers answers;
    private final OfferScreening screening;
    private final Decisions decisions;
    private final Placements placements;

    ChoiceController(
            Referrals referrals,
            Answers answers,
            OfferScreening screening,
            Decisions decisions,
            Placements placements) {
        this.referrals = referrals;
        this.answers = answers;
        this.screening = screening;
        this.decisions = decisions;
        this.placements = placements;
    }

    @PostMapping("/referrals/{id}/choice/send")
    String send(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "answers", required = false) List<Long> chosen,
            RedirectAttributes redirect) {
        // A blank value binds as null: it chooses nothing.
        chosen = chosen == null
                ? List.of()
                : chosen.stream().filter(java.util.Objects::nonNull).toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("message", null);
            redirect.addFlashAttribute("shortlistError", "Choose at least one offer to send");
            return "redirect:/referrals/" + id + "/search";
        }
        try {
            decisions.sendChoice(user, id, chosen);
        } catch (MovedOn movedOn) {
            redirect.addFlashAttribute("shortlistError", movedOn.getMessage());
            return "redirect:/referrals/" + id + "/search";
        }
        redirect.addFlashAttribute("message", "Choice sent to the social worker and team manager");
        return "redirect:/referrals/" + id + "/choice";
    }

    @GetMapping("/referrals/{id}/choice")
    String choice(CurrentUser user, @PathVariable long id, Model model) {
        Referrals.Referral referral = referrals.open(user, id).orElseThrow(() -> new NotFound());
        Decisions.Choice choice = decisions.choice(user, id).orElseThrow(() -> new NotFound());
        OfferScreening.Result screened =
                screening.screen(user, referral, answers.toReferral(user.localAuthorityId(), id));
        List<OfferScreening.RankedOffer> shortlist = screened.sent(choice.shortlist());
        model.addAttribute("referral", referral);
        model.addAttribute("choice", choice);
        model.addAttribute("shortlist", shortlist);
        model.addAttribute(
                "proposed",
                choice.proposed()
                        ? answers.find(user.localAuthorityId(), choice.proposedAnswerId())
                                .orElse(null)
                        : null);
        model.addAttribute("needsBudgetHolder", choice.proposed() && decisions.needsBudgetHolder(user, choice));
        Map<Long, Money> overBudget = new java.util.HashMap<>();
        shortlist.forEach(offer -> Decisions.overBudget(referral.details(), offer.answer())
                .ifPresent(over -> overBudget.put(offer.answer().id(), over)));
        model.addAttribute("overBudget", overBudget);
        model.addAttribute(
                "budgetGuidance",
                referral.details().weeklyBudgetPounds() == null
                        ? null
                        : Money.pounds(referral.details().weeklyBudgetPounds()));
        model.addAttribute("threshold", Money.of(decisions.budgetThreshold()));
        model.addAttribute(
                "placement", placements.ofReferral(user.localAuthorityId(), id).orElse(null));
        model.addAttribute("isSocialWorker", user.hasRole(Role.SOCIAL_WORKER));
        model.addAttribute("isTeamManager", user.hasRole(Role.TEAM_MANAGER));
        model.addAttribute("isHeadOfService", user.hasRole(Role.HEAD_OF_SERVICE));
        model.addAttribute("me", user.username());
        return "brokerage/choice";
    }

    @PostMapping("/referrals/{id}/choice/propose")
    String propose(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long answer,
            @RequestParam(defaultValue = "") String rationale,
            Model model,
            RedirectAttributes redirect) {
        if (answer == null || rationale.isBlank()) {
            model.addAttribute(
                    "errors",
                    answer == null
                            ? Map.of("answer", "Choose the placement you propose")
                            : Map.of("rationale", "Say why this placement is the right one for the child"));
            return choice(user, id, model);
        }
        try {
            decisions.propose(user, id, answer, rationale);
        } catch (MovedOn movedOn) {
            model.addAttribute("errors", Map.of("answer", movedOn.getMessage()));
            return choice(user, id, model);
        }
        redirect.addFlashAttribute("message", "Proposal sent to the team manager");
        return "redirect:/referrals/" + id + "/choice";
    }

    @PostMapping("/referrals/{id}/choice/decide")
    String decide(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        if (!decision.equals("approve") && !decision.equals("reject")) {
            model.addAttribute("errors", Map.of("decision", "Say whether you give permission to place"));
            return choice(user, id, model);
        }
        try {
            Optional<Long> placement = decisions.decide(user, id, decision.equals("approve"), comment);
            redirect.addFlashAttribute(
                    "message",
                    placement.isPresent()
                            ? "Placement agreed"
                            : decision.equals("approve")
                                    ? "Permission to place given: the head of service must approve the cost"
                                    : "Proposal not approved");
        } catch (Placement.HomeFull | MovedOn refused) {
            model.addAttribute("errors", Map.of("decision", refused.getMessage()));
            return choice(user, id, model);
        }
        return "redirect:/referrals/" + id + "/choice";
    }

    @PostMapping("/referrals/{id}/choice/budget")
    String budget(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        if (!decision.equals("approve") && !decision.equals("reject")) {
            model.addAttribute("errors", Map.of("budget", "Say whether you approve the cost"));
            return choice(user, id, model);
        }
        try {
            Optional<Long> placement = decisions.approveBudget(user, id, decision.equals("approve"), comment);
            redirect.addFlashAttribute("message", placement.isPresent() ? "Placement agreed" : "Cost not approved");
        } catch (Placement.HomeFull | MovedOn refused) {
            model.addAttribute("errors", Map.of("budget", refused.getMessage()));
            return choice(user, id, model);
        }
        return "redirect:/referrals/" + id + "/choice";
    }
}
