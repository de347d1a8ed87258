package uk.placementbroker.market.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.market.Locations;
import uk.placementbroker.market.MarketAccess;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.matching.Candidate;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.matching.Factor;
import uk.placementbroker.matching.HardConstraint;
import uk.placementbroker.matching.Matching;
import uk.placementbroker.matching.Weights;
import uk.placementbroker.matching.WholeCost;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Refused;

/** The broker's search of the market: who could take this child, ranked, each rank explained, and who was screened out and why. */
@Controller
class MarketSearchController {

    static final int SHOWN = 50;

    private final MarketDirectory directory;
    private final Locations locations;
    private final Money mileageRate;
    private final int schoolJourneys;
    private final int contactJourneys;

    MarketSearchController(
            MarketDirectory directory,
            Locations locations,
            @Value("${placementbroker.travel.mileage-rate-pence:45}") long mileageRatePence,
            @Value("${placementbroker.travel.school-journeys-per-week:10}") int schoolJourneys,
            @Value("${placementbroker.travel.contact-journeys-per-week:2}") int contactJourneys) {
        this.directory = directory;
        this.locations = locations;
        this.mileageRate = new Money(mileageRatePence);
        this.schoolJourneys = schoolJourneys;
        this.contactJourneys = contactJourneys;
    }

    @GetMapping("/market/search")
    String search(
            CurrentUser user,
            @ModelAttribute("search") SearchForm form,
            @RequestParam(required = false) String run,
            Model model) {
        if (!MarketAccess.searches(user)) {
            throw new Refused("Your role does not include this part of the service");
        }
        model.addAttribute("placementTypes", PlacementType.values());
        model.addAttribute("needs", Need.values());
        model.addAttribute("alongside", Criteria.LivesAlongside.values());
        model.addAttribute("weights", weights());
        model.addAttribute(
                "travel",
                "Travel: " + schoolJourneys + " school journeys and " + contactJourneys
                        + " family-contact journeys a week, at " + mileageRate + " a mile.");
        if (run == null) {
            return "market/search";
        }
        LocalDate today = LocalDate.now();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Criteria> criteria = form.criteria(locations, today, errors);
        if (criteria.isEmpty()) {
            model.addAttribute("errors", SearchForm.inOrder(errors));
            return "market/search";
        }
        MarketDirectory.Searchable market = directory.candidates(user.localAuthorityId(), user.consortiumId(), today);
        Matching.Ranking ranking = new Matching(Weights.DEFAULT)
                .rank(
                        criteria.get(),
                        market.pool(),
                        today,
                        form.inHouseFirst() ? market.inHouseProviders() : java.util.Set.of());
        List<SearchResult> results = new ArrayList<>();
        for (Matching.Ranked entry : ranking.ranked()) {
            boolean inHouse = market.inHouse(entry.candidate());
            if (!shown(form.getShow(), entry.candidate(), inHouse) || results.size() == SHOWN) {
                continue;
            }
            results.add(new SearchResult(
                    results.size() + 1,
                    entry.candidate(),
                    Math.round(entry.score()),
                    ranking.explanation(entry),
                    ranking.parts(entry),
                    WholeCost.of(
                            entry.candidate().weeklyFee(),
                            Money.ZERO,
                            entry.milesFromSchool(),
                            schoolJourneys,
                            entry.milesFromHome(),
                            contactJourneys,
                            mileageRate),
                    inHouse));
        }
        model.addAttribute("results", results);
        model.addAttribute("rankedCount", ranking.ranked().size());
        model.addAttribute("screenedOut", screenedOut(ranking));
        model.addAttribute("screenedOutCount", ranking.screenedOutCount());
        return "market/search";
    }

    private static boolean shown(String show, Candidate candidate, boolean inHouse) {
        return switch (show == null ? "all" : show) {
            case "inHouse" -> inHouse;
            case "framework" -> candidate.feeBand() != null;
            default -> true;
        };
    }

    private static Map<String, Integer> screenedOut(Matching.Ranking ranking) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        ranking.screenedOut().forEach((constraint, count) -> reasons.put(words(constraint), count));
        return reasons;
    }

    private static String words(HardConstraint constraint) {
        return switch (constraint) {
            case PLACEMENT_TYPE -> "Not the type of placement needed";
            case AGE -> "Outside their age range";
            case SEX -> "Do not take a child of this sex";
            case SIBLING_GROUP -> "No room for the sibling group";
            case AVAILABLE_IN_TIME -> "Not free in time";
            case REGISTRATION_ACTIVE -> "Not actively registered";
            case NOT_INADEQUATE -> "Judged inadequate by Ofsted";
            case PROVIDER_NOT_SUSPENDED -> "Provider suspended by a concern notice";
            case LIVES_ALONGSIDE -> "Other children the child cannot live with";
            case PETS -> "Have pets";
            case SPECIALISMS -> "Do not specialise in the child's high needs";
            case NOT_IN_AN_AREA_TO_AVOID -> "In an area to avoid";
            case LANGUAGE -> "Do not speak the child's language";
            case ADAPTATIONS -> "Lack the adaptations needed";
            case WITHIN_DISTANCE -> "Too far from home";
        };
    }

    private static Map<String, Double> weights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Factor factor : Factor.values()) {
            weights.put(factor.label(), Weights.DEFAULT.of(factor));
        }
        return weights;
    }
}
