package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

@IntegrationTest
class OfstedListImportIntegrationTests {

    static final Path FAKE_DATA =
            Path.of("..", "shared", "data", "ssda903", "csc-validator-be-903", "tests", "fake_data");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    @Test
    void theFakeListsImportAndImportingThemAgainChangesNothing() {
        WebSession commissioner = signedIn("commissioner.threerivers");
        for (String file : List.of("ch_fake.xlsx", "scp_fake.xlsx", "scp_ch_2025_fake.xlsx", "scpch_assisted.xlsx")) {
            String first = upload(commissioner, FAKE_DATA.resolve(file));
            assertThat(first).as(file).contains("List imported").doesNotContain("There is a problem");
            String again = upload(commissioner, FAKE_DATA.resolve(file));
            assertThat(again).as(file + " again").contains("0 added, 0 updated");
        }
        assertThat(jdbc.sql("select count(*) from market_setting where urn in ('njascn', 'ISL00001', 'TNT00001', '1')")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from market_setting where urn = 'njascn'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select kind from market_provider where ofsted_urn = 'bababooey'")
                        .query(String.class)
                        .single())
                .isEqualTo("INDEPENDENT_FOSTERING_AGENCY");
        assertThat(jdbc.sql(
                                "select count(*) from identity_audit_event where action = 'CREATED' and record_type = 'Ofsted provider list'")
                        .query(Long.class)
                        .single())
                .isEqualTo(8);
    }

    @Test
    void aBrokenListIsRefusedWholeWithSheetRowAndColumnAndNothingIsSaved() throws Exception {
        Path broken = directory.resolve("broken.xlsx");
        // Opened from a stream, so that POI works on a copy in memory: opened from a File it writes changes back to the
        // shared data.
        try (var in = Files.newInputStream(FAKE_DATA.resolve("combined_scp_ch_fake.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            workbook.getSheetAt(0).getRow(2).getCell(6).setCellValue("31/02/2021");
            try (var out = Files.newOutputStream(broken)) {
                workbook.write(out);
            }
        }
        long settingsBefore = jdbc.sql("select count(*) from market_setting")
                .query(Long.class)
                .single();

        String page = upload(signedIn("admin.northbridge"), broken);

        assertThat(page)
                .contains(
                        "Error: Importing an Ofsted provider list",
                        "There is a problem",
                        "Nothing was saved",
                        "31/02/2021 is not a date");
        assertThat(jdbc.sql("select count(*) from market_setting")
                        .query(Long.class)
                        .single())
                .isEqualTo(settingsBefore);
        assertThat(jdbc.sql("select count(*) from market_provider where ofsted_urn = 'ARN00001'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aListWithHundredsOfProblemsShowsTheFirst200AndGivesEveryOneAsCsvWithHugeValuesCut() throws Exception {
        Path broken = directory.resolve("many-problems.xlsx");
        try (var in = Files.newInputStream(FAKE_DATA.resolve("combined_scp_ch_fake.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            var model = sheet.getRow(2);
            for (int copy = 0; copy < 300; copy++) {
                var row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (var cell : model) {
                    row.createCell(cell.getColumnIndex()).setCellValue(formatter.formatCellValue(cell));
                }
                row.getCell(6).setCellValue(copy == 0 ? "9".repeat(30_000) : "31/02/2021");
            }
            try (var out = Files.newOutputStream(broken)) {
                workbook.write(out);
            }
        }
        WebSession administrator = signedIn("admin.northbridge");

        String page = upload(administrator, broken);

        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                        "The first 200 of (\\d+) problems are listed here")
                .matcher(page);
        assertThat(shown.find()).as("the page says how many there are").isTrue();
        int problems = Integer.parseInt(shown.group(1));
        assertThat(problems).isGreaterThanOrEqualTo(300);
        assertThat(page.length()).as("the page stays small").isLessThan(400_000);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "href=\"(/market/ofsted/imports/[^\"]+/problems\\.csv)\"")
                .matcher(page);
        assertThat(link.find()).isTrue();
        String csv = new String(administrator.download(link.group(1)).body(), java.nio.charset.StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVParser.parse(
                        csv, org.apache.commons.csv.CSVFormat.DEFAULT)
                .getRecords();
        assertThat(rows.stream().filter(row -> row.get(4).equals("yes"))).hasSize(problems);
        assertThat(csv).contains("31/02/2021 is not a date", "characters cut").doesNotContain("9".repeat(1_000));
        assertThat(signedIn("provider.oakfield").download(link.group(1)).statusCode())
                .isIn(403, 404);
    }

    @Test
    void aLongListShowsTheFirst200OfWhatItAddsAndStoresEveryOne() throws Exception {
        Path list = directory.resolve("long-list.xlsx");
        uk.placementbroker.bench.SyntheticProviderList.write(list, 1_000, 7L);
        WebSession commissioner = signedIn("commissioner.threerivers");

        String previewed = preview(commissioner, list);

        java.util.regex.Matcher adds = java.util.regex.Pattern.compile("The list would add (\\d+) and change")
                .matcher(previewed);
        assertThat(adds.find()).isTrue();
        int additions = Integer.parseInt(adds.group(1));
        assertThat(additions).as("every setting and its organisation").isGreaterThan(1_000);
        assertThat(previewed).contains("And " + (additions - 200) + " more, not listed here.");
        assertThat(jdbc.sql("select pg_column_size(preview) from market_ofsted_import where preview is not null"
                                + " order by started_at desc limit 1")
                        .query(Integer.class)
                        .single())
                .as("the preview kept is the first of each list, not the whole")
                .isLessThan(200_000);

        String imported = importPreviewed(commissioner, previewed);

        assertThat(imported).contains("List imported");
        assertThat(jdbc.sql("""
                        select (select count(*) from market_setting where name like 'Setting %')
                             + (select count(*) from market_provider where name like 'Setting %')
                        """).query(Long.class).single())
                .as("every setting and fostering agency on the list")
                .isEqualTo(1_000);
        assertThat(uploadsLeft())
                .as("the list is not left in the temporary folder")
                .isEmpty();
    }

    private static List<Path> uploadsLeft() throws java.io.IOException {
        try (var folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            String mine = "placement-broker-ofsted-" + ProcessHandle.current().pid() + "-";
            return folders.filter(folder -> folder.getFileName().toString().startsWith(mine))
                    .toList();
        }
    }

    @Test
    void onlyCommissionersAndAdministratorsImport() {
        assertThat(signedIn("broker.northbridge").get("/market/ofsted").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("provider.harbour").get("/market/ofsted").statusCode())
                .isEqualTo(403);
    }

    /** Uploads the list and, when its preview is ready, imports it as previewed; the page at the end. */
    static String upload(WebSession session, Path file) {
        String previewed = preview(session, file);
        if (!previewed.contains("Import these changes")) {
            return previewed;
        }
        return importPreviewed(session, previewed);
    }

    static String preview(WebSession session, Path file) {
        session.get("/market/ofsted");
        HttpResponse<String> started = session.postFiles("/market/ofsted", Map.of(), "file", List.of(file));
        assertThat(started.statusCode()).isEqualTo(302);
        return session.finishedImport(started);
    }

    /** Imports the list whose preview page this is. */
    static String importPreviewed(WebSession session, String previewPage) {
        java.util.regex.Matcher action = java.util.regex.Pattern.compile(
                        "action=\"(/market/ofsted/imports/[^\"]+)/import\"")
                .matcher(previewPage);
        assertThat(action.find()).as("the preview offers to import the list").isTrue();
        HttpResponse<String> importing = session.post(action.group(1) + "/import", Map.of());
        assertThat(importing.statusCode()).isEqualTo(302);
        return session.finishedImport(importing);
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
