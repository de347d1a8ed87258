package uk.placementbroker.brokerage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.market.Locations;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.matching.Candidate;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.matching.Matching;
import uk.placementbroker.matching.Weights;
import uk.placementbroker.matching.WholeCost;
import uk.placementbroker.referral.ReferralCriteria;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Money;

/**
 * Checks each offer against every essential criterion of the referral, with the same matching engine
 * as the market search: an offer that fails one is screened out with the reason; the rest are ranked by
 * match, each rank explained, with the whole weekly cost (fee, extras and travel) side by side.
 */
@Component
public class OfferScreening {

    /**
     * An offer that meets every essential criterion, in rank order, or one the broker chose to consider
     * although it does not (ranked after the rest, with {@code override} saying who and why).
     *
     * @param milesFromHome from the child's home, or NaN when either place is not known
     */
    public record RankedOffer(
            int rank,
            Answers.Answer answer,
            long score,
            String explanation,
            WholeCost cost,
            ScreeningOverrides.Override override,
            double milesFromHome) {

        /** The distance in words: "12 miles from home", or null when it is not known. */
        public String distance() {
            return Double.isNaN(milesFromHome) ? null : Math.round(milesFromHome) + " miles from home";
        }
    }

    /** An offer screened out, and the criteria it does not meet. */
    public record ScreenedOut(Answers.Answer answer, List<String> reasons) {}

    public record Result(
            List<RankedOffer> ranked,
            List<ScreenedOut> screenedOut,
            List<Answers.Answer> refusals,
            List<Answers.Answer> withdrawn) {

        /**
         * The offers sent in a choice, in its order, every one shown to those who decide: one that no longer meets
         * the criteria with the reasons, unranked and with no travel worked out.
         */
        public List<RankedOffer> sent(List<Long> answerIds) {
            return answerIds.stream()
                    .map(answer -> ranked.stream()
                            .filter(offer -> offer.answer().id() == answer)
                            .findFirst()
                            .or(() -> screenedOut.stream()
                                    .filter(out -> out.answer().id() == answer)
                                    .findFirst()
                                    .map(out -> new RankedOffer(
                                            0,
                                            out.answer(),
                                            0,
                                            "Does not meet: " + String.join("; ", out.reasons()),
                                            new WholeCost(
                                                    out.answer().weeklyFee(),
                                                    out.answer().asOffer().extrasWeekly(),
                                                    Money.ZERO),
                                            null,
                                            Double.NaN))))
                    .flatMap(Optional::stream)
                    .toList();
        }
    }

    private final MarketDirectory market;
    private final Locations locations;
    private final ScreeningOverrides overrides;
    private final Money mileageRate;
    private final int schoolJourneys;
    private final int contactJourneys;

    OfferScreening(
            MarketDirectory market,
            Locations locations,
            ScreeningOverrides overrides,
            @Value("${placementbroker.travel.mileage-rate-pence:45}") long mileageRatePence,
            @Value("${placementbroker.travel.school-journeys-per-week:10}") int schoolJourneys,
            @Value("${placementbroker.travel.contact-journeys-per-week:2}") int contactJourneys) {
        this.market = market;
        this.locations = locations;
        this.overrides = overrides;
        this.mileageRate = new Money(mileageRatePence);
        this.schoolJourneys = schoolJourneys;
        this.contactJourneys = contactJourneys;
    }

    public Result screen(CurrentUser user, Referrals.Referral referral, List<Answers.Answer> answers) {
        LocalDate today = LocalDate.now();
        Criteria criteria = ReferralCriteria.of(referral, locations, today);
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Answers.Answer> byCandidate = new java.util.HashMap<>();
        List<ScreenedOut> screenedOut = new ArrayList<>();
        Map<Long, ScreeningOverrides.Override> overridden = overrides.of(referral.id());
        List<Considered> considered = new ArrayList<>();
        for (Answers.Answer answer : answers) {
            if (!answer.offer() || answer.withdrawn()) {
                continue;
            }
            Optional<Candidate> candidate = market.offeredHome(
                    "A" + answer.id(),
                    answer.providerId(),
                    answer.home(),
                    user.consortiumId(),
                    answer.weeklyFee(),
                    answer.availableFrom(),
                    today);
            if (candidate.isEmpty()) {
                screenedOut.add(
                        new ScreenedOut(answer, List.of("The home offered is no longer in the market directory")));
                continue;
            }
            List<Matching.Failure> failures = Matching.failures(criteria, candidate.get());
            if (failures.isEmpty()) {
                candidates.add(candidate.get());
                byCandidate.put(candidate.get().id(), answer);
            } else {
                List<String> reasons = failures.stream()
                        .map(failure -> capitalised(failure.words()))
                        .toList();
                if (overridden.containsKey(answer.id())) {
                    considered.add(new Considered(answer, candidate.get(), reasons, overridden.get(answer.id())));
                } else {
                    screenedOut.add(new ScreenedOut(answer, reasons));
                }
            }
        }
        Matching.Ranking ranking = new Matching(Weights.DEFAULT).rank(criteria, candidates, today);
        List<RankedOffer> ranked = new ArrayList<>();
        for (Matching.Ranked entry : ranking.ranked()) {
            Answers.Answer answer = byCandidate.get(entry.candidate().id());
            WholeCost cost = WholeCost.of(
                    answer.weeklyFee(),
                    answer.asOffer().extrasWeekly(),
                    entry.milesFromSchool(),
                    schoolJourneys,
                    entry.milesFromHome(),
                    contactJourneys,
                    mileageRate);
            ranked.add(new RankedOffer(
                    ranked.size() + 1,
                    answer,
                    Math.round(entry.score()),
                    ranking.explanation(entry),
                    cost,
                    null,
                    entry.milesFromHome()));
        }
        for (Considered offer : considered) {
            WholeCost cost = WholeCost.of(
                    offer.answer().weeklyFee(),
                    offer.answer().asOffer().extrasWeekly(),
                    milesBetween(criteria.school(), offer.candidate().location()),
                    schoolJourneys,
                    milesBetween(criteria.home(), offer.candidate().location()),
                    contactJourneys,
                    mileageRate);
            ranked.add(new RankedOffer(
                    ranked.size() + 1,
                    offer.answer(),
                    0,
                    "Does not meet: " + String.join("; ", offer.unmet()) + ". Considered on the broker's judgement: "
                            + offer.override().reason(),
                    cost,
                    offer.override(),
                    milesBetween(criteria.home(), offer.candidate().location())));
        }
        List<Answers.Answer> refusals =
                answers.stream().filter(answer -> !answer.offer()).toList();
        List<Answers.Answer> withdrawn =
                answers.stream().filter(Answers.Answer::withdrawn).toList();
        screenedOut.sort(Comparator.comparing(out -> out.answer().providerName()));
        return new Result(ranked, screenedOut, refusals, withdrawn);
    }

    private record Considered(
            Answers.Answer answer, Candidate candidate, List<String> unmet, ScreeningOverrides.Override override) {}

    private static double milesBetween(GeoPoint from, GeoPoint to) {
        return from == null || to == null ? Double.NaN : from.milesTo(to);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
