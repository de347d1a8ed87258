package uk.placementbroker.children;

import java.time.LocalDate;

/**
 * Who a child is, as the council records them.
 *
 * @param childReference the 903 CHILD identifier, unique within the council
 * @param sex the 903 code: 1 male, 2 female
 * @param ethnicity the 903 ETHNIC code, such as WBRI
 * @param upn the unique pupil number (903 UPN), or a DfE code such as UN1 where there is none yet
 */
public record ChildDetails(
        String childReference,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String sex,
        String ethnicity,
        String homePostcode,
        String upn) {}
