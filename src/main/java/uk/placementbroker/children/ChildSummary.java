package uk.placementbroker.children;

import java.time.LocalDate;

/** A line in the list of a council's children. */
public record ChildSummary(
        long id, String childReference, String fullName, LocalDate dateOfBirth, String placementType, LocalDate placedSince) {

    public String placementTypeLabel() {
        return placementType == null ? "Not looked after now" : Codes903.placementType(placementType);
    }
}
