package uk.placementbroker.brokerage.web;

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
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Questions;
import uk.placementbroker.brokerage.RefusalReason;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.Vacancies;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/** The provider portal's referrals: only those sent to the provider's organisation, and only as anonymised. */
@Controller
class PortalReferralsController {

    private final Rounds rounds;
    private final Referrals referrals;
    private final Answers answers;
    private final Vacancies vacancies;
    private final Questions questions;
    private final Placements placements;

    PortalReferralsController(
            Rounds rounds,
            Referrals referrals,
            Answers answers,
            Vacancies vacancies,
            Questions questions,
            Placements placements) {
        this.placements = placements;
        this.rounds = rounds;
        this.referrals = referrals;
        this.answers = answers;
        this.vacancies = vacancies;
        this.questions = questions;
    }

    /** The newest referrals listed; older ones are closed long since, and their pages stay at their links. */
    static final int LISTED = 200;

    @GetMapping("/portal/referrals")
    String list(CurrentUser user, Model model) {
        model.addAttribute(
                "referrals", referrals.providerListings(rounds.sentTo(organisation(user), LISTED), LocalDate.now()));
        model.addAttribute("sent", rounds.countSentTo(organisation(user)));
        return "brokerage/portal-referrals";
    }

    /** Another provider's referral, or one never sent to this provider, is simply not found. */
    @GetMapping("/portal/referrals/{id}")
    String view(CurrentUser user, @PathVariable long id, Model model) {
        if (!rounds.wasSentTo(id, organisation(user))) {
            throw new NotFound();
        }
        return page(user, id, Map.of(), Map.of(), model);
    }

    @PostMapping("/portal/referrals/{id}/offers")
    String offer(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        if (!rounds.wasSentTo(id, organisation(user))) {
            throw new NotFound();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Answers.Offer offer = OfferForm.read(form, errors);
        if (!errors.isEmpty()) {
            return page(user, id, errors, form, model);
        }
        try {
            answers.offer(user, id, offer);
        } catch (Refused refused) {
            return page(user, id, Map.of("home", refused.getMessage()), form, model);
        }
        redirect.addFlashAttribute("message", "Offer sent to the council");
        return "redirect:/portal/referrals/" + id;
    }

    @PostMapping("/portal/referrals/{id}/refusals")
    String refuse(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        if (!rounds.wasSentTo(id, organisation(user))) {
            throw new NotFound();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        RefusalForm.Refusal refusal = RefusalForm.read(form, "Say why you cannot offer", errors);
        if (!errors.isEmpty()) {
            return page(user, id, errors, form, model);
        }
        try {
            answers.refuse(user, id, refusal.reason(), refusal.note());
        } catch (Refused refused) {
            return page(user, id, Map.of("reason", refused.getMessage()), form, model);
        }
        redirect.addFlashAttribute("message", "Thank you: the council knows you cannot offer, and why");
        return "redirect:/portal/referrals/" + id;
    }

    @PostMapping("/portal/referrals/{id}/offers/{offer}/withdraw")
    String withdraw(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long offer,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (!answers.withdraw(user, offer)) {
                throw new NotFound();
            }
        } catch (MovedOn movedOn) {
            return page(user, id, Map.of("closed", movedOn.getMessage()), Map.of(), model);
        }
        redirect.addFlashAttribute("message", "Offer withdrawn");
        return "redirect:/portal/referrals/" + id;
    }

    @PostMapping("/portal/referrals/{id}/questions")
    String ask(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            Model model,
            RedirectAttributes redirect) {
        if (!rounds.wasSentTo(id, organisation(user))) {
            throw new NotFound();
        }
        try {
            questions.ask(user, id, question);
        } catch (Refused problem) {
            return page(user, id, Map.of("question", problem.getMessage()), Map.of("question", question), model);
        }
        redirect.addFlashAttribute(
                "message", "Question sent: the broker's answer will show here for every provider asked");
        return "redirect:/portal/referrals/" + id;
    }

    private String page(CurrentUser user, long id, Map<String, String> errors, Map<String, String> form, Model model) {
        model.addAttribute("referral", referrals.anonymised(id, LocalDate.now()).orElseThrow(() -> new NotFound()));
        model.addAttribute("referralId", id);
        model.addAttribute("open", referrals.takesAnswers(id));
        List<Answers.Answer> own = answers.fromProvider(organisation(user), id);
        model.addAttribute("answers", own);
        model.addAttribute(
                "placedWithYou",
                placements
                        .agreedFromAnyOf(own.stream()
                                .filter(Answers.Answer::offer)
                                .map(Answers.Answer::id)
                                .toList())
                        .orElse(null));
        model.addAttribute("homes", vacancies.homesOf(organisation(user)));
        model.addAttribute("reasons", RefusalReason.values());
        model.addAttribute("questions", questions.forProvider(organisation(user), id));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "brokerage/portal-referral";
    }

    private static long organisation(CurrentUser user) {
        if (!user.hasRole(Role.PROVIDER_USER) || user.providerOrganisationId() == null) {
            throw new Refused("Your role does not include this part of the service");
        }
        return user.providerOrganisationId();
    }
}
