package uk.placementbroker.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.placementbroker.children.ChildDetails;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.children.Episode;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.Postcode;

/**
 * Data for a test, built through the modules' own APIs (never SQL into another module's tables), with
 * defaults for everything the test does not care about.
 */
public final class Givens {

    private Givens() {}

    /** A council of its own, with a DfE number no other council in the database has. */
    public static LocalAuthority givenACouncil(Organisations organisations) {
        Set<String> taken = organisations.localAuthorities().stream()
                .map(LocalAuthority::code)
                .collect(Collectors.toSet());
        for (int code = 100; code < 990; code++) {
            if (!taken.contains(String.valueOf(code))) {
                return organisations.createLocalAuthority(String.valueOf(code), "Test council " + code, null);
            }
        }
        throw new IllegalStateException("Every council number is taken");
    }

    public static CurrentUser givenStaffOf(LocalAuthority council, String username, Role... roles) {
        return new CurrentUser(
                0, username, username, Set.of(roles), council.id(), null, council.consortiumId(), council.name());
    }

    /** A child of the council, looked after since a year ago in a foster placement. */
    public static long givenALookedAfterChild(ChildRecords children, LocalAuthority council) {
        LocalDate since = LocalDate.now().minusYears(1);
        String reference = "T" + System.nanoTime();
        return children.register(
                council.id(),
                new ChildDetails(
                        reference, "Test", "Child", LocalDate.now().minusYears(12), "2", "WBRI", "NN3 6AB", "UN1"),
                List.of(new Episode(since, "S", "C2", "N1", "U4", "PR4", null, null, null, "NN3 6AB", "NN3", null)));
    }

    /** A foster household of an agency of its own, approved for this many children. */
    public static HomeRef givenAFosterHousehold(MarketRecords market, int approvedChildren) {
        long agency = market.addProvider(new MarketRecords.NewProvider(
                "Test agency " + System.nanoTime(),
                MarketRecords.ProviderKind.INDEPENDENT_FOSTERING_AGENCY,
                null,
                null,
                null,
                2,
                null,
                null,
                null));
        long household = market.addHousehold(new MarketRecords.NewHousehold(
                agency,
                "TA-" + System.nanoTime(),
                0,
                17,
                approvedChildren,
                Set.of(Criteria.Sex.FEMALE, Criteria.Sex.MALE),
                2,
                Set.of(Need.EDUCATION),
                Set.of(),
                null,
                Set.of(),
                false,
                null,
                Set.of(),
                Postcode.parse("NN3 6AD").orElseThrow(),
                "Northampton"));
        return HomeRef.fosterHousehold(household);
    }
}
