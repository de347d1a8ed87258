package uk.placementbroker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SharedKernelTests {

    @Test
    void moneyIsWrittenOneWayWithPenceOnlyWhereThereArePence() {
        assertThat(Money.of(new BigDecimal("1218.8"))).hasToString("£1,218.80");
        assertThat(Money.pounds(1250)).hasToString("£1,250");
        assertThat(Money.of(new BigDecimal("0.005")))
                .as("half a penny rounds up")
                .isEqualTo(new Money(1));
    }

    @Test
    void aHomeIsWrittenAndReadBackOnlyThroughItsType() {
        assertThat(HomeRef.fromKey(HomeRef.setting(12).key())).contains(HomeRef.setting(12));
        assertThat(HomeRef.fromKey(HomeRef.fosterHousehold(3).key())).contains(HomeRef.fosterHousehold(3));
        assertThat(HomeRef.setting(3)).isNotEqualTo(HomeRef.fosterHousehold(3));
        for (String notAHome : new String[] {null, "", "S", "X12", "S1x", "H-1", "S99999999999999999999", " S1"}) {
            assertThat(HomeRef.fromKey(notAHome)).as("'%s'", notAHome).isEmpty();
        }
    }

    @Test
    void eachKindOfPlacementIsRecordedWithA903CodeThatReadsBackAsTheSameKind() {
        for (PlacementType type : PlacementType.values()) {
            PlacementType readBack = PlacementType.ofPlaceCode(type.placeCode()).orElseThrow();
            assertThat(readBack).isEqualTo(type == PlacementType.SHORT_BREAKS ? PlacementType.FOSTERING : type);
        }
        assertThat(PlacementType.ofPlaceCode("A3"))
                .as("adoption is not brokered")
                .isEmpty();
        assertThat(PlacementType.ofPlaceCode(null)).isEmpty();
    }

    @Test
    void postcodesAreReadAsTypedAndWrittenInTheirStandardForm() {
        assertThat(Postcode.parse(" nn3  6ab ")).map(Postcode::toString).contains("NN3 6AB");
        assertThat(Postcode.parse("NN3")).map(Postcode::complete).contains(false);
        assertThat(Postcode.parse("not a postcode")).isEmpty();
    }
}
