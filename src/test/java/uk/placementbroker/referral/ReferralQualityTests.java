package uk.placementbroker.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.placementbroker.support.ReferralFixtures;

class ReferralQualityTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    static ReferralDetails aCompleteReferral() {
        return ReferralFixtures.aCompleteReferral(TODAY);
    }

    @Test
    void aCompleteReferralPasses() {
        assertThat(ReferralQuality.check(aCompleteReferral(), TODAY)).isEmpty();
    }

    @Test
    void anEmptyReferralListsEverythingMissing() {
        assertThat(ReferralQuality.check(ReferralDetails.empty(), TODAY))
                .extracting(ReferralQuality.Finding::field)
                .contains(
                        "suitability",
                        "urgency",
                        "expectedDuration",
                        "homePostcode",
                        "areaPreference",
                        "needs",
                        "alongside",
                        "pets",
                        "culturalNeeds",
                        "outcomes",
                        "essentialCriteria");
    }

    @Test
    void theUrgencyMustAgreeWithTheDate() {
        assertThat(messages(withUrgency(ReferralDetails.Urgency.SAME_DAY, TODAY)))
                .isEmpty();
        assertThat(messages(withUrgency(ReferralDetails.Urgency.SAME_DAY, TODAY.plusDays(1))))
                .containsExactly(
                        "A same-day referral must be needed today, 26 November 2026: change the date or the urgency");
        assertThat(messages(withUrgency(ReferralDetails.Urgency.WITHIN_7_DAYS, TODAY.plusDays(7))))
                .isEmpty();
        assertThat(messages(withUrgency(ReferralDetails.Urgency.WITHIN_7_DAYS, TODAY.plusDays(8))))
                .containsExactly("Within 7 days means by 3 December 2026: change the date or the urgency");
        assertThat(messages(withUrgency(ReferralDetails.Urgency.PLANNED, TODAY.plusDays(8))))
                .isEmpty();
        assertThat(messages(withUrgency(ReferralDetails.Urgency.PLANNED, TODAY.plusDays(3))))
                .hasSize(1);
        assertThat(messages(withUrgency(ReferralDetails.Urgency.PLANNED, TODAY.minusDays(3))))
                .containsExactly("The date the child needs to move by has passed");
    }

    @Test
    void everyEssentialCriterionMustBeSomethingAProviderCanShow() {
        assertThat(ReferralQuality.checkable("A loving, caring and suitable home"))
                .isFalse();
        assertThat(ReferralQuality.checkable("Good carers")).isFalse();
        assertThat(ReferralQuality.checkable("No younger children in the household"))
                .isTrue();
        assertThat(ReferralQuality.checkable("Carers who speak Polish")).isTrue();
    }

    private static ReferralDetails withUrgency(ReferralDetails.Urgency urgency, LocalDate neededBy) {
        ReferralDetails complete = aCompleteReferral();
        return new ReferralDetails(
                complete.suitability(),
                complete.otherTypes(),
                urgency,
                neededBy,
                complete.expectedDuration(),
                complete.siblingsToPlaceWith(),
                complete.homePostcode(),
                complete.schoolPostcode(),
                complete.maximumMiles(),
                complete.areasToAvoid(),
                complete.areaPreference(),
                complete.preferredLocation(),
                complete.needs(),
                complete.highNeeds(),
                complete.riskToChildOther(),
                complete.riskToOthersOther(),
                complete.ethnicity(),
                complete.religion(),
                complete.language(),
                complete.languageEssential(),
                complete.communication(),
                complete.culturalNeeds(),
                complete.culturalNeedsDetail(),
                complete.adaptationsNeeded(),
                complete.adaptations(),
                complete.alongside(),
                complete.pets(),
                complete.deprivationOfLiberty(),
                complete.additionalSupport(),
                complete.additionalSupportDetail(),
                complete.essentialCriteria(),
                complete.preferences(),
                complete.outcomes(),
                complete.supportInPlace(),
                complete.weeklyBudgetPounds(),
                complete.budgetNote());
    }

    private static List<String> messages(ReferralDetails details) {
        return ReferralQuality.check(details, TODAY).stream()
                .map(ReferralQuality.Finding::message)
                .toList();
    }
}
