package uk.placementbroker.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/** Whatever the child and the market: a home that fails a hard constraint is never ranked, and a ranking is always the same. */
class MatchingProperties {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    private final Matching matching = new Matching(Weights.DEFAULT);

    @Property(tries = 300)
    void noCandidateThatFailsAHardConstraintIsEverRanked(
            @ForAll("children") Criteria child, @ForAll("markets") List<Candidate> market) {
        Matching.Ranking ranking = matching.rank(child, market, TODAY);

        for (Matching.Ranked entry : ranking.ranked()) {
            assertThat(Matching.failures(child, entry.candidate()))
                    .as("failures of ranked %s", entry.candidate().id())
                    .isEmpty();
        }
        long failing = market.stream()
                .filter(candidate -> !Matching.failures(child, candidate).isEmpty())
                .count();
        assertThat(ranking.screenedOutCount()).isEqualTo(failing);
        java.util.Map<HardConstraint, Integer> firstFailures = new java.util.EnumMap<>(HardConstraint.class);
        market.stream()
                .map(candidate -> Matching.failures(child, candidate))
                .filter(failures -> !failures.isEmpty())
                .forEach(failures -> firstFailures.merge(failures.get(0).constraint(), 1, Integer::sum));
        assertThat(ranking.screenedOut())
                .as("screened out by the first constraint each failed")
                .isEqualTo(firstFailures);
        assertThat(ranking.ranked()).hasSize(market.size() - (int) failing);
    }

    @Property(tries = 200)
    void rankingIsDeterministicWhateverTheOrderOfTheMarket(
            @ForAll("children") Criteria child, @ForAll("markets") List<Candidate> market) {
        List<Candidate> reversed = new ArrayList<>(market);
        java.util.Collections.reverse(reversed);

        List<String> first = ids(matching.rank(child, market, TODAY));
        List<String> second = ids(matching.rank(child, reversed, TODAY));

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 200)
    void scoresAreBetweenZeroAndAHundredAndInOrder(
            @ForAll("children") Criteria child, @ForAll("markets") List<Candidate> market) {
        List<Matching.Ranked> ranked = matching.rank(child, market, TODAY).ranked();

        for (int i = 0; i < ranked.size(); i++) {
            assertThat(ranked.get(i).score()).isBetween(0.0, 100.0);
            if (i > 0) {
                assertThat(ranked.get(i).score())
                        .isLessThanOrEqualTo(ranked.get(i - 1).score());
            }
        }
    }

    private static List<String> ids(Matching.Ranking ranking) {
        return ranking.ranked().stream().map(entry -> entry.candidate().id()).toList();
    }

    @Provide
    Arbitrary<Criteria> children() {
        Arbitrary<Set<Need>> highNeeds = Arbitraries.of(Need.class).set().ofMaxSize(2);
        return Combinators.combine(
                        Arbitraries.of(PlacementType.class).set().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.integers().between(0, 17),
                        Arbitraries.of(Criteria.Sex.class),
                        Arbitraries.integers().between(1, 3),
                        points(),
                        Arbitraries.of(10.0, 25.0, 60.0).injectNull(0.3),
                        highNeeds,
                        Arbitraries.of(Criteria.LivesAlongside.class))
                .as((types, age, sex, siblings, home, miles, needs, alongside) -> new Criteria(
                        types,
                        age,
                        sex,
                        siblings,
                        TODAY.plusDays(7),
                        home,
                        home,
                        miles,
                        Set.of("NN2"),
                        needs,
                        EnumSet.of(Need.EDUCATION),
                        "Polish",
                        age % 2 == 0,
                        Set.of(),
                        alongside,
                        age % 3 != 0,
                        "WBRI",
                        null));
    }

    @Provide
    Arbitrary<List<Candidate>> markets() {
        Arbitrary<Candidate> candidate = Combinators.combine(
                        Arbitraries.strings().alpha().ofLength(6),
                        Arbitraries.of(PlacementType.class),
                        Arbitraries.integers().between(0, 17),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(-10, 20),
                        Arbitraries.of(1, 2, 3, 4).injectNull(0.2),
                        points(),
                        Arbitraries.of(Need.class).set().ofMaxSize(4))
                .as((id, type, minimumAge, places, availableIn, ofsted, location, specialisms) -> new Candidate(
                        id,
                        Candidate.Kind.FOSTER_HOUSEHOLD,
                        "P" + places,
                        "Provider " + places,
                        "Home " + id,
                        type,
                        minimumAge,
                        Math.min(17, minimumAge + 6),
                        places == 2 ? EnumSet.of(Criteria.Sex.FEMALE) : EnumSet.allOf(Criteria.Sex.class),
                        places,
                        TODAY.plusDays(availableIn),
                        TODAY.minusDays(availableIn + 10L),
                        availableIn != 0,
                        ofsted,
                        places == 3 && minimumAge > 12,
                        location,
                        minimumAge % 5 == 0 ? "NN2" : "NN" + (minimumAge + 3),
                        "District",
                        specialisms,
                        places,
                        places == 1 ? Set.of("English", "Polish") : Set.of("English"),
                        null,
                        Set.of("WBRI"),
                        minimumAge % 2 == 0,
                        places == 2 ? minimumAge : null,
                        Set.of(),
                        Money.pounds(600 + 50L * minimumAge),
                        places == 3 ? null : new Candidate.FeeBand(Money.pounds(700), Money.pounds(1000)),
                        places * 0.1));
        return candidate.list().ofMaxSize(40).uniqueElements(Candidate::id);
    }

    private static Arbitrary<GeoPoint> points() {
        return Combinators.combine(
                        Arbitraries.doubles().between(51.5, 53.0),
                        Arbitraries.doubles().between(-1.5, 0.0))
                .as(GeoPoint::new);
    }
}
