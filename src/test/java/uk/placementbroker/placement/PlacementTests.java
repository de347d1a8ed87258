package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;

class PlacementTests {

    private final Agreement agreement = new Agreement(
            1,
            2,
            3,
            4,
            5L,
            "Agency",
            HomeRef.setting(6),
            "Oak House",
            7,
            "sw",
            "tm",
            null,
            LocalDate.of(2026, 12, 7),
            new WeeklyCosts(Money.pounds(4000), BigDecimal.ZERO, null, null, null, null, null),
            Money.ZERO,
            List.of());

    @Test
    void aHomeTakesChildrenUpToItsPlaces() {
        assertThat(Placement.agree(agreement, 1, 2, Instant.now()).current()).isTrue();
        assertThatThrownBy(() -> Placement.agree(agreement, 2, 2, Instant.now()))
                .isInstanceOf(Placement.HomeFull.class)
                .hasMessage("Oak House has no place left: another decision has just filled it");
    }

    @Test
    void aHomeThatDoesNotSayHowManyItTakesTakesOne() {
        assertThat(Placement.agree(agreement, 0, 0, Instant.now())).isNotNull();
        assertThatThrownBy(() -> Placement.agree(agreement, 1, 0, Instant.now()))
                .isInstanceOf(Placement.HomeFull.class);
    }

    @Test
    void theWeeklyCostIsTheFeeAndEveryExtraToThePenny() {
        WeeklyCosts costs = new WeeklyCosts(
                Money.pounds(900),
                new BigDecimal("7.5"),
                Money.of(new BigDecimal("21.33")),
                Money.pounds(40),
                Money.pounds(45),
                Money.ZERO,
                Money.of(new BigDecimal("0.01")));
        assertThat(costs.oneToOne())
                .as("7.5 hours at £21.33, rounded to the penny")
                .isEqualTo(Money.of(new BigDecimal("159.98")));
        assertThat(costs.total()).isEqualTo(Money.of(new BigDecimal("1144.99")));
        assertThat(costs.extras()).isEqualTo(Money.of(new BigDecimal("244.99")));
    }

    @Test
    void noCostIsLessThanNothing() {
        assertThatThrownBy(() ->
                        new WeeklyCosts(Money.pounds(900), BigDecimal.ZERO, null, new Money(-1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
