package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.placementbroker.support.Givens.givenACouncil;
import static uk.placementbroker.support.Givens.givenAFosterHousehold;
import static uk.placementbroker.support.Givens.givenALookedAfterChild;
import static uk.placementbroker.support.Givens.givenStaffOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;

/**
 * The placement module with only what it stands on (children, market, identity, and the referral a
 * placement is of, and the outbox its staff are told through): agreeing is the one way a placement comes into being, and it says so with an event.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"referral", "notification"})
@ActiveProfiles("test")
class PlacementModuleIntegrationTests {

    @Autowired
    Placements placements;

    @Autowired
    Organisations organisations;

    @Autowired
    ChildRecords children;

    @Autowired
    MarketRecords market;

    @Autowired
    Referrals referrals;

    @Test
    void agreeingRecordsWhoAndWhatItCameFromItemisedAndPublishesPlacementAgreed(Scenario scenario) {
        LocalAuthority council = givenACouncil(organisations);
        long child = givenALookedAfterChild(children, council);
        long referral = draftReferral(council, child);
        HomeRef home = givenAFosterHousehold(market, 2);
        Agreement agreement = agreement(council, referral, child, home);

        scenario.stimulate(() -> placements.agree(agreement))
                .andWaitForEventOfType(PlacementAgreed.class)
                .matching(agreed -> agreed.referralId() == referral)
                .toArriveAndVerify((agreed, result) -> {
                    assertThat(agreed.offerId()).isEqualTo(-referral);
                    assertThat(agreed.childId()).isEqualTo(child);
                    assertThat(result.inEpisodesOfCare())
                            .as("the child's next episode of care")
                            .isTrue();
                });

        Placement placement = placements.ofReferral(council.id(), referral).orElseThrow();
        assertThat(placement.home()).isEqualTo(home);
        assertThat(placement.proposedBy()).isEqualTo("sw.test");
        assertThat(placement.permittedBy()).isEqualTo("tm.test");
        assertThat(placement.agreedBy()).isEqualTo("tm.test");
        assertThat(placement.weekly().oneToOne()).isEqualTo(Money.of(new BigDecimal("225.00")));
        assertThat(placement.weeklyCost())
                .as("fee, 1:1, education, transport, therapy, other")
                .isEqualTo(Money.of(new BigDecimal("1218.80")));
        assertThat(placement.weeklyCost().toString()).isEqualTo("£1,218.80");
        assertThat(placement.oneOffCosts()).isEqualTo(Money.pounds(250));
        assertThat(placement.outcomes()).containsExactly("Stays at her school");
        assertThat(placements.ofReferral(council.id() + 1_000_000, referral))
                .as("another council's")
                .isEmpty();
    }

    @Test
    void aHomeWhosePlacesAreTakenIsRefusedWithWords() {
        LocalAuthority council = givenACouncil(organisations);
        HomeRef home = givenAFosterHousehold(market, 1);
        long first = givenALookedAfterChild(children, council);
        placements.agree(agreement(council, draftReferral(council, first), first, home));
        long second = givenALookedAfterChild(children, council);
        long secondReferral = draftReferral(council, second);

        assertThatThrownBy(() -> placements.agree(agreement(council, secondReferral, second, home)))
                .isInstanceOf(Placement.HomeFull.class)
                .hasMessageContaining("has no place left");
        assertThat(placements.ofReferral(council.id(), secondReferral)).isEmpty();
    }

    private long draftReferral(LocalAuthority council, long child) {
        return referrals
                .start(givenStaffOf(council, "sw.test", Role.SOCIAL_WORKER), child)
                .orElseThrow();
    }

    private static Agreement agreement(LocalAuthority council, long referral, long child, HomeRef home) {
        return new Agreement(
                council.id(),
                referral,
                child,
                0,
                0L,
                "Test agency",
                home,
                "Foster household",
                // An offer id no real offer has: the portal finds a provider's placement by its offer, and a made-up id
                // that a later test's real offer took made that test's provider find two.
                -referral,
                "sw.test",
                "tm.test",
                null,
                LocalDate.now().plusDays(3),
                new WeeklyCosts(
                        Money.pounds(900),
                        new BigDecimal("10"),
                        Money.of(new BigDecimal("22.50")),
                        Money.of(new BigDecimal("40.80")),
                        Money.pounds(45),
                        Money.ZERO,
                        Money.pounds(8)),
                Money.pounds(250),
                List.of("Stays at her school"));
    }
}
