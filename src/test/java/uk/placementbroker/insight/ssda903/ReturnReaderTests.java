package uk.placementbroker.insight.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.placementbroker.insight.indicators.ChildHistory;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.support.FakeReturn;

class ReturnReaderTests {

    private static ReturnReader.Source source(Path file) {
        return new ReturnReader.Source() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public java.io.Reader open() throws IOException {
                return Files.newBufferedReader(file);
            }
        };
    }

    @TempDir
    Path directory;

    private final ReturnReader reader = new ReturnReader();

    @Test
    void theFakeReturnReadsWhenItsOverlappingEpisodesAreRepaired() {
        ReturnReader.Result result = new ReturnReader(10_000).read(FakeReturn.copyTo(directory), 2024, true);

        assertThat(result.problems().fatal()).isEmpty();
        assertThat(result.contents().children()).isEqualTo(2675);
        assertThat(result.contents().episodeCount()).isEqualTo(5050);
        assertThat(result.problems().warnings())
                .extracting(Problem::toString)
                .contains(
                        "DoLo.csv: is not one of the 903 tables and was ignored",
                        "sw_episodes.csv row 2, column SW_REASON: SW_REASON SWLAZY is not one of the codes for this year: kept as given")
                .anyMatch(
                        warning -> warning.startsWith(
                                "episodes.csv row 312, column DEC: ends on 2018-03-10 but the child's next episode starts on 2018-01-11"));
    }

    @Test
    void theFakeReturnsOverlappingEpisodesAreRefusedUnlessRepaired() {
        ReturnReader.Result result = reader.read(FakeReturn.copyTo(directory), 2024, false);

        assertThat(result.problems().fatalCount()).isEqualTo(72);
        assertThat(result.problems().fatal())
                .extracting(Problem::toString)
                .contains(
                        "episodes.csv row 312, column DEC: ends on 2018-03-10 but the child's next episode starts on 2018-01-11 (episodes.csv row 313)");
    }

    @Test
    void everyBadValueIsNamedByFileRowAndColumn() {
        FakeReturn.copyTo(directory);
        Path episodes = directory.resolve("episodes.csv");
        FakeReturn.editRow(episodes, 2, row -> row.replace("15/02/2016", "31/02/2016"));
        FakeReturn.editRow(episodes, 3, row -> row.replace(",T,C2,", ",Q,C2,"));
        FakeReturn.editRow(
                episodes, 4, row -> row.replace("26/04/2016", "2016-04-26").replace("09/05/2017", "09/05/2015"));
        FakeReturn.editRow(directory.resolve("header.csv"), 5, row -> row.replaceFirst("^([^,]*),[^,]*,", "$1,,"));

        List<String> problems = reader.read(directory, 2024, true).problems().fatal().stream()
                .map(Problem::toString)
                .toList();

        assertThat(problems)
                .contains(
                        "episodes.csv row 2, column DECOM: 31/02/2016 is not a date",
                        "episodes.csv row 3, column RNE: RNE Q is not one of the codes for this year",
                        "episodes.csv row 4, column DEC: the episode ends (2015-05-09) before it starts (2016-04-26)",
                        "header.csv row 5, column SEX: SEX must not be blank");
    }

    @Test
    void aMissingColumnOrTableIsFatal() throws IOException {
        FakeReturn.copyTo(directory);
        FakeReturn.editRow(directory.resolve("episodes.csv"), 1, row -> row.replace(",RNE,", ",REASON,"));
        Files.delete(directory.resolve("header.csv"));

        List<String> problems = reader.read(directory, 2024, true).problems().fatal().stream()
                .map(Problem::toString)
                .toList();

        assertThat(problems)
                .contains(
                        "episodes.csv row 1, column RNE: the column RNE is missing",
                        "header.csv: is missing: a return needs its Header table");
    }

    @Test
    void theDfeXmlFormOfTheReturnIsReadIntoTheSameTables() throws IOException {
        Files.copy(FakeReturn.FAKE_DATA.resolve("fake_903.xml"), directory.resolve("fake_903.xml"));
        java.util.Map<Table, Integer> rows = new java.util.EnumMap<>(Table.class);

        ReturnReader.Result result = new ReturnReader()
                .read(
                        List.of(source(directory.resolve("fake_903.xml"))),
                        2024,
                        true,
                        (file, row) -> rows.merge(row.table(), 1, Integer::sum));

        assertThat(result.problems().fatal()).isEmpty();
        assertThat(result.contents().children()).isEqualTo(253);
        assertThat(result.contents().episodeCount()).isEqualTo(459);
        assertThat(rows)
                .containsEntry(Table.HEADER, 253)
                .containsEntry(Table.EPISODES, 459)
                .containsEntry(Table.REVIEWS, 1206)
                .containsEntry(Table.OC2, 253)
                .containsEntry(Table.PREVIOUS_PERMANENCE, 253)
                .containsEntry(Table.MISSING, 6)
                .containsEntry(Table.PLACED_ADOPTION, 3)
                .containsEntry(Table.AD1, 3)
                .containsKey(Table.UASC)
                .containsKey(Table.OC3);
    }

    @Test
    void aBadValueInTheXmlIsPlacedByTableRowAndColumn() throws IOException {
        String xml = Files.readString(FakeReturn.FAKE_DATA.resolve("fake_903.xml"));
        Files.writeString(
                directory.resolve("return.xml"),
                xml.replaceFirst("<DECOM>06/01/2017</DECOM>", "<DECOM>36/01/2017</DECOM>"));

        List<String> problems = new ReturnReader()
                .read(directory, 2024, true).problems().fatal().stream()
                        .map(Problem::toString)
                        .toList();

        assertThat(problems).containsExactly("return.xml Episodes row 1, column DECOM: 36/01/2017 is not a date");
    }

    @Test
    void isoDatesAndSeveralYearsInOneFileAreRead() throws IOException {
        Files.writeString(directory.resolve("header.csv"), """
                CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
                A1,2,2012-06-01,WBRI,A123456789012,,
                """);
        Files.writeString(directory.resolve("SSDA903_Episodes_all_years.csv"), """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,YEAR
                A1,2022-05-01,S,C2,N1,U6,PR1,,,,NN1,NN2,,2023
                A1,2022-05-01,S,C2,N1,U6,PR1,2023-06-01,X1,CARPL,NN1,NN2,,2024
                A1,01/06/2023,P,C2,N1,U4,PR1,,,,NN1,NN3,,2024
                """);

        ReturnReader.Result result = reader.read(directory, 2024, false);

        assertThat(result.problems().fatal()).isEmpty();
        ChildHistory child =
                result.contents().histories(IndicatorSettings.DFE).findFirst().orElseThrow();
        assertThat(child.episodes()).hasSize(2);
        assertThat(child.episodes().get(0).end()).hasToString("2023-06-01");
    }
}
