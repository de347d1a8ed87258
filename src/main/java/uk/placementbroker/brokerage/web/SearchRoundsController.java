package uk.placementbroker.brokerage.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.CriterionChecks;
import uk.placementbroker.brokerage.OfferScreening;
import uk.placementbroker.brokerage.Questions;
import uk.placementbroker.brokerage.RoundKind;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.brokerage.ScreeningOverrides;
import uk.placementbroker.brokerage.SearchTimes;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Anonymiser;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/** The broker's search for one referral: its rounds, who was asked, whether each mail went, and the next round. */
@Controller
class SearchRoundsController {

    private final Referrals referrals;
    private final Rounds rounds;
    private final Answers answers;
    private final OfferScreening screening;
    private final Placements placements;
    private final ScreeningOverrides overrides;
    private final Questions questions;
    private final CriterionChecks criterionChecks;

    SearchRoundsController(
            Referrals referrals,
            Rounds rounds,
            Answers answers,
            OfferScreening screening,
            Placements placements,
            ScreeningOverrides overrides,
            Questions questions,
            CriterionChecks criterionChecks) {
        this.criterionChecks = criterionChecks;
        this.referrals = referrals;
        this.rounds = rounds;
        this.answers = answers;
        this.screening = screening;
        this.placements = placements;
        this.overrides = overrides;
        this.questions = questions;
    }

    @GetMapping("/referrals/{id}/search")
    String search(CurrentUser user, @PathVariable long id, Model model) {
        Referrals.Referral referral = referral(user, id);
        List<Rounds.Round> opened = rounds.of(user.localAuthorityId(), id);
        model.addAttribute("referral", referral);
        model.addAttribute("rounds", opened);
        model.addAttribute(
                "recipients",
                opened.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Rounds.Round::id, round -> rounds.recipients(user.localAuthorityId(), round.id()))));
        model.addAttribute("kinds", RoundKind.values());
        if (!model.containsAttribute("roundForm")) {
            java.time.ZonedDateTime deadline = rounds.defaultDeadline(referral).atZone(LONDON);
            model.addAttribute(
                    "roundForm",
                    Map.of(
                            "deadlineDay", String.valueOf(deadline.getDayOfMonth()),
                            "deadlineMonth", String.valueOf(deadline.getMonthValue()),
                            "deadlineYear", String.valueOf(deadline.getYear()),
                            "deadlineTime",
                                    java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                            .format(deadline)));
        }
        model.addAttribute("questions", questions.forCouncil(user.localAuthorityId(), id));
        model.addAttribute("providersRead", referrals.providersPreview(user, referral));
        model.addAttribute("handCriteria", referral.details().essentialCriteria());
        model.addAttribute("checks", criterionChecks.of(id));
        model.addAttribute("emptySet", java.util.Set.of());
        List<Answers.Answer> answered = answers.toReferral(user.localAuthorityId(), id);
        OfferScreening.Result offers = screening.screen(user, referral, answered);
        model.addAttribute("offers", offers);
        // Once an offer is ranked (a late one, or one the broker chose to consider), the warning has been acted on.
        model.addAttribute(
                "escalated",
                opened.isEmpty()
                                || !opened.get(opened.size() - 1).escalated()
                                || referral.status() != ReferralStatus.SEARCHING
                                || !offers.ranked().isEmpty()
                        ? null
                        : opened.get(opened.size() - 1));
        model.addAttribute(
                "times",
                SearchTimes.of(
                        opened,
                        answered,
                        placements
                                .ofReferral(user.localAuthorityId(), id)
                                .map(Placement::agreedAt)
                                .orElse(null),
                        Instant.now()));
        model.addAttribute(
                "canOpen",
                user.hasRole(Role.BROKER)
                        && (referral.status() == ReferralStatus.READY_TO_SEARCH
                                || referral.status() == ReferralStatus.SEARCHING));
        model.addAttribute(
                "canSendChoice", user.hasRole(Role.BROKER) && referral.status().takesAnswers());
        return "brokerage/search";
    }

    /**
     * The broker chooses the kind of round and its deadline, sees who it will ask ("check"), then sends it
     * ("send"); both check the referral's state.
     */
    @PostMapping("/referrals/{id}/search/rounds")
    String open(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "check") String step,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        RoundKind round = null;
        try {
            round = RoundKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            errors.put("kind", "Choose which providers to ask");
        }
        Instant deadline = deadline(form, errors);
        model.addAttribute("roundForm", form.toSingleValueMap());
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return search(user, id, model);
        }
        if (!step.equals("send")) {
            model.addAttribute(
                    "roundPreview",
                    new RoundPreview(
                            round,
                            rounds.wouldAsk(user, id, round),
                            deadline != null ? deadline : rounds.defaultDeadline(referral(user, id)),
                            nextStep(round)));
            return search(user, id, model);
        }
        List<MarketDirectory.Contact> asked;
        try {
            asked = rounds.open(user, id, round, deadline);
        } catch (Refused refused) {
            model.addAttribute("errors", Map.of("deadlineDay", refused.getMessage()));
            return search(user, id, model);
        }
        redirect.addFlashAttribute(
                "message",
                asked.isEmpty()
                        ? "Nobody new to ask among " + round.words().toLowerCase() + ". " + nextStep(round)
                        : round.words() + ": " + asked.size() + (asked.size() == 1 ? " provider" : " providers")
                                + " asked at the same time");
        return "redirect:/referrals/" + id + "/search";
    }

    /** A round as it would go out: who it asks, and by when they are to answer. */
    record RoundPreview(RoundKind kind, List<MarketDirectory.Contact> asks, Instant deadline, String whenNobody) {

        public String deadlineWords() {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", java.util.Locale.UK)
                    .format(deadline.atZone(LONDON));
        }
    }

    /** What a broker does when a round has nobody new to ask: the next round, or after the last one, more than rounds. */
    static String nextStep(RoundKind kind) {
        return switch (kind) {
            case IN_HOUSE -> "Ask the framework providers next.";
            case FRAMEWORK -> "Ask other providers (spot purchase) next.";
            case SPOT ->
                "Every provider in the market for this kind of placement has been asked. What to do next: widen the"
                        + " criteria with the social worker (the distance, the areas to avoid, the kinds of placement),"
                        + " ask providers you know of off the list by phone and record what they offer, or tell the"
                        + " head of service that no placement can be found.";
        };
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The deadline the broker typed, or null to take the default; a date and time that are not real are an error. */
    private static Instant deadline(MultiValueMap<String, String> form, Map<String, String> errors) {
        String day = form.getFirst("deadlineDay");
        String month = form.getFirst("deadlineMonth");
        String year = form.getFirst("deadlineYear");
        String time = form.getFirst("deadlineTime");
        if (java.util.stream.Stream.of(day, month, year, time).allMatch(part -> part == null || part.isBlank())) {
            return null;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.of(
                    Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            java.time.LocalTime at = time == null || time.isBlank()
                    ? java.time.LocalTime.of(17, 0)
                    : java.time.LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip());
            return date.atTime(at).atZone(LONDON).toInstant();
        } catch (RuntimeException e) {
            errors.put("deadlineDay", "Enter the deadline as a real date and time, such as 3 12 2026 and 17:00");
            return null;
        }
    }

    @PostMapping("/referrals/{id}/offers/{answerId}/consider")
    String consider(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long answerId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        referral(user, id);
        try {
            overrides.override(user, id, answerId, reason);
        } catch (Refused refusal) {
            if (reason.isBlank()) {
                model.addAttribute("errors", Map.of("reason-" + answerId, refusal.getMessage()));
                return search(user, id, model);
            }
            throw new Refused(refusal.getMessage());
        }
        redirect.addFlashAttribute(
                "message", "The offer is ranked after those that meet every criterion, with your reason");
        return "redirect:/referrals/" + id + "/search";
    }

    @PostMapping("/referrals/{id}/questions/{questionId}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long questionId,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "preview") String step,
            Model model,
            RedirectAttributes redirect) {
        referral(user, id);
        try {
            if (!step.equals("publish")) {
                model.addAttribute(
                        "answerPreview",
                        new AnswerPreview(questionId, answer.strip(), questions.preview(user, id, questionId, answer)));
                return search(user, id, model);
            }
            questions.answer(user, id, questionId, answer);
        } catch (Refused problem) {
            if (answer.isBlank() || answer.strip().length() > Questions.LONGEST) {
                model.addAttribute("errors", Map.of("answer-" + questionId, problem.getMessage()));
                return search(user, id, model);
            }
            throw new Refused(problem.getMessage());
        }
        redirect.addFlashAttribute("message", "Answer published to every provider asked");
        return "redirect:/referrals/" + id + "/search";
    }

    @PostMapping("/referrals/{id}/offers/{answerId}/checks")
    String check(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long answerId,
            @RequestParam(defaultValue = "") List<String> met,
            RedirectAttributes redirect) {
        referral(user, id);
        criterionChecks.record(user, id, answerId, java.util.Set.copyOf(met));
        redirect.addFlashAttribute("message", "Checks recorded");
        return "redirect:/referrals/" + id + "/search#by-hand";
    }

    /** An answer the broker has written, and what providers would read of it. */
    record AnswerPreview(long questionId, String written, Anonymiser.Cleaned cleaned) {}

    private Referrals.Referral referral(CurrentUser user, long id) {
        if (!user.hasRole(Role.BROKER)
                && !user.hasRole(Role.TEAM_MANAGER)
                && !user.hasRole(Role.HEAD_OF_SERVICE)
                && !user.hasRole(Role.SOCIAL_WORKER)) {
            throw new Refused("Your role does not include this part of the service");
        }
        return referrals.open(user, id).orElseThrow(() -> new NotFound());
    }
}
