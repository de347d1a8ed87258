package uk.placementbroker.market.ofsted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.placementbroker.shared.PlacementType;

/** The fake provider lists from data-to-insight/csc-validator-be-903 (MIT), in each shape Ofsted and the DfE have used. */
class ProviderListReaderTests {

    static final Path FAKE_DATA =
            Paths.get("..", "shared", "data", "ssda903", "csc-validator-be-903", "tests", "fake_data");

    private final ProviderListReader reader = new ProviderListReader();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ch_fake.xlsx",
                "scp_fake.xlsx",
                "combined_scp_ch_fake.xlsx",
                "scp_ch_2025_fake.xlsx",
                "scpch_assisted.xlsx"
            })
    void everyFakeListReadsWithoutAFatalProblem(String file) throws IOException {
        ProviderListReader.Result result = read(Files.readAllBytes(FAKE_DATA.resolve(file)));

        assertThat(result.fatal()).as("fatal problems in %s", file).isEmpty();
        assertThat(result.entries()).as("entries of %s", file).isNotEmpty();
    }

    @Test
    void aChildrensHomeIsASettingOfItsOwner() throws IOException {
        ProviderListReader.Result result = read(Files.readAllBytes(FAKE_DATA.resolve("ch_fake.xlsx")));

        assertThat(result.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.urn()).isEqualTo("njascn");
            assertThat(entry.kind()).isEqualTo(ProviderListEntry.Kind.SETTING);
            assertThat(entry.placementType()).isEqualTo(PlacementType.RESIDENTIAL);
            assertThat(entry.owner()).isEqualTo("Person Name");
            assertThat(entry.registrationStatus()).isEqualTo("ACTIVE");
            assertThat(entry.postcode()).isEqualToIgnoringCase("bn20 8jx");
        });
        assertThat(result.warnings())
                .extracting(ListProblem::toString)
                .contains(
                        "sheet Registration Conditions: has no URN and provider type columns, so is not a list of providers: not read");
    }

    @Test
    void fosteringServicesAreProvidersAndAdoptionAgenciesAreLeftOut() throws IOException {
        ProviderListReader.Result result = read(Files.readAllBytes(FAKE_DATA.resolve("combined_scp_ch_fake.xlsx")));

        assertThat(result.entries())
                .filteredOn(entry -> entry.urn().equals("ARN00001"))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.kind()).isEqualTo(ProviderListEntry.Kind.LOCAL_AUTHORITY_FOSTERING));
        assertThat(result.entries()).noneMatch(entry -> entry.urn().equals("GND00002"));
        assertThat(result.warnings())
                .extracting(ListProblem::message)
                .anyMatch(message -> message.contains("adoption agency"));
    }

    @Test
    void junkInTheFakeListsIsAWarningNotAGuess() throws IOException {
        ProviderListReader.Result result = read(Files.readAllBytes(FAKE_DATA.resolve("scpch_assisted.xlsx")));

        assertThat(result.warnings())
                .extracting(ListProblem::toString)
                .contains(
                        "sheet SA Providers, row 2, column Capacity: One is not a number of places: taken as not known",
                        "sheet SA Providers, row 2, column Registration status: Yep is not a registration status: taken as not active",
                        "sheet Providers, row 4, column Date of last full inspection: Troublingly Evil is not a date: taken as not known");
    }

    @Test
    void aFileThatIsNotAWorkbookSaysWhatToDoWithoutTheLibrarysInternals() {
        ProviderListReader.Result read = new ProviderListReader()
                .read(new ByteArrayInputStream(
                        "URN,Name\n1,Not a workbook\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(read.fatal())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .contains("could not be read as an Excel workbook", "save it as an Excel workbook")
                        .doesNotContainIgnoringCase("bugzilla")
                        .doesNotContain("Exception", "org.apache"));
    }

    @Test
    void aWrongColumnIsFatalWithTheSheetRowAndColumnNamed() throws IOException {
        byte[] broken = edit(
                "scp_fake.xlsx",
                workbook -> workbook.getSheetAt(0).getRow(0).getCell(2).setCellValue("Setting title"));

        ProviderListReader.Result result = read(broken);

        assertThat(result.fatal())
                .extracting(ListProblem::toString)
                .contains(
                        "sheet Current providers, row 1, column Setting Name: the column Setting Name is missing (or named Setting Name or Setting name or Provider name)");
    }

    @Test
    void aBadDateOrABlankOrRepeatedUrnIsFatal() throws IOException {
        byte[] broken = edit("combined_scp_ch_fake.xlsx", workbook -> {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(1).getCell(6).setCellValue("31/02/2021");
            sheet.getRow(2).getCell(1).setCellValue("ARN00001");
            sheet.getRow(3).getCell(1).setBlank();
        });

        ProviderListReader.Result result = read(broken);

        assertThat(result.fatal())
                .extracting(ListProblem::toString)
                .contains(
                        "sheet Providers, row 2, column Registration Date: 31/02/2021 is not a date",
                        "sheet Providers, row 3, column URN: the URN ARN00001 is also on Providers row 2",
                        "sheet Providers, row 4, column URN: the URN is blank: every provider has one");
    }

    private ProviderListReader.Result read(byte[] xlsx) {
        return reader.read(new ByteArrayInputStream(xlsx));
    }

    interface Edit {
        void apply(Workbook workbook);
    }

    private static byte[] edit(String file, Edit edit) throws IOException {
        try (InputStream in = Files.newInputStream(FAKE_DATA.resolve(file));
                Workbook workbook = WorkbookFactory.create(in)) {
            edit.apply(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
