package uk.placementbroker.brokerage.web;

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

/**
 * The council's own fostering service answering the referrals it is asked about: its fostering team reads them
 * in full (they are the council's staff) and offers one of its carers or says why none can take the child. The
 * broker uses the same page to record an answer the team gave by phone, saying who gave it.
 */
@Controller
class InHouseReferralsController {

    private final Rounds rounds;
    private final Referrals referrals;
    private final Answers answers;
    private final Vacancies vacancies;
    private final Placements placements;

    InHouseReferralsController(
            Rounds rounds, Referrals referrals, Answers answers, Vacancies vacancies, Placements placements) {
        this.rounds = rounds;
        this.referrals = referrals;
        this.answers = answers;
        this.vacancies = vacancies;
        this.placements = placements;
    }

    /** One referral on the fostering team's list. */
    record Listed(Referrals.Referral referral, Rounds.InHouseRequest request) {}

    @GetMapping("/in-house/referrals")
    String list(CurrentUser user, Model model) {
        List<Rounds.InHouseRequest> requests = rounds.sentToInHouse(council(user));
        Map<Long, Referrals.Referral> byId =
                referrals
                        .askedOfFosteringTeam(
                                user,
                                requests.stream()
                                        .map(Rounds.InHouseRequest::referralId)
                                        .toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Referrals.Referral::id, referral -> referral));
        List<Listed> listed = requests.stream()
                .filter(request -> byId.containsKey(request.referralId()))
                .map(request -> new Listed(byId.get(request.referralId()), request))
                .toList();
        model.addAttribute("referrals", listed);
        return "brokerage/in-house-referrals";
    }

    @GetMapping("/in-house/referrals/{id}")
    String view(CurrentUser user, @PathVariable long id, Model model) {
        return page(user, asked(user, id), Map.of(), Map.of(), model);
    }

    @PostMapping("/in-house/referrals/{id}/offers")
    String offer(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Referrals.Referral referral = asked(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String givenBy = givenByPhoneBy(user, form, "givenBy", errors);
        Answers.Offer offer = OfferForm.read(form, errors);
        if (!errors.isEmpty()) {
            return page(user, referral, errors, form, model);
        }
        try {
            answers.offer(user, id, offer, givenBy);
        } catch (Refused refused) {
            return page(user, referral, Map.of("home", refused.getMessage()), form, model);
        }
        redirect.addFlashAttribute("message", "Offer sent to the broker");
        return "redirect:/in-house/referrals/" + id;
    }

    @PostMapping("/in-house/referrals/{id}/refusals")
    String refuse(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Referrals.Referral referral = asked(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String givenBy = givenByPhoneBy(user, form, "refusalGivenBy", errors);
        RefusalForm.Refusal refusal = RefusalForm.read(form, "Say why none of the council’s carers can offer", errors);
        if (!errors.isEmpty()) {
            return page(user, referral, errors, form, model);
        }
        try {
            answers.refuse(user, id, refusal.reason(), refusal.note(), givenBy);
        } catch (Refused refused) {
            return page(user, referral, Map.of("reason", refused.getMessage()), form, model);
        }
        redirect.addFlashAttribute("message", "The broker knows none of the council’s carers can offer, and why");
        return "redirect:/in-house/referrals/" + id;
    }

    @PostMapping("/in-house/referrals/{id}/offers/{offer}/withdraw")
    String withdraw(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long offer,
            Model model,
            RedirectAttributes redirect) {
        Referrals.Referral referral = asked(user, id);
        try {
            if (!answers.withdraw(user, offer)) {
                throw new NotFound();
            }
        } catch (MovedOn movedOn) {
            return page(user, referral, Map.of("closed", movedOn.getMessage()), Map.of(), model);
        }
        redirect.addFlashAttribute("message", "Offer withdrawn");
        return "redirect:/in-house/referrals/" + id;
    }

    private String page(
            CurrentUser user,
            Referrals.Referral referral,
            Map<String, String> errors,
            Map<String, String> form,
            Model model) {
        long council = council(user);
        List<Answers.Answer> given = answers.fromInHouse(council, referral.id());
        model.addAttribute("referral", referral);
        model.addAttribute("open", referrals.takesAnswers(referral.id()));
        model.addAttribute("answers", given);
        model.addAttribute(
                "placedWithYou",
                placements
                        .agreedFromAnyOf(given.stream()
                                .filter(Answers.Answer::offer)
                                .map(Answers.Answer::id)
                                .toList())
                        .orElse(null));
        model.addAttribute(
                "homes",
                rounds.inHouseProvider(council, referral.id())
                        .map(vacancies::homesOfProvider)
                        .orElse(List.of()));
        model.addAttribute("reasons", RefusalReason.values());
        model.addAttribute("byPhone", !user.hasRole(Role.IN_HOUSE_FOSTERING));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "brokerage/in-house-referral";
    }

    /** The referral, opened (and audited) for the user, when the council asked its own fostering service about it. */
    private Referrals.Referral asked(CurrentUser user, long id) {
        if (!rounds.asked(council(user), id)) {
            throw new NotFound();
        }
        return referrals.open(user, id).orElseThrow(() -> new NotFound());
    }

    /** The fostering team answers for itself; the broker records who in it gave the answer by phone. */
    private static String givenByPhoneBy(
            CurrentUser user, Map<String, String> form, String field, Map<String, String> errors) {
        if (user.hasRole(Role.IN_HOUSE_FOSTERING)) {
            return null;
        }
        String givenBy = form.getOrDefault(field, "").strip();
        if (givenBy.isEmpty()) {
            errors.put(field, "Enter the name of the person in the fostering team who gave you the answer");
        } else if (givenBy.length() > 100) {
            errors.put(field, "Enter a name of 100 characters or fewer");
        }
        return givenBy;
    }

    private static long council(CurrentUser user) {
        if (user.localAuthorityId() == null || !(user.hasRole(Role.IN_HOUSE_FOSTERING) || user.hasRole(Role.BROKER))) {
            throw new Refused("Your role does not include this part of the service");
        }
        return user.localAuthorityId();
    }
}
