package uk.placementbroker.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.jobs.BackgroundJobs;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.FakeReturn;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** A council imports its 903 return through the page: all or nothing, each council's figures its own. */
@IntegrationTest
class ReturnImportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackgroundJobs backgroundJobs;

    @TempDir
    Path directory;

    @BeforeEach
    void noReturnsYet() {
        jdbc.sql("delete from insight_measure").update();
        jdbc.sql("delete from insight_return").update();
    }

    @Test
    void theFakeReturnImportsWithItsOverlapsRepairedAndTheFiguresAreShown() {
        WebSession administrator = signedIn("admin.northbridge");

        HttpResponse<String> imported = importReturn(administrator, "2024", true, files(FakeReturn.copyTo(directory)));

        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(imported.headers().firstValue("Location").orElseThrow()).contains("/insight/returns/imports/");
        String page = administrator.finishedImport(imported);
        assertThat(page).contains("Return imported", "2675 children, 5050 episodes", "Overlapping episodes were ended");
        assertThat(administrator.get("/insight/returns").body()).contains("overlaps repaired");
        assertThat(rows("Episodes", "991")).isEqualTo(5050);
        assertThat(rows("Reviews", "991")).isEqualTo(12582);
        assertThat(measure("991", 2024, "shortTermStability")).isPositive();
        assertThat(administrator.get("/insight").body())
                .contains(
                        "Placement stability",
                        "Short-term stability: 3 or more placements in the year",
                        "2023 to 2024");
        assertThat(administrator.get("/insight/sufficiency?source=returns").body())
                .contains("Looked after: on 31 March in each council&#39;s latest imported 903 return.", "Fostering")
                .containsPattern("Not known</th>\\s*<td[^>]*>[1-9]");
    }

    @Test
    void aReturnWithProblemsIsRefusedWholeWithEachProblemPlacedAndTheEarlierImportKept() {
        WebSession administrator = signedIn("admin.northbridge");
        administrator.finishedImport(importReturn(administrator, "2024", true, files(FakeReturn.copyTo(directory))));
        Path broken = directory.resolve("broken");
        FakeReturn.copyTo(createDirectory(broken));
        FakeReturn.editRow(broken.resolve("episodes.csv"), 2, row -> row.replace("15/02/2016", "31/02/2016"));

        String refused = administrator.finishedImport(importReturn(administrator, "2024", false, files(broken)));

        assertThat(refused)
                .contains(
                        "Error: Importing the 903 return",
                        "There is a problem",
                        "73 problems must be put right first. Nothing was saved.",
                        "31/02/2016 is not a date",
                        "End overlapping episodes");
        assertThat(rows("Episodes", "991")).isEqualTo(5050);
        assertThat(jdbc.sql("select count(*) from insight_return")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReturnWithHundredsOfProblemsListsTheFirst200AndGivesEveryOneAsCsvWithHugeValuesCut() throws Exception {
        WebSession administrator = signedIn("admin.northbridge");
        Path broken = FakeReturn.copyTo(directory);
        for (int row = 2; row <= 401; row++) {
            FakeReturn.editRow(
                    broken.resolve("episodes.csv"),
                    row,
                    line -> line.replaceFirst("\\d\\d/\\d\\d/(\\d{4})", "31/02/$1"));
        }
        FakeReturn.editRow(
                broken.resolve("episodes.csv"),
                402,
                line -> line.replaceFirst("\\d\\d/\\d\\d/\\d{4}", "9".repeat(1_000_000)));

        HttpResponse<String> started = importReturn(administrator, "2024", false, files(broken));
        String refused = administrator.finishedImport(started);

        long fatal = jdbc.sql("select fatal_count from insight_import order by started_at desc limit 1")
                .query(Long.class)
                .single();
        long warnings = jdbc.sql("select warning_count from insight_import order by started_at desc limit 1")
                .query(Long.class)
                .single();
        assertThat(fatal).isGreaterThan(400);
        assertThat(refused).contains("The first 200 of " + fatal + " problems are listed here", "download all of them");
        assertThat(refused.length()).as("the page stays small").isLessThan(400_000);
        String job = started.headers().firstValue("Location").orElseThrow();
        String csv = new String(administrator.download(job + "/problems.csv").body(), StandardCharsets.UTF_8);
        assertThat(org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.DEFAULT)
                        .getRecords())
                .as("a heading and every problem, warnings too")
                .hasSize((int) (fatal + warnings) + 1);
        assertThat(csv).startsWith("File,Row,Column,Problem,Stops the import").contains("31/02/", "characters cut");
        assertThat(csv.length()).isLessThan(2_000_000);
        assertThat(signedIn("admin.eastmoor").download(job + "/problems.csv").statusCode())
                .as("another council's import")
                .isEqualTo(404);
    }

    @Test
    void importingAYearAgainReplacesIt() {
        WebSession administrator = signedIn("admin.northbridge");
        administrator.finishedImport(importReturn(administrator, "2024", true, files(FakeReturn.copyTo(directory))));
        administrator.finishedImport(importReturn(administrator, "2024", true, files(directory)));

        assertThat(jdbc.sql("select count(*) from insight_return")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(rows("Episodes", "991")).isEqualTo(5050);
    }

    @Test
    void theYearAndTheFilesAreAskedFor() {
        WebSession administrator = signedIn("admin.northbridge");
        administrator.get("/insight/returns");

        HttpResponse<String> response =
                administrator.postFiles("/insight/returns", Map.of("year", "24"), "files", List.of());

        assertThat(response.body())
                .contains("Enter the collection year as 4 digits", "Choose the return&#39;s CSV files or its XML file");
    }

    @Test
    void eachCouncilSeesOnlyItsOwnFiguresAndTheConsortiumSeesThemSideBySide() {
        WebSession administrator = signedIn("admin.northbridge");
        administrator.finishedImport(importReturn(administrator, "2024", true, files(FakeReturn.copyTo(directory))));

        assertThat(signedIn("hos.eastmoor").get("/insight?source=returns").body())
                .contains("No return has been imported yet")
                .doesNotContain("2023 to 2024");
        assertThat(signedIn("hos.northbridge").get("/insight?source=returns").body())
                .contains("2023 to 2024");
        assertThat(signedIn("commissioner.threerivers")
                        .get("/insight?source=returns")
                        .body())
                .contains(
                        "Northbridge City Council",
                        "Eastmoor County Council",
                        "Westhaven Borough Council",
                        "2023 to 2024");
    }

    @Test
    void onlyManagersReadTheFiguresAndOnlyCouncilAdministratorsAndCommissionersImport() {
        assertThat(signedIn("sw.northbridge").get("/insight").statusCode()).isEqualTo(403);
        assertThat(signedIn("provider.oakfield").get("/insight").statusCode()).isEqualTo(403);
        assertThat(signedIn("finance.northbridge").get("/insight").statusCode()).isEqualTo(403);

        WebSession broker = signedIn("broker.northbridge");
        assertThat(broker.get("/insight/returns").body()).doesNotContain("Import the return");
        HttpResponse<String> attempt = importReturn(broker, "2024", true, files(FakeReturn.copyTo(directory)));
        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from insight_return")
                        .query(Long.class)
                        .single())
                .isZero();

        WebSession consortiumAdministrator = signedIn("admin.threerivers");
        assertThat(importReturn(consortiumAdministrator, "2024", true, files(directory))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anotherCouncilCannotFollowAnImport() {
        WebSession administrator = signedIn("admin.northbridge");
        HttpResponse<String> started = importReturn(administrator, "2024", true, files(FakeReturn.copyTo(directory)));
        String location = started.headers().firstValue("Location").orElseThrow();
        administrator.finishedImport(started);

        WebSession elsewhere = signedIn("admin.eastmoor");
        assertThat(elsewhere.get(location).statusCode()).isEqualTo(404);
        assertThat(elsewhere.get(location + "/progress").statusCode()).isEqualTo(404);
    }

    @Test
    void filesNamedTheWindowsWayAreKeptByTheirLastPartAndNothingIsLeftInTheTemporaryFolder() {
        WebSession administrator = signedIn("admin.northbridge");
        List<Path> files = files(FakeReturn.copyTo(directory));
        administrator.get("/insight/returns");

        HttpResponse<String> started = administrator.postFiles(
                "/insight/returns",
                Map.of("year", "2024", "repairOverlaps", "true"),
                "files",
                files,
                files.stream()
                        .map(file -> "..\\..\\returns\\" + file.getFileName())
                        .toList());

        assertThat(administrator.finishedImport(started)).contains("Return imported", "2675 children, 5050 episodes");
        assertThat(uploadFoldersOfThisRun())
                .as("the uploaded files are deleted when the import ends")
                .isEmpty();
    }

    @Test
    void twoFilesWithOneNameAndFilesWithoutANameAreRefusedByNameAndNothingIsStarted() {
        WebSession administrator = signedIn("admin.northbridge");
        Path header = FakeReturn.copyTo(directory).resolve("header.csv");
        long importsBefore = imports();
        administrator.get("/insight/returns");

        String twice = administrator
                .postFiles(
                        "/insight/returns",
                        Map.of("year", "2024"),
                        "files",
                        List.of(header, header),
                        List.of("header.csv", "C:\\returns\\HEADER.csv"))
                .body();
        String nameless = administrator
                .postFiles("/insight/returns", Map.of("year", "2024"), "files", List.of(header), List.of(".."))
                .body();

        assertThat(twice).contains("There is a problem", "Two of the files are called HEADER.csv");
        assertThat(nameless).contains("There is a problem", "One of the files has no usable name");
        assertThat(imports()).isEqualTo(importsBefore);
        assertThat(uploadFoldersOfThisRun()).isEmpty();
    }

    @Test
    void anImportWhoseInstanceIsGoneShowsStoppedAtOnceAndDoesNotHoldUpTheNextOne() {
        WebSession administrator = signedIn("admin.northbridge");
        UUID killed = importReading(2024, "admin.northbridge", UUID.randomUUID());

        assertThat(administrator.get("/insight/returns/imports/" + killed).body())
                .contains("The import stopped before it finished");
        assertThat(administrator.finishedImport(
                        importReturn(administrator, "2024", true, files(FakeReturn.copyTo(directory)))))
                .contains("Return imported");
    }

    @Test
    void aSecondImportOfTheSameYearWhileTheFirstRunsIsRefusedWithWords() {
        WebSession administrator = signedIn("admin.northbridge");
        UUID running = importReading(2019, "tm.northbridge", backgroundJobs.instance());
        try {
            String second = importReturn(administrator, "2019", true, files(FakeReturn.copyTo(directory)))
                    .body();

            assertThat(second)
                    .contains(
                            "There is a problem",
                            "The 2019 return is being imported already (started by tm.northbridge");
            assertThat(uploadFoldersOfThisRun()).isEmpty();
        } finally {
            jdbc.sql("delete from insight_import where id = ?").param(running).update();
        }
    }

    /** A Northbridge import still reading its files, on {@code instance}. */
    private UUID importReading(int year, String startedBy, UUID instance) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into insight_import (id, local_authority_id, collection_year, started_by, state, files, overlaps_repaired, bytes_total, instance_id)
                select ?, id, ?, ?, 'READING', 'header.csv', false, 100, ? from identity_local_authority where code = '991'
                """).params(id, year, startedBy, instance).update();
        return id;
    }

    private long imports() {
        return jdbc.sql("select count(*) from insight_import").query(Long.class).single();
    }

    private static List<Path> uploadFoldersOfThisRun() {
        try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return folders.filter(folder -> folder.getFileName()
                            .toString()
                            .startsWith("placement-broker-903-"
                                    + ProcessHandle.current().pid() + "-"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows an import to its end, as its progress bar does, and returns the result page. */
    private HttpResponse<String> importReturn(
            WebSession session, String year, boolean repairOverlaps, List<Path> files) {
        session.get("/insight/returns");
        return session.postFiles(
                "/insight/returns",
                repairOverlaps ? Map.of("year", year, "repairOverlaps", "true") : Map.of("year", year),
                "files",
                files);
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }

    private long rows(String table, String councilCode) {
        return jdbc.sql("""
                select count(*) from insight_return_row rr join insight_return r on r.id = rr.return_id
                join identity_local_authority la on la.id = r.local_authority_id
                where rr.table_name = ? and la.code = ?
                """).params(table, councilCode).query(Long.class).single();
    }

    private long measure(String councilCode, int year, String measure) {
        return jdbc.sql("""
                select m.denominator from insight_measure m join identity_local_authority la on la.id = m.local_authority_id
                where la.code = ? and m.collection_year = ? and m.measure = ? and m.cut = 'all' and m.category = ''
                """)
                .params(councilCode, year, measure)
                .query(Long.class)
                .single();
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
