package uk.placementbroker.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placementbroker.matching.MatchingFixtures.LEICESTER;
import static uk.placementbroker.matching.MatchingFixtures.TODAY;
import static uk.placementbroker.matching.MatchingFixtures.aChild;
import static uk.placementbroker.matching.MatchingFixtures.aHome;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/** Each hard constraint, met and failed, with the words a broker sees. */
class HardConstraintTests {

    @Test
    void theDefaultChildAndHomeMeetEveryConstraint() {
        assertThat(Matching.failures(aChild().build(), aHome().build())).isEmpty();
    }

    @Test
    void placementType() {
        assertThat(failures(
                        aChild().needing(PlacementType.FOSTERING, PlacementType.RESIDENTIAL)
                                .build(),
                        aHome().offering(PlacementType.RESIDENTIAL).build()))
                .isEmpty();
        assertThat(failures(
                        aChild().build(),
                        aHome().offering(PlacementType.SUPPORTED_ACCOMMODATION).build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.PLACEMENT_TYPE, "offers supported accommodation, not fostering"));
    }

    @Test
    void ageWithinTheApprovalRange() {
        assertThat(failures(aChild().aged(11).build(), aHome().forAges(11, 17).build()))
                .isEmpty();
        assertThat(failures(aChild().aged(17).build(), aHome().forAges(11, 17).build()))
                .isEmpty();
        assertThat(failures(aChild().aged(10).build(), aHome().forAges(11, 17).build()))
                .containsExactly(
                        new Matching.Failure(HardConstraint.AGE, "takes children aged 11 to 17, and the child is 10"));
    }

    @Test
    void sex() {
        assertThat(failures(aChild().boy().build(), aHome().forBoysOnly().build()))
                .isEmpty();
        assertThat(failures(aChild().build(), aHome().forBoysOnly().build()))
                .containsExactly(new Matching.Failure(HardConstraint.SEX, "does not take girls"));
    }

    @Test
    void roomForTheSiblingGroup() {
        assertThat(failures(
                        aChild().withSiblings(2).build(), aHome().withPlaces(2).build()))
                .isEmpty();
        assertThat(failures(
                        aChild().withSiblings(3).build(), aHome().withPlaces(2).build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.SIBLING_GROUP, "has room for 2 and 3 siblings are to be placed together"));
    }

    @Test
    void freeByTheDayTheChildNeedsToMove() {
        assertThat(failures(
                        aChild().from(TODAY.plusDays(7)).build(),
                        aHome().availableFrom(TODAY.plusDays(7)).build()))
                .isEmpty();
        assertThat(failures(
                        aChild().from(TODAY.plusDays(7)).build(),
                        aHome().availableFrom(TODAY.plusDays(8)).build()))
                .extracting(Matching.Failure::constraint)
                .containsExactly(HardConstraint.AVAILABLE_IN_TIME);
    }

    @Test
    void activelyRegistered() {
        assertThat(failures(aChild().build(), aHome().unregistered().build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.REGISTRATION_ACTIVE, "is not actively registered with Ofsted"));
    }

    @Test
    void notJudgedInadequate() {
        assertThat(failures(aChild().build(), aHome().judged(3).build())).isEmpty();
        assertThat(failures(aChild().build(), aHome().judged(null).build())).isEmpty();
        assertThat(failures(aChild().build(), aHome().judged(4).build()))
                .containsExactly(
                        new Matching.Failure(HardConstraint.NOT_INADEQUATE, "was judged inadequate by Ofsted"));
    }

    @Test
    void providerNotSuspendedByAConcernNotice() {
        assertThat(failures(aChild().build(), aHome().ofASuspendedProvider().build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.PROVIDER_NOT_SUSPENDED, "Oakfield Fostering is suspended by a concern notice"));
    }

    @Test
    void notInAnAreaToAvoidByOutwardCodeOrDistrict() {
        assertThat(failures(aChild().avoiding("NN1", "Kettering").build(), aHome().build()))
                .isEmpty();
        assertThat(failures(aChild().avoiding("nn8").build(), aHome().build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.NOT_IN_AN_AREA_TO_AVOID, "is in NN8, an area the child must avoid"));
        assertThat(failures(aChild().avoiding("Wellingborough").build(), aHome().build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.NOT_IN_AN_AREA_TO_AVOID, "is in Wellingborough, an area the child must avoid"));
    }

    @Test
    void whoTheChildCanLiveAlongside() {
        assertThat(failures(
                        aChild().aged(12)
                                .livingAlongside(Criteria.LivesAlongside.NO_YOUNGER_CHILDREN)
                                .build(),
                        aHome().withAChildAged(12).build()))
                .isEmpty();
        assertThat(failures(
                        aChild().livingAlongside(Criteria.LivesAlongside.NO_OTHER_CHILDREN)
                                .build(),
                        aHome().build()))
                .isEmpty();
        assertThat(failures(
                        aChild().aged(12)
                                .livingAlongside(Criteria.LivesAlongside.NO_YOUNGER_CHILDREN)
                                .build(),
                        aHome().withAChildAged(7).build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.LIVES_ALONGSIDE,
                        "has a child of 7 living there, and the child cannot live with younger children"));
        assertThat(failures(
                        aChild().livingAlongside(Criteria.LivesAlongside.NO_OTHER_CHILDREN)
                                .build(),
                        aHome().withAChildAged(15).build()))
                .extracting(Matching.Failure::constraint)
                .containsExactly(HardConstraint.LIVES_ALONGSIDE);
    }

    @Test
    void pets() {
        assertThat(failures(aChild().build(), aHome().withPets().build())).isEmpty();
        assertThat(failures(
                        aChild().unableToLiveWithPets().build(),
                        aHome().withPets().build()))
                .containsExactly(
                        new Matching.Failure(HardConstraint.PETS, "has pets, and the child cannot live with animals"));
    }

    @Test
    void aSpecialismForEachHighNeed() {
        assertThat(failures(
                        aChild().withHighNeeds(Need.MISSING_EPISODES).build(),
                        aHome().specialisingIn(Need.MISSING_EPISODES, Need.SELF_HARM)
                                .build()))
                .isEmpty();
        assertThat(failures(aChild().withOtherNeeds(Need.SELF_HARM).build(), aHome().build()))
                .isEmpty();
        assertThat(failures(
                        aChild().withHighNeeds(Need.MISSING_EPISODES, Need.CHILD_SEXUAL_EXPLOITATION)
                                .build(),
                        aHome().specialisingIn(Need.MISSING_EPISODES).build()))
                .containsExactly(new Matching.Failure(
                        HardConstraint.SPECIALISMS, "does not specialise in child sexual exploitation"));
    }

    @Test
    void theChildsLanguageWhereEssential() {
        assertThat(failures(
                        aChild().speaking("Polish", true).build(),
                        aHome().speaking("English", "polish").build()))
                .isEmpty();
        assertThat(failures(aChild().speaking("Polish", false).build(), aHome().build()))
                .isEmpty();
        assertThat(failures(aChild().speaking("Polish", true).build(), aHome().build()))
                .containsExactly(new Matching.Failure(HardConstraint.LANGUAGE, "does not speak Polish"));
    }

    @Test
    void adaptationsWhereEssential() {
        assertThat(failures(
                        aChild().needingAdaptations("wheelchair access").build(),
                        aHome().withAdaptations("wheelchair access", "hoist").build()))
                .isEmpty();
        assertThat(failures(aChild().needingAdaptations("wheelchair access").build(), aHome().build()))
                .containsExactly(new Matching.Failure(HardConstraint.ADAPTATIONS, "does not have wheelchair access"));
    }

    @Test
    void withinTheMaximumDistanceFromHome() {
        assertThat(failures(aChild().within(30.0).build(), aHome().build())).isEmpty();
        assertThat(failures(
                        aChild().within(null).build(),
                        aHome().at(LEICESTER, "LE1", "Leicester").build()))
                .isEmpty();
        assertThat(failures(
                        aChild().within(25.0).build(),
                        aHome().at(LEICESTER, "LE1", "Leicester").build()))
                .containsExactly(
                        new Matching.Failure(HardConstraint.WITHIN_DISTANCE, "is 29 miles from home, further than 25"));
    }

    @Test
    void everyFailureIsListed() {
        List<Matching.Failure> failures = failures(
                aChild().aged(5).unableToLiveWithPets().build(),
                aHome().forAges(11, 17).withPets().unregistered().build());

        assertThat(failures)
                .extracting(Matching.Failure::constraint)
                .containsExactly(HardConstraint.AGE, HardConstraint.REGISTRATION_ACTIVE, HardConstraint.PETS);
    }

    private static List<Matching.Failure> failures(Criteria criteria, Candidate candidate) {
        return Matching.failures(criteria, candidate);
    }
}
