package uk.placementbroker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountDetailsTests {

    @Test
    void aCouncilSocialWorkerWithAPasswordIsValid() {
        assertThat(aSocialWorker().problems(true)).isEmpty();
    }

    @Test
    void aNewAccountNeedsAPasswordOrAnEmailForCouncilSignIn() {
        AccountDetails noWayIn =
                new AccountDetails("sam.jones", "Sam Jones", null, null, Set.of(Role.SOCIAL_WORKER), 1L, null, null);
        AccountDetails councilSignIn = new AccountDetails(
                "sam.jones", "Sam Jones", "sam@council.gov.uk", null, Set.of(Role.SOCIAL_WORKER), 1L, null, null);

        assertThat(noWayIn.problems(true)).containsKey("password");
        assertThat(councilSignIn.problems(true)).isEmpty();
        assertThat(noWayIn.problems(false))
                .as("a change keeps the existing password")
                .doesNotContainKey("password");
    }

    @Test
    void passwordsAreAtLeastTwelveCharacters() {
        AccountDetails shortPassword =
                new AccountDetails("sam.jones", "Sam Jones", null, "short", Set.of(Role.BROKER), 1L, null, null);

        assertThat(shortPassword.problems(true)).containsEntry("password", "Password must be 12 characters or more");
    }

    @Test
    void usernamesAreLowerCaseWithoutSpaces() {
        AccountDetails spaced = new AccountDetails(
                "Sam Jones", "Sam Jones", null, "long-enough-password", Set.of(Role.BROKER), 1L, null, null);

        assertThat(spaced.problems(true)).containsKey("username");
    }

    @Test
    void councilRolesNeedACouncil() {
        AccountDetails noCouncil = new AccountDetails(
                "sam.jones", "Sam Jones", null, "long-enough-password", Set.of(Role.BROKER), null, null, 7L);

        assertThat(noCouncil.problems(true))
                .containsEntry("organisation", "Select the local authority this person works for");
    }

    @Test
    void consortiumRolesMayBelongToTheConsortiumAlone() {
        AccountDetails commissioner = new AccountDetails(
                "kim.lee", "Kim Lee", null, "long-enough-password", Set.of(Role.COMMISSIONER), null, null, 7L);

        assertThat(commissioner.problems(true)).isEmpty();
    }

    @Test
    void providerUsersBelongToAProviderAndHoldNoCouncilRole() {
        AccountDetails providerAtCouncil = new AccountDetails(
                "pat.provider", "Pat", null, "long-enough-password", Set.of(Role.PROVIDER_USER), 1L, null, null);
        AccountDetails providerAndBroker = new AccountDetails(
                "pat.provider",
                "Pat",
                null,
                "long-enough-password",
                Set.of(Role.PROVIDER_USER, Role.BROKER),
                null,
                3L,
                null);
        AccountDetails provider = new AccountDetails(
                "pat.provider", "Pat", null, "long-enough-password", Set.of(Role.PROVIDER_USER), null, 3L, 7L);
        AccountDetails brokerAtProvider = new AccountDetails(
                "pat.provider", "Pat", null, "long-enough-password", Set.of(Role.BROKER), 1L, 3L, null);

        assertThat(providerAtCouncil.problems(true)).containsKey("organisation");
        assertThat(providerAndBroker.problems(true))
                .containsEntry("organisation", "A provider user cannot also hold a council role");
        assertThat(provider.problems(true)).isEmpty();
        assertThat(brokerAtProvider.problems(true))
                .containsEntry("organisation", "Only provider users belong to a provider organisation");
    }

    @Test
    void anAccountHoldsAtLeastOneRole() {
        AccountDetails noRoles =
                new AccountDetails("sam.jones", "Sam Jones", null, "long-enough-password", Set.of(), 1L, null, null);

        assertThat(noRoles.problems(true)).containsEntry("roles", "Select at least one role");
    }

    private static AccountDetails aSocialWorker() {
        return new AccountDetails(
                "sam.jones",
                "Sam Jones",
                "sam.jones@council.gov.uk",
                "long-enough-password",
                Set.of(Role.SOCIAL_WORKER),
                1L,
                null,
                null);
    }
}
