package uk.placementbroker.identity.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;

/** Reads accounts with their roles and organisation in one query. */
@Component
public class AccountDirectory {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.password_hash, u.enabled, u.last_login_at,
                   (select count(*) from identity_sign_in_pause p
                    where p.username = lower(u.username) and p.paused_until > now()) as paused_addresses,
                   u.local_authority_id, u.provider_organisation_id,
                   coalesce(u.consortium_id, la.consortium_id) as consortium_id,
                   coalesce(la.name, po.name, c.name, 'No organisation') as organisation_name,
                   array(select r.role from identity_user_role r where r.user_account_id = u.id order by r.role) as roles
            from identity_user_account u
            left join identity_local_authority la on la.id = u.local_authority_id
            left join identity_provider_organisation po on po.id = u.provider_organisation_id
            left join identity_consortium c on c.id = u.consortium_id
            """;

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredAccount> byUsername(String username) {
        return jdbc.sql(SELECT + " where lower(u.username) = lower(?)")
                .param(username)
                .query(this::map)
                .optional();
    }

    public Optional<StoredAccount> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(u.email) = lower(?)")
                .param(email)
                .query(this::map)
                .optional();
    }

    public Optional<StoredAccount> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(this::map).optional();
    }

    /** The accounts an administrator may manage: their own council's, or their whole consortium's. */
    public List<StoredAccount> manageableBy(CurrentUser administrator) {
        return jdbc.sql(SELECT + " where " + AdministrationScope.ACCOUNTS_CONDITION + " order by lower(u.display_name)")
                .params(AdministrationScope.parameters(administrator))
                .query(this::map)
                .list();
    }

    private StoredAccount map(ResultSet rs, int row) throws SQLException {
        CurrentUser user = new CurrentUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                roles(rs.getArray("roles")),
                rs.getObject("local_authority_id", Long.class),
                rs.getObject("provider_organisation_id", Long.class),
                rs.getObject("consortium_id", Long.class),
                rs.getString("organisation_name"));
        return new StoredAccount(
                user,
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getInt("paused_addresses"),
                instant(rs.getTimestamp("last_login_at")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
