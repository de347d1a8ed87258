package uk.placementbroker.demo;

import java.util.Random;
import java.util.Set;
import uk.placementbroker.identity.AccountDetails;
import uk.placementbroker.identity.Role;

/** Staff names and work email addresses for the demo accounts. */
final class DemoPeople {

    private static final String[] FIRST_NAMES = {
        "Sarah", "James", "Priya", "David", "Helen", "Marcus", "Joanne", "Tariq", "Claire", "Gareth", "Nadia", "Peter",
        "Fiona", "Samuel", "Aisha", "Robert", "Kirsty", "Adebayo", "Louise", "Martin"
    };
    private static final String[] LAST_NAMES = {
        "Barker",
        "Osei",
        "Fletcher",
        "Hussain",
        "Morgan",
        "Chambers",
        "Lloyd",
        "Begum",
        "Harper",
        "Doyle",
        "Ellis",
        "Pearson",
        "Rahman",
        "Quinn",
        "Sutton",
        "Webb"
    };

    private final Random random;

    DemoPeople(Random random) {
        this.random = random;
    }

    AccountDetails account(
            String username,
            String emailDomain,
            Set<Role> roles,
            Long localAuthorityId,
            Long providerOrganisationId,
            Long consortiumId) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String email = username + "@" + emailDomain + ".example";
        return new AccountDetails(
                username,
                first + " " + last,
                email,
                DemoDataLoader.PASSWORD,
                roles,
                localAuthorityId,
                providerOrganisationId,
                consortiumId);
    }
}
