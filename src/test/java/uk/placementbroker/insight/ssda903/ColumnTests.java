package uk.placementbroker.insight.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnTests {

    private final Column date = new Column("DECOM", Column.Kind.DATE, Set.of(), Map.of(), false);
    private final Column sex = new Column("SEX", Column.Kind.CATEGORY, Set.of("1", "2"), Map.of("Male", "1"), false);

    @Test
    void acceptsDfeAndIsoDates() throws Column.InvalidValue {
        assertThat(date.normalise("01/04/2023")).isEqualTo("2023-04-01");
        assertThat(date.normalise("1/4/2023")).isEqualTo("2023-04-01");
        assertThat(date.normalise("2023-04-01")).isEqualTo("2023-04-01");
        assertThat(date.normalise("2023-04-01 00:00:00")).isEqualTo("2023-04-01");
    }

    @Test
    void refusesDatesThatDoNotExistOrAreWrittenOtherwise() {
        assertThatThrownBy(() -> date.normalise("29/02/2023")).hasMessage("29/02/2023 is not a date");
        assertThatThrownBy(() -> date.normalise("April 2023")).hasMessageContaining("dd/mm/yyyy or yyyy-mm-dd");
        assertThatThrownBy(() -> date.normalise(" ")).hasMessage("DECOM must not be blank");
    }

    @Test
    void acceptsCodesTheirOtherSpellingsAndSpreadsheetNumbers() throws Column.InvalidValue {
        assertThat(sex.normalise("2")).isEqualTo("2");
        assertThat(sex.normalise("Male")).isEqualTo("1");
        assertThat(sex.normalise("1.0")).isEqualTo("1");
        assertThatThrownBy(() -> sex.normalise("3"))
                .isInstanceOfSatisfying(
                        Column.InvalidValue.class,
                        invalid -> assertThat(invalid.unknownCode()).isTrue());
    }
}
