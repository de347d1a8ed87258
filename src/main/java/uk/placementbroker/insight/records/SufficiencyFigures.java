package uk.placementbroker.insight.records;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.insight.indicators.Sufficiency;
import uk.placementbroker.insight.returns.Returns;
import uk.placementbroker.market.Locations;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.market.Vacancies;
import uk.placementbroker.matching.Candidate;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Postcode;

/**
 * The councils' demand (children looked after today in the product's records, or on 31 March in the
 * latest imported 903 return, and referrals open)
 * against the supply in the market directory: vacancies confirmed in the last 14 days, in homes that
 * are registered, not judged inadequate and not suspended, that the councils may use (each council's
 * own foster carers for that council only). Counts only.
 */
@Component
public class SufficiencyFigures {

    /** The figures are counted afresh at most once a minute for the same councils: a strategy table, not a live board. */
    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private record Asked(List<Long> councils, boolean fromReturns, LocalDate today) {}

    private final Kept<Asked, Sufficiency> counted = new Kept<>(KEPT_FOR);
    private final ChildRecords childRecords;
    private final Returns returns;
    private final Referrals referrals;
    private final MarketDirectory market;
    private final Locations locations;

    SufficiencyFigures(
            ChildRecords childRecords,
            Returns returns,
            Referrals referrals,
            MarketDirectory market,
            Locations locations) {
        this.childRecords = childRecords;
        this.returns = returns;
        this.referrals = referrals;
        this.market = market;
        this.locations = locations;
    }

    /**
     * @param fromReturns children looked after on the 31 March of each council's latest imported 903 return,
     *     rather than today in Placement Broker's records
     */
    public Sufficiency of(List<LocalAuthority> councils, boolean fromReturns, LocalDate today) {
        return counted.get(
                new Asked(councils.stream().map(LocalAuthority::id).sorted().toList(), fromReturns, today),
                () -> count(councils, fromReturns, today));
    }

    private Sufficiency count(List<LocalAuthority> councils, boolean fromReturns, LocalDate today) {
        Sufficiency sufficiency = new Sufficiency();
        for (LocalAuthority council : councils) {
            if (fromReturns) {
                lookedAfterInTheLatestReturn(council.id(), sufficiency);
            } else {
                childRecords.forEachChild(
                        council.id(),
                        child -> child.episodes().stream()
                                .filter(episode -> !episode.startDate().isAfter(today)
                                        && (episode.endDate() == null
                                                || episode.endDate().isAfter(today)))
                                .findFirst()
                                .ifPresent(episode -> sufficiency.lookedAfter(
                                        episode.placementType(), child.ageOn(today), district(child.homePostcode()))));
            }
        }
        referrals
                .openDemand(councils.stream().map(LocalAuthority::id).toList())
                .forEach(demand -> sufficiency.referral(
                        demand.firstChoice(),
                        java.time.Period.between(demand.childDateOfBirth(), today)
                                .getYears(),
                        district(demand.homePostcode())));
        Set<String> counted = new HashSet<>();
        for (LocalAuthority council : councils) {
            for (Candidate vacancy : market.candidates(council.id(), council.consortiumId(), today)
                    .pool()
                    .candidates()) {
                if (usable(vacancy, today) && counted.add(vacancy.id())) {
                    sufficiency.vacancy(
                            vacancy.placementType(),
                            vacancy.minimumAge(),
                            vacancy.maximumAge(),
                            vacancy.places(),
                            vacancy.district());
                }
            }
        }
        return sufficiency;
    }

    private void lookedAfterInTheLatestReturn(long council, Sufficiency sufficiency) {
        List<Integer> years = returns.years(council);
        if (years.isEmpty()) {
            return;
        }
        LocalDate yearEnd = LocalDate.of(years.get(years.size() - 1), 3, 31);
        returns.eachChild(
                council,
                history -> history.episodeOn(yearEnd)
                        .ifPresent(episode -> sufficiency.lookedAfter(
                                episode.placementType(), history.ageOn(yearEnd), district(episode.homePostcode()))));
    }

    private static boolean usable(Candidate vacancy, LocalDate today) {
        return vacancy.registrationActive()
                && !vacancy.providerSuspended()
                && !Integer.valueOf(4).equals(vacancy.ofstedOverall())
                && vacancy.lastConfirmed() != null
                && !vacancy.lastConfirmed().isBefore(today.minusDays(Vacancies.STALE_AFTER_DAYS));
    }

    private String district(String postcode) {
        return Optional.ofNullable(postcode)
                .flatMap(Postcode::parse)
                .flatMap(locations::district)
                .orElse(null);
    }
}
