package uk.placementbroker.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import uk.placementbroker.identity.AccountDetails;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.identity.accounts.StoredAccount;

/**
 * The add-or-change-a-user page's fields. {@code organisation} is one select: "la:ID", "provider:ID" or "consortium:ID".
 */
public class AccountForm {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private String password = "";
    private List<Role> roles = new ArrayList<>();
    private String organisation = "";

    public static AccountForm of(StoredAccount account) {
        AccountForm form = new AccountForm();
        CurrentUser user = account.user();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = account.email() == null ? "" : account.email();
        form.roles = new ArrayList<>(user.roles());
        form.organisation = user.localAuthorityId() != null
                ? "la:" + user.localAuthorityId()
                : user.providerOrganisationId() != null
                        ? "provider:" + user.providerOrganisationId()
                        : user.consortiumId() != null ? "consortium:" + user.consortiumId() : "";
        return form;
    }

    /** Provider users are kept by the consortium whose administrator adds them. */
    public AccountDetails details(Long administratorConsortium) {
        Long provider = organisationId("provider");
        return new AccountDetails(
                username.strip(),
                displayName.strip(),
                email.isBlank() ? null : email.strip(),
                password.isEmpty() ? null : password,
                new LinkedHashSet<>(roles),
                organisationId("la"),
                provider,
                provider != null ? administratorConsortium : organisationId("consortium"));
    }

    public static String organisationValue(AccountDetails details) {
        return details.localAuthorityId() != null
                ? "la:" + details.localAuthorityId()
                : details.providerOrganisationId() != null
                        ? "provider:" + details.providerOrganisationId()
                        : details.consortiumId() != null ? "consortium:" + details.consortiumId() : "";
    }

    private Long organisationId(String kind) {
        String prefix = kind + ":";
        if (organisation != null && organisation.startsWith(prefix)) {
            try {
                return Long.valueOf(organisation.substring(prefix.length()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        // A blank value binds as null: it is no role.
        this.roles = roles == null
                ? new ArrayList<>()
                : roles.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toList());
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation == null ? "" : organisation;
    }
}
