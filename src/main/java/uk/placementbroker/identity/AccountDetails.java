package uk.placementbroker.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator sets on an account. {@link #problems()} holds the rules an account must keep,
 * keyed by the form field they belong to, so the same rules guard the page and the demo data.
 *
 * @param password a new password, or null to keep the current one (or to sign in only through the council's identity provider)
 */
public record AccountDetails(
        String username,
        String displayName,
        String email,
        String password,
        Set<Role> roles,
        Long localAuthorityId,
        Long providerOrganisationId,
        Long consortiumId) {

    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public AccountDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Broken rules by field name, in the order the form shows its fields. */
    public Map<String, String> problems(boolean newAccount) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (username == null || username.isBlank()) {
            problems.put("username", "Enter a username");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.put(
                    "username", "Username must be 3 to 60 lower-case letters, numbers, dots, hyphens or underscores");
        }
        if (displayName == null || displayName.isBlank()) {
            problems.put("displayName", "Enter the person's full name");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
            problems.put("email", "Enter an email address in the correct format, like name@council.gov.uk");
        }
        if (password != null && !password.isEmpty() && password.length() < MINIMUM_PASSWORD_LENGTH) {
            problems.put("password", "Password must be " + MINIMUM_PASSWORD_LENGTH + " characters or more");
        } else if (newAccount && (password == null || password.isEmpty()) && (email == null || email.isBlank())) {
            problems.put(
                    "password",
                    "Enter a password, or an email address so the person can sign in with their council account");
        }
        organisationProblem().ifPresent(message -> problems.put(roles.isEmpty() ? "roles" : "organisation", message));
        return problems;
    }

    private Optional<String> organisationProblem() {
        if (roles.isEmpty()) {
            return Optional.of("Select at least one role");
        }
        if (roles.contains(Role.PROVIDER_USER)) {
            if (roles.size() > 1) {
                return Optional.of("A provider user cannot also hold a council role");
            }
            if (providerOrganisationId == null || localAuthorityId != null) {
                return Optional.of("Select the provider organisation the provider user works for");
            }
            return Optional.empty();
        }
        if (providerOrganisationId != null) {
            return Optional.of("Only provider users belong to a provider organisation");
        }
        boolean needsCouncil =
                roles.stream().anyMatch(role -> role.organisationKind() == Role.OrganisationKind.LOCAL_AUTHORITY);
        if (needsCouncil && localAuthorityId == null) {
            return Optional.of("Select the local authority this person works for");
        }
        if (localAuthorityId == null && consortiumId == null) {
            return Optional.of("Select the local authority or consortium this person works for");
        }
        return Optional.empty();
    }
}
