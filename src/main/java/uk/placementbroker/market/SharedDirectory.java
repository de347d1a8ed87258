package uk.placementbroker.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * The market directory the consortium's councils share: its providers and their homes, filterable, each with a
 * profile. A provider one council's Ofsted list import adds waits for the consortium's commissioner to confirm it;
 * a provider added in error is retired with a reason and kept, for the answers and placements that name it.
 * Another council's in-house fostering service is not shown to a council's staff.
 */
@Component
public class SharedDirectory {

    public enum Status {
        PROPOSED("Waiting for the consortium’s confirmation"),
        LISTED("Listed"),
        RETIRED("Retired");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Listed(
            long id,
            String name,
            MarketRecords.ProviderKind kind,
            Status status,
            String ofstedUrn,
            Integer overallEffectiveness,
            int settings,
            int households,
            String proposedBy) {

        public String kindWords() {
            return SharedDirectory.kindWords(kind);
        }

        public String judgement() {
            return SharedDirectory.judgementWords(overallEffectiveness);
        }
    }

    /** What the directory page filters by; blank for any. */
    public record Filter(String name, MarketRecords.ProviderKind kind, Status status, String district, int page) {}

    public record Page(List<Listed> providers, int total, int page, int pages) {}

    public record Home(
            String kind,
            String name,
            String urn,
            String placementType,
            String registration,
            Integer places,
            String district) {}

    public record Profile(
            Listed provider,
            String referralEmail,
            LocalDate inspectionDate,
            String reviewedBy,
            Instant reviewedAt,
            String retiredReason,
            boolean suspended,
            List<Home> homes,
            List<String> lots) {}

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    SharedDirectory(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The council's brokers and managers who search the market, and every commissioner. */
    public static boolean reads(CurrentUser user) {
        return MarketAccess.searches(user) || user.hasRole(Role.COMMISSIONER);
    }

    /** The consortium's own commissioner, who confirms additions to the shared directory and retires providers. */
    public static boolean reviews(CurrentUser user) {
        return user.hasRole(Role.COMMISSIONER) && user.localAuthorityId() == null && user.consortiumId() != null;
    }

    private static final String VISIBLE = """
            (p.kind <> 'IN_HOUSE_FOSTERING' or cast(:council as bigint) is null or p.local_authority_id = cast(:council as bigint))
            """;

    public Page list(CurrentUser user, Filter filter) {
        requireReader(user);
        String where = VISIBLE + """
                 and (cast(:name as text) is null or p.name ilike '%' || cast(:name as text) || '%' or p.ofsted_urn = cast(:name as text))
                 and (cast(:kind as text) is null or p.kind = cast(:kind as text))
                 and (cast(:status as text) is null or p.directory_status = cast(:status as text))
                 and (cast(:district as text) is null
                      or exists (select 1 from market_setting s where s.provider_id = p.id and s.district = cast(:district as text))
                      or exists (select 1 from market_foster_household h where h.provider_id = p.id and h.district = cast(:district as text)))
                """;
        int total = bind(jdbc.sql("select count(*) from market_provider p where " + where), user, filter)
                .query(Integer.class)
                .single();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, filter.page()), pages);
        List<Listed> providers = bind(
                        jdbc.sql(LISTED + " where " + where + " order by p.directory_status = 'LISTED', p.name limit "
                                + PAGE_SIZE + " offset " + uk.placementbroker.shared.Typed.offset(page, PAGE_SIZE)),
                        user,
                        filter)
                .query(Listed.class)
                .list();
        return new Page(providers, total, page, pages);
    }

    /** The districts the directory's homes are in, for the filter. */
    public List<String> districts() {
        return jdbc.sql("""
                select district from market_setting where district is not null
                union select district from market_foster_household where district is not null order by 1
                """).query(String.class).list();
    }

    /** The providers one of the consortium's councils added, waiting for the consortium's commissioner. */
    public List<Listed> proposals(CurrentUser user) {
        if (!reviews(user)) {
            return List.of();
        }
        return jdbc.sql(LISTED + """
                         where p.directory_status = 'PROPOSED'
                           and exists (select 1 from market_ofsted_import i where i.id = p.proposed_in and i.consortium_id = ?)
                         order by p.name
                        """)
                .param(user.consortiumId())
                .query(Listed.class)
                .list();
    }

    public Optional<Profile> profile(CurrentUser user, long id) {
        requireReader(user);
        record Row(
                String referralEmail,
                LocalDate inspectionDate,
                String reviewedBy,
                Instant reviewedAt,
                String retiredReason,
                boolean suspended) {}
        Optional<Listed> listed = jdbc.sql(LISTED + " where p.id = :id and " + VISIBLE)
                .param("id", id)
                .param("council", user.localAuthorityId(), java.sql.Types.BIGINT)
                .query(Listed.class)
                .optional();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        Row row = jdbc.sql("""
                        select referral_email, inspection_date, reviewed_by, reviewed_at, retired_reason, suspended
                        from market_provider where id = ?
                        """).param(id).query(Row.class).single();
        List<Home> homes = jdbc.sql("""
                        select 'Setting' as kind, name, urn, placement_type, registration_status as registration, registered_places as places, district
                        from market_setting where provider_id = ?
                        union all
                        select 'Foster household', 'Foster household ' || reference, null, 'FOSTERING', null, approved_children, district
                        from market_foster_household where provider_id = ?
                        order by 1 desc, 2
                        """).params(id, id).query(Home.class).list();
        List<String> lots = jdbc.sql("""
                        select f.name || ': ' || l.name from market_lot_provider lp join market_lot l on l.id = lp.lot_id
                        join market_framework f on f.id = l.framework_id
                        where lp.provider_id = ? and f.consortium_id = ? order by 1
                        """)
                .params(id, user.consortiumId() == null ? -1L : user.consortiumId())
                .query(String.class)
                .list();
        return Optional.of(new Profile(
                listed.get(),
                row.referralEmail(),
                row.inspectionDate(),
                row.reviewedBy(),
                row.reviewedAt(),
                row.retiredReason(),
                row.suspended(),
                homes,
                lots));
    }

    /** Lists a provider a council added: from now on every council can put it on a framework and ask it. */
    @Transactional
    public void confirm(CurrentUser user, long id) {
        Status status = lockForReview(user, id);
        if (status != Status.PROPOSED) {
            throw new MovedOn(
                    status == Status.LISTED
                            ? "This provider has been confirmed already"
                            : "This provider has been retired: it cannot be confirmed");
        }
        jdbc.sql("""
                update market_provider set directory_status = 'LISTED', reviewed_by = ?, reviewed_at = now() where id = ?
                """).params(user.username(), id).update();
        auditLog.record(AuditAction.UPDATED, "market provider", id, "confirmed in the shared directory");
    }

    /**
     * Retires a provider added in error (or declines one waiting): kept, with the reason, for what names it, but
     * no longer offered for frameworks, searches or rounds.
     */
    @Transactional
    public void retire(CurrentUser user, long id, String reason) {
        Status status = lockForReview(user, id);
        if (status == Status.RETIRED) {
            throw new MovedOn("This provider has been retired already");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("Say why the provider is retired, such as: added in error from a list’s owner column");
        }
        if (reason.strip().length() > 500) {
            throw new Refused("Say why in 500 characters or fewer");
        }
        jdbc.sql("""
                update market_provider set directory_status = 'RETIRED', retired_reason = ?, reviewed_by = ?, reviewed_at = now() where id = ?
                """).params(reason.strip(), user.username(), id).update();
        auditLog.record(
                AuditAction.UPDATED,
                "market provider",
                id,
                (status == Status.PROPOSED ? "declined: " : "retired: ") + reason.strip());
    }

    private Status lockForReview(CurrentUser user, long id) {
        if (!reviews(user)) {
            throw new Refused(
                    "Only the consortium’s commissioner confirms and retires providers in the shared directory");
        }
        return jdbc.sql("select directory_status from market_provider where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .map(Status::valueOf)
                .orElseThrow(() -> new NotFound());
    }

    private static final String LISTED = """
            select p.id, p.name, p.kind, p.directory_status as status, p.ofsted_urn, p.overall_effectiveness::int as overall_effectiveness,
                   (select count(*) from market_setting s where s.provider_id = p.id)::int as settings,
                   (select count(*) from market_foster_household h where h.provider_id = p.id)::int as households,
                   p.proposed_by
            from market_provider p
            """;

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, CurrentUser user, Filter filter) {
        return sql.param("council", user.localAuthorityId(), java.sql.Types.BIGINT)
                .param("name", blankToNull(filter.name()), java.sql.Types.VARCHAR)
                .param("kind", filter.kind() == null ? null : filter.kind().name(), java.sql.Types.VARCHAR)
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name(),
                        java.sql.Types.VARCHAR)
                .param("district", blankToNull(filter.district()), java.sql.Types.VARCHAR);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireReader(CurrentUser user) {
        if (!reads(user)) {
            throw new Refused("Your role does not include the market directory");
        }
    }

    public static String kindWords(MarketRecords.ProviderKind kind) {
        return switch (kind) {
            case IN_HOUSE_FOSTERING -> "Council fostering service";
            case INDEPENDENT_FOSTERING_AGENCY -> "Independent fostering agency";
            case CHILDRENS_HOME_OPERATOR -> "Children’s homes";
            case SUPPORTED_ACCOMMODATION_PROVIDER -> "Supported accommodation";
            case RESIDENTIAL_SPECIAL_SCHOOL -> "Residential special school";
            case PARENT_AND_CHILD -> "Parent and child";
        };
    }

    static String judgementWords(Integer grade) {
        return grade == null
                ? "Not yet inspected"
                : switch (grade) {
                    case 1 -> "Outstanding";
                    case 2 -> "Good";
                    case 3 -> "Requires improvement";
                    default -> "Inadequate";
                };
    }
}
