package uk.placementbroker.placement;

import java.time.LocalDate;

/**
 * When a placement's reviews fall due. The statutory rhythm for a looked-after child (the Care Planning,
 * Placement and Case Review (England) Regulations 2010, regulation 33) is the default: the first review
 * within 20 working days of the placement's start, the second within three months of the first, then
 * every six months; a council may set another rhythm in the contract.
 *
 * @param firstWithinWorkingDays working days from the start to the first review
 * @param secondWithinMonths months from the first review to the second
 * @param thenEveryMonths months between each review after that
 */
public record ReviewSchedule(int firstWithinWorkingDays, int secondWithinMonths, int thenEveryMonths) {

    public static final ReviewSchedule STATUTORY = new ReviewSchedule(20, 3, 6);

    public ReviewSchedule {
        if (firstWithinWorkingDays < 1 || secondWithinMonths < 1 || thenEveryMonths < 1) {
            throw new IllegalArgumentException("Each review is due at least a day or a month after the one before");
        }
    }

    /**
     * The date the next review is due by.
     *
     * @param reviewsHeld how many reviews have been held
     * @param lastReview the date of the last review held, or null when none has been
     */
    public LocalDate nextDue(LocalDate start, int reviewsHeld, LocalDate lastReview) {
        if (reviewsHeld == 0 || lastReview == null) {
            return EnglandWorkingDays.after(start, firstWithinWorkingDays);
        }
        return lastReview.plusMonths(reviewsHeld == 1 ? secondWithinMonths : thenEveryMonths);
    }

    /** The rhythm in words, for the contract. */
    public String words() {
        return "The first review within " + firstWithinWorkingDays + " working days of the placement's start, the"
                + " second within " + (secondWithinMonths == 1 ? "a month" : secondWithinMonths + " months")
                + " of the first, then every " + (thenEveryMonths == 1 ? "month" : thenEveryMonths + " months") + ".";
    }
}
