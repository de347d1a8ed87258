package uk.placementbroker.placement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.placement.Ending;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.WeeklyCosts;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;

/** The placement tables: nothing outside the placement module reads or writes them. */
@Component
public class PlacementStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select id, local_authority_id, referral_id, child_id, provider_id, provider_organisation_id, provider_name, home_kind, home_id,
                   home_name, offer_id, proposed_by, permitted_by, budget_approved_by, agreed_by, start_date, weekly_fee_pence,
                   one_to_one_hours, one_to_one_rate_pence, education_weekly_pence, transport_weekly_pence, therapy_weekly_pence,
                   other_weekly_pence, one_off_costs_pence, outcomes, agreed_at, ended_on
            from placement_placement
            """;

    private final JdbcClient jdbc;

    PlacementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the home's row until the transaction ends, so that decisions for the same home take turns. */
    public void lock(HomeRef home) {
        jdbc.sql("insert into placement_home_lock (home_kind, home_id) values (?, ?) on conflict do nothing")
                .params(kind(home), home.id())
                .update();
        jdbc.sql("select 1 from placement_home_lock where home_kind = ? and home_id = ? for update")
                .params(kind(home), home.id())
                .query(Integer.class)
                .single();
    }

    public int currentIn(HomeRef home) {
        return jdbc.sql(
                        "select count(*) from placement_placement where home_kind = ? and home_id = ? and ended_on is null")
                .params(kind(home), home.id())
                .query(Integer.class)
                .single();
    }

    public long insert(Placement placement) {
        WeeklyCosts weekly = placement.weekly();
        return jdbc.sql("""
                insert into placement_placement (local_authority_id, referral_id, child_id, provider_id, provider_organisation_id, provider_name,
                    home_kind, home_id, home_name, offer_id, proposed_by, permitted_by, budget_approved_by, agreed_by, start_date,
                    weekly_fee_pence, one_to_one_hours, one_to_one_rate_pence, education_weekly_pence, transport_weekly_pence,
                    therapy_weekly_pence, other_weekly_pence, one_off_costs_pence, outcomes, agreed_at)
                values (:council, :referral, :child, :provider, :organisation, :providerName, :homeKind, :homeId, :homeName, :offer,
                    :proposedBy, :permittedBy, :budgetApprovedBy, :agreedBy, :start, :fee, :hours, :rate, :education, :transport, :therapy,
                    :other, :oneOff, :outcomes::jsonb, :agreedAt)
                returning id
                """)
                .param("council", placement.localAuthorityId())
                .param("referral", placement.referralId())
                .param("child", placement.childId())
                .param("provider", placement.providerId())
                .param("organisation", placement.providerOrganisationId())
                .param("providerName", placement.providerName())
                .param("homeKind", kind(placement.home()))
                .param("homeId", placement.home().id())
                .param("homeName", placement.homeName())
                .param("offer", placement.offerId())
                .param("proposedBy", placement.proposedBy())
                .param("permittedBy", placement.permittedBy())
                .param("budgetApprovedBy", placement.budgetApprovedBy())
                .param("agreedBy", placement.agreedBy())
                .param("start", placement.startDate())
                .param("fee", weekly.fee().pence())
                .param("hours", weekly.oneToOneHours())
                .param("rate", weekly.oneToOneRate().pence())
                .param("education", weekly.education().pence())
                .param("transport", weekly.transport().pence())
                .param("therapy", weekly.therapy().pence())
                .param("other", weekly.other().pence())
                .param("oneOff", placement.oneOffCosts().pence())
                .param("outcomes", JSON.writeValueAsString(placement.outcomes()))
                .param("agreedAt", java.sql.Timestamp.from(placement.agreedAt()))
                .query(Long.class)
                .single();
    }

    /** The council's placements that have not ended, the latest start first. */
    public List<Placement> currentOf(long localAuthorityId) {
        return jdbc.sql(SELECT + " where local_authority_id = ? and ended_on is null order by start_date desc, id desc")
                .param(localAuthorityId)
                .query(PlacementStore::placement)
                .list();
    }

    public List<Placement> ofChild(long localAuthorityId, long childId) {
        return jdbc.sql(SELECT + " where local_authority_id = ? and child_id = ? order by start_date desc, id desc")
                .params(localAuthorityId, childId)
                .query(PlacementStore::placement)
                .list();
    }

    /** The provider organisation's placements that have not ended, the latest start first. */
    public List<Placement> currentWith(long providerOrganisationId) {
        return jdbc.sql(SELECT
                        + " where provider_organisation_id = ? and ended_on is null order by start_date desc, id desc")
                .param(providerOrganisationId)
                .query(PlacementStore::placement)
                .list();
    }

    /** The organisation's placements current or ended since {@code endedSince}, the latest start first. */
    public List<Placement> invoiceableBy(long providerOrganisationId, LocalDate endedSince) {
        return jdbc.sql(SELECT + """
                         where provider_organisation_id = ? and (ended_on is null or ended_on >= ?)
                         order by start_date desc, id desc""")
                .params(providerOrganisationId, endedSince)
                .query(PlacementStore::placement)
                .list();
    }

    public List<Placement> invoiceableIn(long localAuthorityId, LocalDate endedSince) {
        return jdbc.sql(SELECT + """
                         where local_authority_id = ? and (ended_on is null or ended_on >= ?)
                         order by start_date desc, id desc""")
                .params(localAuthorityId, endedSince)
                .query(PlacementStore::placement)
                .list();
    }

    public Optional<Placement> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(PlacementStore::placement)
                .optional();
    }

    public Optional<Placement> ofReferral(long localAuthorityId, long referralId) {
        return jdbc.sql(SELECT + " where referral_id = ? and local_authority_id = ?")
                .params(referralId, localAuthorityId)
                .query(PlacementStore::placement)
                .optional();
    }

    public Optional<Placement> fromAnyOfOffers(List<Long> offerIds) {
        return jdbc.sql(SELECT + " where offer_id = any (?)")
                .param(offerIds.toArray(Long[]::new))
                .query(PlacementStore::placement)
                .optional();
    }

    public List<Placement> ofCouncils(List<Long> localAuthorityIds) {
        return jdbc.sql(SELECT + " where local_authority_id in (:councils)")
                .param("councils", localAuthorityIds)
                .query(PlacementStore::placement)
                .list();
    }

    /** @return whether the placement had not ended yet: a second ending changes nothing */
    public boolean end(long placementId, Ending ending) {
        if (jdbc.sql("update placement_placement set ended_on = ? where id = ? and ended_on is null")
                        .params(ending.endDate(), placementId)
                        .update()
                == 0) {
            return false;
        }
        jdbc.sql("""
                insert into placement_ending (placement_id, planned, end_date, reason, notice_given_on, destination, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        placementId,
                        ending.planned(),
                        ending.endDate(),
                        ending.reason(),
                        ending.noticeGivenOn(),
                        ending.destination().name(),
                        ending.note(),
                        ending.recordedBy())
                .update();
        return true;
    }

    public Optional<Ending> ending(long placementId) {
        return jdbc.sql("""
                select planned, end_date, reason, notice_given_on, destination, note, recorded_by, recorded_at
                from placement_ending where placement_id = ?
                """)
                .param(placementId)
                .query((row, number) -> new Ending(
                        row.getBoolean("planned"),
                        row.getObject("end_date", LocalDate.class),
                        row.getString("reason"),
                        row.getObject("notice_given_on", LocalDate.class),
                        Ending.Destination.valueOf(row.getString("destination")),
                        row.getString("note"),
                        row.getString("recorded_by"),
                        row.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    /** One placement's figures for the measures, before its home's placement type is known. */
    public record Measured(
            long localAuthorityId,
            long providerId,
            String provider,
            HomeRef home,
            LocalDate start,
            LocalDate end,
            Boolean planned,
            int outcomesRated,
            int outcomesAchieved) {}

    /**
     * The councils' placements with how each ended and its latest review's ratings: what the measures count. Those
     * agreed but not started yet are left out.
     */
    public List<Measured> measured(List<Long> localAuthorityIds) {
        return jdbc.sql("""
                select p.local_authority_id, p.provider_id, p.provider_name, p.home_kind, p.home_id, p.start_date, p.ended_on,
                       e.planned, coalesce(r.rated, 0) as rated, coalesce(r.achieved, 0) as achieved
                from placement_placement p
                left join placement_ending e on e.placement_id = p.id
                left join lateral (
                    select count(*) filter (where o.rating <> 'NO_LONGER_RELEVANT') as rated,
                           count(*) filter (where o.rating = 'ACHIEVED') as achieved
                    from placement_review_outcome o
                    where o.review_id = (select v.id from placement_review v where v.placement_id = p.id
                                         order by v.held_on desc, v.id desc limit 1)
                ) r on true
                where p.local_authority_id in (:councils) and p.start_date <= current_date
                """)
                .param("councils", localAuthorityIds)
                .query((row, number) -> {
                    long homeId = row.getLong("home_id");
                    return new Measured(
                            row.getLong("local_authority_id"),
                            row.getLong("provider_id"),
                            row.getString("provider_name"),
                            "SETTING".equals(row.getString("home_kind"))
                                    ? HomeRef.setting(homeId)
                                    : HomeRef.fosterHousehold(homeId),
                            row.getObject("start_date", LocalDate.class),
                            row.getObject("ended_on", LocalDate.class),
                            row.getObject("planned", Boolean.class),
                            row.getInt("rated"),
                            row.getInt("achieved"));
                })
                .list();
    }

    private static Placement placement(ResultSet row, int number) throws SQLException {
        long homeId = row.getLong("home_id");
        HomeRef home = "SETTING".equals(row.getString("home_kind"))
                ? HomeRef.setting(homeId)
                : HomeRef.fosterHousehold(homeId);
        WeeklyCosts weekly = new WeeklyCosts(
                pence(row, "weekly_fee_pence"),
                row.getBigDecimal("one_to_one_hours"),
                pence(row, "one_to_one_rate_pence"),
                pence(row, "education_weekly_pence"),
                pence(row, "transport_weekly_pence"),
                pence(row, "therapy_weekly_pence"),
                pence(row, "other_weekly_pence"));
        Long providerId = row.getObject("provider_id", Long.class);
        return new Placement(
                row.getLong("id"),
                row.getLong("local_authority_id"),
                row.getLong("referral_id"),
                row.getLong("child_id"),
                providerId == null ? 0 : providerId,
                row.getObject("provider_organisation_id", Long.class),
                row.getString("provider_name"),
                home,
                row.getString("home_name"),
                row.getLong("offer_id"),
                row.getString("proposed_by"),
                row.getString("permitted_by"),
                row.getString("budget_approved_by"),
                row.getString("agreed_by"),
                row.getObject("start_date", LocalDate.class),
                weekly,
                pence(row, "one_off_costs_pence"),
                JSON.readValue(row.getString("outcomes"), new TypeReference<List<String>>() {}),
                row.getTimestamp("agreed_at").toInstant(),
                row.getObject("ended_on", LocalDate.class));
    }

    private static Money pence(ResultSet row, String column) throws SQLException {
        return new Money(row.getLong(column));
    }

    private static String kind(HomeRef home) {
        return home instanceof HomeRef.Setting ? "SETTING" : "FOSTER_HOUSEHOLD";
    }
}
