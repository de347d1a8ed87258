package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/**
 * One council's Ofsted list import does not change the consortium's shared market without review: the importer sees
 * what it adds and changes before anything is saved; the providers it adds wait for the consortium's commissioner,
 * who confirms them or retires them (kept, never deleted); the directory lists and filters providers, each with a
 * profile, within what the user may see.
 */
@IntegrationTest
class SharedDirectoryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    @Test
    void aCouncilsImportShowsWhatItWouldChangeSavesNothingUntilImportedAndItsNewProvidersWaitForTheConsortium()
            throws Exception {
        String suffix = "A" + System.nanoTime();
        Path list = listWithOwners(suffix);
        WebSession council = signedIn("commissioner.northbridge");

        String preview = OfstedListImportIntegrationTests.preview(council, list);

        assertThat(preview)
                .contains("What it adds", "Owner one " + suffix, "waits for the consortium", "Import these changes")
                .doesNotContain("List imported");
        assertThat(providersNamed(suffix)).as("nothing saved by the preview").isZero();
        assertThat(settingsWithUrnsEndingIn(suffix)).isZero();

        String imported = OfstedListImportIntegrationTests.importPreviewed(council, preview);

        assertThat(imported).contains("List imported", "wait for the consortium’s commissioner");
        assertThat(jdbc.sql("select distinct directory_status from market_provider where name like ?")
                        .param("%" + suffix)
                        .query(String.class)
                        .list())
                .containsExactly("PROPOSED");
        assertThat(settingsWithUrnsEndingIn(suffix)).isPositive();
        for (String user : List.of("commissioner.eastmoor", "commissioner.threerivers")) {
            assertThat(signedIn(user).get("/market/frameworks").body())
                    .as("the framework menu of " + user)
                    .doesNotContain(suffix);
        }
        assertThat(council.post(importAction(preview), Map.of()).body())
                .as("importing it twice")
                .contains("There is a problem", "This list has been imported already");
    }

    @Test
    void theConsortiumsCommissionerConfirmsOneAdditionAndRetiresAnotherAddedInError() throws Exception {
        String suffix = "B" + System.nanoTime();
        WebSession council = signedIn("commissioner.westhaven");
        OfstedListImportIntegrationTests.upload(council, listWithOwners(suffix));
        OfstedListImportIntegrationTests.upload(council, listWithOwner(suffix + "X", "Owner two " + suffix));
        long real = providerId("Owner one " + suffix);
        long mistaken = providerId("Owner two " + suffix);

        WebSession consortium = signedIn("commissioner.threerivers");
        assertThat(consortium.get("/market/directory").body())
                .contains(
                        "Waiting for your confirmation",
                        "Owner one " + suffix,
                        "Owner two " + suffix,
                        "commissioner.westhaven");
        assertThat(council.get("/market/directory/providers/" + real).body()).doesNotContain("Confirm the provider");
        assertThat(council.post("/market/directory/providers/" + real + "/confirm", Map.of())
                        .statusCode())
                .as("a council's commissioner")
                .isEqualTo(403);

        consortium.get("/market/directory/providers/" + real);
        assertThat(consortium
                        .post("/market/directory/providers/" + real + "/confirm", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(consortium
                        .post("/market/directory/providers/" + real + "/confirm", Map.of())
                        .body())
                .contains("This provider has been confirmed already");
        assertThat(consortium
                        .post("/market/directory/providers/" + mistaken + "/retire", Map.of("reason", " "))
                        .body())
                .contains("There is a problem", "Say why the provider is retired");
        assertThat(consortium
                        .post(
                                "/market/directory/providers/" + mistaken + "/retire",
                                Map.of("reason", "A person's name read from the owner column, not a provider"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(consortium
                        .post("/market/directory/providers/" + mistaken + "/confirm", Map.of())
                        .body())
                .contains("has been retired");

        String menu = consortium.get("/market/frameworks").body();
        assertThat(menu).contains("Owner one " + suffix).doesNotContain("Owner two " + suffix);
        assertThat(consortium.get("/market/directory/providers/" + mistaken).body())
                .contains("Retired by commissioner.threerivers", "not a provider");
        assertThat(jdbc.sql("select directory_status from market_provider where id = ?")
                        .param(mistaken)
                        .query(String.class)
                        .single())
                .as("kept, not deleted")
                .isEqualTo("RETIRED");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event where record_type = 'market provider' and record_id in (?, ?)
                        """)
                        .params(String.valueOf(real), String.valueOf(mistaken))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void whenTheDirectoryChangesAfterThePreviewNothingIsSavedAndTheNewChangesAreShownToCheckAgain() throws Exception {
        String suffix = "D" + System.nanoTime();
        Path list = listWithOwners(suffix);
        WebSession council = signedIn("commissioner.northbridge");
        String preview = OfstedListImportIntegrationTests.preview(council, list);
        OfstedListImportIntegrationTests.upload(signedIn("commissioner.threerivers"), list);

        String again = OfstedListImportIntegrationTests.importPreviewed(council, preview);

        assertThat(again)
                .contains(
                        "The directory changed after the list was compared with it, so nothing was saved",
                        "Import these changes")
                .contains("What it adds (0)");
        assertThat(jdbc.sql("select directory_status from market_provider where name = ?")
                        .param("Owner one " + suffix)
                        .query(String.class)
                        .single())
                .as("as the consortium's commissioner imported it")
                .isEqualTo("LISTED");
    }

    @Test
    void aPreviewedListCanBeDiscardedAndThenNothingOfItIsSaved() throws Exception {
        String suffix = "C" + System.nanoTime();
        WebSession council = signedIn("commissioner.eastmoor");
        String preview = OfstedListImportIntegrationTests.preview(council, listWithOwners(suffix));
        String action = importAction(preview);

        HttpResponse<String> discarded = council.post(action.replaceAll("/import$", "/discard"), Map.of());
        assertThat(discarded.statusCode()).isEqualTo(302);
        assertThat(council.post(action, Map.of()).body()).contains("This list was discarded");
        assertThat(providersNamed(suffix)).isZero();
        assertThat(jdbc.sql("select list is null from market_ofsted_import where id = ?::uuid")
                        .param(action.replaceAll(".*/imports/([^/]+)/import", "$1"))
                        .query(Boolean.class)
                        .single())
                .as("the uploaded file is not kept")
                .isTrue();
    }

    @Test
    void theDirectoryListsAndFiltersProvidersWithinWhatEachUserMaySee() {
        WebSession broker = signedIn("broker.northbridge");
        String inHouse = broker.get("/market/directory?kind=IN_HOUSE_FOSTERING").body();
        String northbridgeService = inHouseServiceOf("991");
        assertThat(inHouse).contains(northbridgeService).doesNotContain(inHouseServiceOf("992"));
        String oakfield = broker.get("/market/directory?name=oakfield").body();
        assertThat(oakfield).contains("Oakfield Fostering", "1 provider");
        long oakfieldId = providerId("Oakfield Fostering");
        assertThat(broker.get("/market/directory/providers/" + oakfieldId).body())
                .contains("Oakfield Fostering", "Independent fostering agency", "Foster household OF-");
        long eastmoorService = providerId(inHouseServiceOf("992"));
        assertThat(broker.get("/market/directory/providers/" + eastmoorService).statusCode())
                .as("another council's own fostering service")
                .isEqualTo(404);

        assertThat(broker.get("/market/directory?kind=BOGUS").body())
                .contains("There is a problem", "Choose one of the options listed");
        assertThat(broker.get("/market/directory?page=2147483647").statusCode()).isEqualTo(200);
        assertThat(broker.get("/market/directory?page=-1").body()).contains("Choose a page by its number");
        assertThat(broker.get("/market/directory?name=%00").body())
                .contains("Enter the name without the control character");
        assertThat(broker.get("/market/directory?name=%01").body()).contains("Search for a name or URN in letters");
        assertThat(signedIn("provider.oakfield").get("/market/directory").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("sw.northbridge").get("/market/directory").statusCode())
                .isEqualTo(403);
    }

    /** The fake children's home list with its URNs made unique and its owner named "Owner one {suffix}". */
    private Path listWithOwners(String suffix) throws Exception {
        return listWithOwner(suffix, "Owner one " + suffix);
    }

    private Path listWithOwner(String suffix, String ownerName) throws Exception {
        Path list = directory.resolve("list-" + suffix + ".xlsx");
        DataFormatter text = new DataFormatter();
        try (var in = Files.newInputStream(OfstedListImportIntegrationTests.FAKE_DATA.resolve("ch_fake.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                int urn = -1;
                int owner = -1;
                for (Row row : sheet) {
                    if (urn < 0) {
                        for (Cell cell : row) {
                            String heading = text.formatCellValue(cell).strip();
                            urn = heading.equals("URN") ? cell.getColumnIndex() : urn;
                            owner = heading.equals("Owner Name") ? cell.getColumnIndex() : owner;
                        }
                        continue;
                    }
                    Cell urnCell = row.getCell(urn);
                    if (urnCell == null || text.formatCellValue(urnCell).isBlank()) {
                        continue;
                    }
                    urnCell.setCellValue(text.formatCellValue(urnCell) + suffix);
                    if (owner >= 0) {
                        Cell ownerCell = row.getCell(owner) == null ? row.createCell(owner) : row.getCell(owner);
                        ownerCell.setCellValue(ownerName);
                    }
                }
            }
            try (var out = Files.newOutputStream(list)) {
                workbook.write(out);
            }
        }
        return list;
    }

    private static String importAction(String previewPage) {
        java.util.regex.Matcher action = java.util.regex.Pattern.compile(
                        "action=\"(/market/ofsted/imports/[^\"]+/import)\"")
                .matcher(previewPage);
        assertThat(action.find()).isTrue();
        return action.group(1);
    }

    private long providersNamed(String suffix) {
        return jdbc.sql("select count(*) from market_provider where name like ?")
                .param("%" + suffix)
                .query(Long.class)
                .single();
    }

    private long settingsWithUrnsEndingIn(String suffix) {
        return jdbc.sql("select count(*) from market_setting where urn like ?")
                .param("%" + suffix)
                .query(Long.class)
                .single();
    }

    private long providerId(String name) {
        return jdbc.sql("select id from market_provider where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private String inHouseServiceOf(String councilCode) {
        return jdbc.sql("""
                select p.name from market_provider p join identity_local_authority la on la.id = p.local_authority_id
                where p.kind = 'IN_HOUSE_FOSTERING' and la.code = ?
                """).param(councilCode).query(String.class).single();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
