package uk.placementbroker.identity.accounts;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import uk.placementbroker.identity.AccountDetails;
import uk.placementbroker.identity.Role;
import uk.placementbroker.identity.signin.LoginAttempts;

/** A person's account: the aggregate administrators create and change. Wrong passwords are counted by {@link LoginAttempts}. */
@Table("identity_user_account")
public class UserAccount {

    @Id
    private Long id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private Long localAuthorityId;
    private Long providerOrganisationId;
    private Long consortiumId;
    private boolean enabled = true;
    private Instant createdAt = Instant.now();
    private Instant lastLoginAt;

    @MappedCollection(idColumn = "user_account_id")
    private Set<RoleGrant> roles = new HashSet<>();

    @Table("identity_user_role")
    public record RoleGrant(Role role) {}

    UserAccount() {}

    public static UserAccount register(AccountDetails details, String passwordHash) {
        UserAccount account = new UserAccount();
        account.username = details.username();
        account.passwordHash = passwordHash;
        account.change(details);
        return account;
    }

    public void change(AccountDetails details) {
        displayName = details.displayName();
        email = details.email();
        localAuthorityId = details.localAuthorityId();
        providerOrganisationId = details.providerOrganisationId();
        consortiumId = details.consortiumId();
        roles = details.roles().stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }
}
