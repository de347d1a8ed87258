package uk.placementbroker.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.ReferralQuality;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/** Referrals as a broker would find them, ready to use in tests. */
public final class ReferralFixtures {

    private ReferralFixtures() {}

    /** A referral a broker would send out as it is: fostering or a children's home, within 7 days of {@code today}. */
    public static ReferralDetails aCompleteReferral(LocalDate today) {
        return new ReferralDetails(
                Map.of(
                        PlacementType.FOSTERING,
                        ReferralDetails.Suitability.PREFERRED,
                        PlacementType.RESIDENTIAL,
                        ReferralDetails.Suitability.SUITABLE),
                Set.of(),
                ReferralDetails.Urgency.WITHIN_7_DAYS,
                today.plusDays(5),
                "Long term, until 18",
                0,
                "NN3 6AB",
                "NN1 1AA",
                20,
                List.of("NN1"),
                ReferralDetails.AreaPreference.IN_AREA,
                null,
                Set.of(Need.MISSING_EPISODES, Need.EDUCATION),
                Set.of(Need.MISSING_EPISODES),
                null,
                null,
                "WBRI",
                null,
                null,
                false,
                Set.of(ReferralDetails.Communication.NONE),
                ReferralDetails.CulturalNeeds.NOT_REQUIRED,
                null,
                false,
                List.of(),
                ReferralDetails.Alongside.ONLY_YOUNGER,
                ReferralDetails.Pets.YES_CAN,
                false,
                Set.of(ReferralDetails.AdditionalSupport.TAXIS_TO_SCHOOL),
                null,
                List.of(
                        "Carers trained in responding to missing episodes",
                        "Within 20 miles of her school in Northampton"),
                List.of("A carer at home in the day"),
                List.of("Attends school every day", "No missing episodes for six months"),
                "CAMHS appointments weekly",
                950,
                null);
    }

    /**
     * A complete referral for the next Northbridge child with none, taken to "ready to search" through the
     * referral module's own steps: the social worker writes and sends it, the team manager gives permission
     * to look, the broker checks it.
     */
    public static long readyToSearchInNorthbridge(JdbcClient jdbc, Referrals referrals) {
        return readyToSearchInNorthbridge(jdbc, referrals, "true");
    }

    /** The same, for a child who is looked after now, or one who is not. */
    public static long readyToSearchInNorthbridge(JdbcClient jdbc, Referrals referrals, boolean lookedAfter) {
        return readyToSearchInNorthbridge(
                jdbc,
                referrals,
                (lookedAfter ? "" : "not ")
                        + "exists (select 1 from children_episode e where e.child_id = c.id and e.end_date is null)");
    }

    private static long readyToSearchInNorthbridge(JdbcClient jdbc, Referrals referrals, String childCondition) {
        return readyToSearch(jdbc, referrals, "991", "northbridge", childCondition);
    }

    /** The same in another demo council, such as ("992", "eastmoor"), for tests that need many referrals. */
    public static long readyToSearchIn(JdbcClient jdbc, Referrals referrals, String councilCode, String councilKey) {
        return readyToSearch(jdbc, referrals, councilCode, councilKey, "true");
    }

    private static long readyToSearch(
            JdbcClient jdbc, Referrals referrals, String councilCode, String councilKey, String childCondition) {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = ? and not exists (select 1 from referral_referral r where r.child_id = c.id) and %s order by c.id limit 1
                """.formatted(childCondition))
                .param(councilCode)
                .query(Long.class)
                .single();
        return readyToSearchFor(jdbc, referrals, councilCode, councilKey, child, aCompleteReferral(LocalDate.now()));
    }

    /** A referral for this child of the council, saying this, taken to "ready to search" through the referral module's own steps. */
    public static long readyToSearchFor(
            JdbcClient jdbc,
            Referrals referrals,
            String councilCode,
            String councilKey,
            long child,
            ReferralDetails details) {
        CurrentUser socialWorker = staffOf(jdbc, councilCode, "sw." + councilKey, Role.SOCIAL_WORKER);
        long referral = referrals.start(socialWorker, child).orElseThrow();
        referrals.saveAnswers(socialWorker, referral, details);
        List<ReferralQuality.Finding> missing = referrals.submit(socialWorker, referral, null, LocalDate.now());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The complete referral is not complete: " + missing);
        }
        referrals.authorise(
                staffOf(jdbc, councilCode, "tm." + councilKey, Role.TEAM_MANAGER), referral, true, "Agreed");
        referrals.check(staffOf(jdbc, councilCode, "broker." + councilKey, Role.BROKER), referral, true, "Clear");
        return referral;
    }

    /** Someone at Northbridge City Council in these roles. */
    public static CurrentUser northbridgeStaff(JdbcClient jdbc, String username, Role... roles) {
        return staffOf(jdbc, "991", username, roles);
    }

    /** Someone on the staff of the demo council with this DfE number (991 Northbridge, 992 Eastmoor, 993 Westhaven). */
    public static CurrentUser staffOf(JdbcClient jdbc, String councilCode, String username, Role... roles) {
        Map<String, Object> council = jdbc.sql(
                        "select id, consortium_id, name from identity_local_authority where code = ?")
                .param(councilCode)
                .query()
                .singleRow();
        return new CurrentUser(
                0,
                username,
                username,
                Set.of(roles),
                ((Number) council.get("id")).longValue(),
                null,
                ((Number) council.get("consortium_id")).longValue(),
                (String) council.get("name"));
    }

    /** A user of the provider organisation of this name, as the portal knows them. */
    public static CurrentUser providerUser(JdbcClient jdbc, String organisationName) {
        long organisation = jdbc.sql("select id from identity_provider_organisation where name = ?")
                .param(organisationName)
                .query(Long.class)
                .single();
        return new CurrentUser(
                0,
                "provider.user",
                "Provider user",
                Set.of(Role.PROVIDER_USER),
                null,
                organisation,
                null,
                organisationName);
    }

    /**
     * One of Oakfield Fostering's demo households (not those a test made), "H" and its id, counted from the last, so that the
     * browser story's first household is never one that a test fills.
     */
    public static String oakfieldHousehold(JdbcClient jdbc, int index) {
        return jdbc.sql("""
                select 'H' || h.id from market_foster_household h join market_provider p on p.id = h.provider_id
                where p.name = 'Oakfield Fostering' and h.reference ~ '^OF-[0-9]{3}$' order by h.id desc offset ? limit 1
                """).param(index).query(String.class).single();
    }
}
