package uk.placementbroker.matching;

import uk.placementbroker.shared.Money;

/**
 * The whole weekly cost of a placement, the one figure placements are compared by: the weekly fee,
 * the extras (1:1 support, education, transport, therapy) and the travel the council pays for, school
 * and family-contact journeys, at its mileage rate.
 *
 * @param travel (school journeys x miles to school + contact journeys x miles from home) x mileage rate
 */
public record WholeCost(Money fee, Money extras, Money travel) {

    /**
     * @param schoolJourneysPerWeek one-way journeys to and from school a week that the council pays for
     * @param contactJourneysPerWeek one-way journeys for family contact a week
     */
    public static WholeCost of(
            Money weeklyFee,
            Money weeklyExtras,
            double milesToSchool,
            int schoolJourneysPerWeek,
            double milesFromHome,
            int contactJourneysPerWeek,
            Money mileageRate) {
        double miles = zeroIfUnknown(milesToSchool) * schoolJourneysPerWeek
                + zeroIfUnknown(milesFromHome) * contactJourneysPerWeek;
        return new WholeCost(weeklyFee, weeklyExtras, mileageRate.times(miles));
    }

    public Money weekly() {
        return fee.plus(extras).plus(travel);
    }

    private static double zeroIfUnknown(double miles) {
        return Double.isNaN(miles) ? 0 : miles;
    }
}
