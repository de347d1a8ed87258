package uk.placementbroker.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The consortia, local authorities and provider organisations that accounts belong to. */
@Component
public class Organisations {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    Organisations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public Consortium createConsortium(String name) {
        long id = jdbc.sql("insert into identity_consortium (name) values (?) returning id")
                .param(name)
                .query(Long.class)
                .single();
        return new Consortium(id, name);
    }

    @Transactional
    public LocalAuthority createLocalAuthority(String code, String name, Long consortiumId) {
        long id = jdbc.sql(
                        "insert into identity_local_authority (code, name, consortium_id) values (?, ?, ?) returning id")
                .params(code, name, consortiumId)
                .query(Long.class)
                .single();
        return new LocalAuthority(id, code, name, consortiumId);
    }

    @Transactional
    public ProviderOrganisation createProviderOrganisation(String name) {
        long id = jdbc.sql("insert into identity_provider_organisation (name) values (?) returning id")
                .param(name)
                .query(Long.class)
                .single();
        return new ProviderOrganisation(id, name);
    }

    public boolean anyLocalAuthority() {
        return jdbc.sql("select exists (select 1 from identity_local_authority)")
                .query(Boolean.class)
                .single();
    }

    public List<LocalAuthority> localAuthorities() {
        return jdbc.sql("select id, code, name, consortium_id from identity_local_authority order by name")
                .query(LocalAuthority.class)
                .list();
    }

    public Optional<LocalAuthority> localAuthority(long id) {
        return jdbc.sql("select id, code, name, consortium_id from identity_local_authority where id = ?")
                .param(id)
                .query(LocalAuthority.class)
                .optional();
    }

    /** The local authority districts that make up the council's area; empty when nobody has said. */
    public List<String> areaOf(long localAuthorityId) {
        return jdbc.sql("select area_districts from identity_local_authority where id = ?")
                .param(localAuthorityId)
                .query((row, number) -> List.of((String[]) row.getArray(1).getArray()))
                .optional()
                .orElse(List.of());
    }

    public void setAreaOf(long localAuthorityId, List<String> districts) {
        jdbc.sql("update identity_local_authority set area_districts = ? where id = ?")
                .params(districts.toArray(String[]::new), localAuthorityId)
                .update();
        events.publishEvent(new CouncilAreaChanged(localAuthorityId));
    }

    public List<LocalAuthority> localAuthoritiesOf(long consortiumId) {
        return jdbc.sql(
                        "select id, code, name, consortium_id from identity_local_authority where consortium_id = ? order by name")
                .param(consortiumId)
                .query(LocalAuthority.class)
                .list();
    }

    public List<ProviderOrganisation> providerOrganisations() {
        return jdbc.sql("select id, name from identity_provider_organisation order by name")
                .query(ProviderOrganisation.class)
                .list();
    }

    public Optional<Consortium> consortium(long id) {
        return jdbc.sql("select id, name from identity_consortium where id = ?")
                .param(id)
                .query(Consortium.class)
                .optional();
    }

    /** The work address of one of the council's staff, if they have one and their account is enabled. */
    public Optional<String> staffEmail(long localAuthorityId, String username) {
        return jdbc.sql("""
                select email from identity_user_account
                where local_authority_id = ? and username = ? and enabled and email is not null
                """)
                .params(localAuthorityId, username)
                .query(String.class)
                .optional();
    }

    /** The work addresses of a council's staff in a role, for the mail that tells them something needs them. */
    public List<String> staffEmails(long localAuthorityId, Role role) {
        return jdbc.sql("""
                select a.email from identity_user_account a join identity_user_role r on r.user_account_id = a.id
                where a.local_authority_id = ? and r.role = ? and a.enabled and a.email is not null order by a.email
                """)
                .params(localAuthorityId, role.name())
                .query(String.class)
                .list();
    }
}
