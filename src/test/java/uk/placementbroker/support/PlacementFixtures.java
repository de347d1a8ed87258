package uk.placementbroker.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Decisions;
import uk.placementbroker.brokerage.RoundKind;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.Postcode;

/** Placements agreed through the brokerage's own steps, in a foster household of Oakfield's made for the test. */
public final class PlacementFixtures {

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final Rounds rounds;
    private final Answers answers;
    private final Decisions decisions;
    private final MarketRecords market;

    public PlacementFixtures(
            JdbcClient jdbc,
            Referrals referrals,
            Rounds rounds,
            Answers answers,
            Decisions decisions,
            MarketRecords market) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.rounds = rounds;
        this.answers = answers;
        this.decisions = decisions;
        this.market = market;
    }

    /** A Northbridge referral placed with Oakfield Fostering at £900 a week and 6 hours of 1:1 at £20; the referral. */
    public long placedInNorthbridge() {
        long referral = ReferralFixtures.readyToSearchFor(
                jdbc,
                referrals,
                "991",
                "northbridge",
                aNewChildInNorthbridge(),
                ReferralFixtures.aCompleteReferral(LocalDate.now()));
        rounds.open(
                ReferralFixtures.staffOf(jdbc, "991", "broker.northbridge", Role.BROKER),
                referral,
                RoundKind.FRAMEWORK);
        long offer = answers.offer(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                referral,
                new Answers.Offer(
                        oakfieldHousehold(),
                        LocalDate.now().plusDays(3),
                        Money.pounds(900),
                        new BigDecimal("6"),
                        Money.pounds(20),
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        "As our profile says"));
        decisions.sendChoice(
                ReferralFixtures.staffOf(jdbc, "991", "broker.northbridge", Role.BROKER), referral, List.of(offer));
        decisions.propose(
                ReferralFixtures.staffOf(jdbc, "991", "sw.northbridge", Role.SOCIAL_WORKER),
                referral,
                offer,
                "Right for her");
        decisions
                .decide(
                        ReferralFixtures.staffOf(jdbc, "991", "tm.northbridge", Role.TEAM_MANAGER),
                        referral,
                        true,
                        "Agreed")
                .orElseThrow(() -> new IllegalStateException("The placement was not agreed"));
        return referral;
    }

    /** The broker's form completing the fixture's drafted contract, with {@code then} "save" unless overridden. */
    public static Map<String, String> completedContract(Map<String, String> overrides) {
        LocalDate by = LocalDate.now().plusMonths(6);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("councilContact", "Northbridge brokerage team, 01234 567890");
        form.put("providerLegalName", "Oakfield Fostering Ltd");
        form.put("registrationNumber", "01234567");
        form.put("registeredManager", "");
        form.put(
                "priceIncludes",
                "Care, accommodation, food, clothing and pocket money; contact supervision once a month");
        for (int i = 0; i < 2; i++) {
            form.put("outcome" + i + "Measure", "Recorded at each review by the IRO");
            form.put("outcome" + i + "ByDay", String.valueOf(by.getDayOfMonth()));
            form.put("outcome" + i + "ByMonth", String.valueOf(by.getMonthValue()));
            form.put("outcome" + i + "ByYear", String.valueOf(by.getYear()));
        }
        form.put("noticeDays", "28");
        form.put("invoicing", "FOUR_WEEKLY");
        form.put("paymentDays", "30");
        form.put("then", "save");
        form.putAll(overrides);
        return form;
    }

    /** Moves the placement's start, and the child's episode of care and its contract with it, back to {@code days} ago. */
    public void startedDaysAgo(long placementId, int days) {
        jdbc.sql("""
                update children_episode e set start_date = current_date - ? from placement_placement p
                where p.id = ? and e.child_id = p.child_id and e.start_date = p.start_date
                """).params(days, placementId).update();
        jdbc.sql("""
                update children_episode e set end_date = current_date - ? from placement_placement p
                where p.id = ? and e.child_id = p.child_id and e.end_date = p.start_date
                """).params(days, placementId).update();
        // The contract's versions were drafted from the old start: its day moves with it wherever the document has it.
        jdbc.sql("""
                update placement_contract_version v
                set document = replace(v.document::text, '"' || p.start_date || '"', '"' || (current_date - ?) || '"')::jsonb,
                    effective_from = case when v.effective_from = p.start_date then current_date - ? else v.effective_from end
                from placement_placement p where p.id = v.placement_id and p.id = ?
                """).params(days, days, placementId).update();
        jdbc.sql("update placement_placement set start_date = current_date - ? where id = ?")
                .params(days, placementId)
                .update();
    }

    /**
     * A child of Northbridge's, looked after now, registered for the test as a copy of the first such demo child with
     * a reference of its own: the demo's children without a referral run out as tests take them.
     */
    private long aNewChildInNorthbridge() {
        long template = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = '991'
                  and exists (select 1 from children_episode e where e.child_id = c.id and e.end_date is null
                              and e.start_date < current_date - 30)
                  and not exists (select 1 from placement_placement p where p.child_id = c.id)
                  and c.date_of_birth between current_date - interval '15 years' and current_date - interval '6 years'
                order by c.id limit 1
                """).query(Long.class).single();
        long child = jdbc.sql("""
                insert into children_child (local_authority_id, child_reference, first_name, last_name, date_of_birth, sex, ethnicity,
                    home_postcode, upn)
                select local_authority_id, ?, first_name, last_name, date_of_birth, sex, ethnicity, home_postcode, upn
                from children_child where id = ? returning id
                """)
                .params("FIX" + System.nanoTime(), template)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into children_episode (child_id, episode_index, start_date, reason_for_new_episode, legal_status, category_of_need,
                    placement_type, placement_provider, end_date, reason_episode_ceased, reason_place_change, home_postcode,
                    placement_postcode, urn)
                select ?, episode_index, start_date, reason_for_new_episode, legal_status, category_of_need, placement_type,
                    placement_provider, end_date, reason_episode_ceased, reason_place_change, home_postcode, placement_postcode, urn
                from children_episode where child_id = ?
                """).params(child, template).update();
        return child;
    }

    /** The mails the referrals' rounds queued are not sent: none may reach another test's mail server. */
    public void quietMailsOf(List<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update notification_outbox set status = 'FAILED' where status = 'QUEUED' and id in (
                    select x.mail_id from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                    where r.referral_id in (:referrals))
                """).param("referrals", referralIds).update();
    }

    private HomeRef oakfieldHousehold() {
        long oakfield = jdbc.sql("select id from market_provider where name = 'Oakfield Fostering'")
                .query(Long.class)
                .single();
        return HomeRef.fosterHousehold(market.addHousehold(new MarketRecords.NewHousehold(
                oakfield,
                "OF-PLACED-" + System.nanoTime(),
                0,
                17,
                2,
                Set.of(Criteria.Sex.FEMALE, Criteria.Sex.MALE),
                2,
                Set.of(Need.MISSING_EPISODES),
                Set.of(),
                null,
                Set.of(),
                false,
                null,
                Set.of(),
                Postcode.parse("NN3 6AD").orElseThrow(),
                "Northampton")));
    }
}
