package uk.placementbroker.children;

import java.time.LocalDate;

/**
 * A line in the list of a council's children.
 *
 * @param sex the 903 SEX code: 1 male, 2 female
 */
public record ChildSummary(
        long id,
        String childReference,
        String fullName,
        LocalDate dateOfBirth,
        String placementType,
        LocalDate placedSince,
        String sex) {

    public String placementTypeLabel() {
        return placementType == null ? "Not looked after now" : Codes903.placementType(placementType);
    }
}
