package uk.placementbroker.insight.indicators;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The stability rules for one collection year (1 April to 31 March), one child at a time. Each rule
 * is written once here; {@code docs/indicators.md} quotes the DfE wording it implements.
 */
public final class StabilityYear {

    static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private final int year;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final IndicatorSettings settings;

    /** @param year the year the collection year ends in: 2024 for April 2023 to March 2024 */
    public StabilityYear(int year, IndicatorSettings settings) {
        this.year = year;
        this.lastDay = YEAR_END.atYear(year);
        this.firstDay = lastDay.minusYears(1).plusDays(1);
        this.settings = settings;
    }

    public int year() {
        return year;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** Looked after on 31 March, and not then on an agreed series of short breaks (V3, V4). */
    public boolean lookedAfterAtYearEnd(ChildHistory child) {
        Optional<Episode> episode = child.episodeOn(lastDay);
        return episode.isPresent()
                && !(settings.excludeShortBreaks() && episode.get().shortBreak());
    }

    /** Placements during the year, counting one already open on 1 April. */
    public int placementsDuringTheYear(ChildHistory child) {
        return child.placementsBetween(firstDay, lastDay);
    }

    /** Short-term stability: of children looked after on 31 March, those with 3 or more placements during the year. */
    public boolean threeOrMorePlacements(ChildHistory child) {
        return placementsDuringTheYear(child) >= 3;
    }

    /** In the two-year measure's denominator: looked after on 31 March, continuously for at least the last 2 years. */
    public boolean lookedAfterForTwoYears(ChildHistory child) {
        return lookedAfterAtYearEnd(child)
                && child.lookedAfterContinuouslySince(lastDay)
                        .filter(since -> !since.isAfter(lastDay.minusYears(2)))
                        .isPresent();
    }

    /** The two-year measure: 3 or more placements in the 2 years ending 31 March. */
    public boolean threeOrMorePlacementsInTwoYears(ChildHistory child) {
        return child.placementsBetween(lastDay.minusYears(2).plusDays(1), lastDay) >= 3;
    }

    /** In the long-term measure's denominator: under 16 on 31 March and looked after continuously for at least 2.5 years. */
    public boolean longTermCohort(ChildHistory child) {
        return lookedAfterAtYearEnd(child)
                && child.ageOn(lastDay) < 16
                && child.lookedAfterContinuouslySince(lastDay)
                        .filter(since -> !since.isAfter(lastDay.minusMonths(30)))
                        .isPresent();
    }

    /**
     * Long-term stability: living with the same carer for at least 2 years, or placed for adoption
     * with the adoptive placement and the one before it together lasting at least 2 years.
     */
    public boolean stableForTwoYears(ChildHistory child) {
        LocalDate twoYearsAgo = lastDay.minusYears(2);
        return child.withTheSameCarerSince(lastDay)
                        .filter(since -> !since.isAfter(twoYearsAgo))
                        .isPresent()
                || child.adoptivePlacementWithThePreviousOneSince(lastDay)
                        .filter(since -> !since.isAfter(twoYearsAgo))
                        .isPresent();
    }

    boolean within(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
