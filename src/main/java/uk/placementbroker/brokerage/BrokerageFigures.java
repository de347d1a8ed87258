package uk.placementbroker.brokerage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;

/**
 * Placement choice as the brokerage flow measures it, by council and collection year (1 April to 31
 * March): how many referrals were searched for, how many offers each drew, how many placements were
 * agreed, how long from the social worker's referral to the agreed placement, and how many of those
 * homes are in the council's own area. Counts only, nothing about any child.
 */
@Component
public class BrokerageFigures {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private record CouncilYear(long council, int year) {}

    /**
     * @param medianDaysToPlace from the day the referral was sent to the day the placement was agreed, or null with none agreed
     * @param placedWhereKnown placements whose home's district is known and the council has said what its area is
     */
    public record Year(
            long localAuthorityId,
            int year,
            int searched,
            int offers,
            int placed,
            Double medianDaysToPlace,
            int placedInArea,
            int placedWhereKnown) {

        /** Offers per referral searched for, to one decimal place; null when none was. */
        public BigDecimal offersPerReferral() {
            return searched == 0
                    ? null
                    : BigDecimal.valueOf(offers).divide(BigDecimal.valueOf(searched), 1, RoundingMode.HALF_UP);
        }

        /** The median days as a person writes them: "6", "6.5"; null with none agreed. */
        public String medianDays() {
            return medianDaysToPlace == null
                    ? null
                    : BigDecimal.valueOf(medianDaysToPlace)
                            .setScale(1, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString();
        }

        /** The share of placements (where known) in the council's area, to one decimal place; null when none is known. */
        public BigDecimal percentInArea() {
            return placedWhereKnown == 0
                    ? null
                    : BigDecimal.valueOf(placedInArea * 100L)
                            .divide(BigDecimal.valueOf(placedWhereKnown), 1, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient jdbc;
    private final Placements placements;
    private final Referrals referrals;
    private final MarketDirectory market;
    private final Organisations organisations;

    BrokerageFigures(
            JdbcClient jdbc,
            Placements placements,
            Referrals referrals,
            MarketDirectory market,
            Organisations organisations) {
        this.jdbc = jdbc;
        this.placements = placements;
        this.referrals = referrals;
        this.market = market;
        this.organisations = organisations;
    }

    /** The councils' years with any referral searched for or placement agreed, each council's latest first. */
    public List<Year> of(List<Long> councils) {
        if (councils.isEmpty()) {
            return List.of();
        }
        Map<CouncilYear, int[]> searched = new HashMap<>();
        for (Map<String, Object> row :
                jdbc.sql("""
                select r.local_authority_id, min(r.opened_at) as first_opened,
                       (select count(*) from brokerage_answer a where a.referral_id = r.referral_id and a.kind = 'OFFER') as offers
                from brokerage_round r where r.local_authority_id in (:councils) group by r.local_authority_id, r.referral_id
                """).param("councils", councils).query().listOfRows()) {
            long council = ((Number) row.get("local_authority_id")).longValue();
            int year = collectionYear(((java.sql.Timestamp) row.get("first_opened")).toInstant());
            int[] counts = searched.computeIfAbsent(new CouncilYear(council, year), key -> new int[2]);
            counts[0]++;
            counts[1] += ((Number) row.get("offers")).intValue();
        }
        List<Placements.AgreedHome> agreed = placements.agreedFor(councils);
        Map<Long, LocalDate> sent = referrals.submittedOn(
                agreed.stream().map(Placements.AgreedHome::referralId).toList());
        Map<HomeRef, String> districts = market.districtsOf(
                agreed.stream().map(Placements.AgreedHome::home).toList());
        Map<Long, Set<String>> areas = new HashMap<>();
        councils.forEach(council -> areas.put(
                council,
                organisations.areaOf(council).stream()
                        .map(BrokerageFigures::normalised)
                        .collect(Collectors.toSet())));
        Map<CouncilYear, List<Placements.AgreedHome>> placedByYear = agreed.stream()
                .collect(Collectors.groupingBy(placement ->
                        new CouncilYear(placement.localAuthorityId(), collectionYear(placement.agreedAt()))));
        Set<CouncilYear> years = new TreeSet<>(Comparator.comparingLong(CouncilYear::council)
                .thenComparing(CouncilYear::year, Comparator.reverseOrder()));
        years.addAll(searched.keySet());
        years.addAll(placedByYear.keySet());
        List<Year> figures = new ArrayList<>();
        for (CouncilYear key : years) {
            long council = key.council();
            int[] search = searched.getOrDefault(key, new int[2]);
            List<Placements.AgreedHome> placed = placedByYear.getOrDefault(key, List.of());
            List<Long> days = placed.stream()
                    .filter(placement -> sent.containsKey(placement.referralId()))
                    .map(placement ->
                            ChronoUnit.DAYS.between(sent.get(placement.referralId()), localDate(placement.agreedAt())))
                    .sorted()
                    .toList();
            int inArea = 0;
            int known = 0;
            for (Placements.AgreedHome placement : placed) {
                String district = districts.get(placement.home());
                if (district != null && !areas.get(council).isEmpty()) {
                    known++;
                    inArea += areas.get(council).contains(normalised(district)) ? 1 : 0;
                }
            }
            figures.add(
                    new Year(council, key.year(), search[0], search[1], placed.size(), median(days), inArea, known));
        }
        return figures;
    }

    /** A collection year ends on 31 March: 2026 for a day from April 2025 to March 2026. */
    static int collectionYear(Instant instant) {
        LocalDate day = localDate(instant);
        return day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear();
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    private static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static String normalised(String district) {
        return district.strip().toLowerCase(Locale.ROOT);
    }
}
