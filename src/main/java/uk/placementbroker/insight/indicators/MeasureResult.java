package uk.placementbroker.insight.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One measure for one year and one cut: how many children (or moves) of how many.
 *
 * @param year the year ending 31 March, such as 2024 for April 2023 to March 2024
 * @param cut "all", or a care group such as "ageAtFirstEntry=11-15"
 * @param category for a measure that breaks its children down (by placement type, by reason for a
 *     move), the part this result counts, such as "U6"; null for the others
 */
public record MeasureResult(Measure measure, int year, String cut, String category, long numerator, long denominator) {

    /** The percentage to one decimal place, or null when nobody is in the denominator. */
    public BigDecimal percent() {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
