package uk.placementbroker.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.insight.records.RecordsMeasures;
import uk.placementbroker.insight.returns.Measures;
import uk.placementbroker.insight.ssda903.Problems;
import uk.placementbroker.insight.ssda903.Specification;
import uk.placementbroker.insight.ssda903.Table;
import uk.placementbroker.insight.ssda903.TableReader;
import uk.placementbroker.insight.ssda903.TableWriter;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** The council's own records as a 903 return: the measures from them, and the return exported for the DfE. */
@IntegrationTest
class OwnRecordsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordsMeasures recordsMeasures;

    @Autowired
    uk.placementbroker.identity.Organisations organisations;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void aCouncilsAdministratorSaysWhichDistrictsMakeUpItsAreaForThePlacedOutsideMeasure() {
        WebSession administrator = signedIn("admin.northbridge");
        assertThat(administrator.get("/admin/area").body()).contains("Northampton");

        assertThat(administrator
                        .post(
                                "/admin/area",
                                Map.of("districts", "Northampton\n  West Northamptonshire \n\nNorthampton"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(administrator.get("/admin/area").body()).contains("area is saved", "West Northamptonshire");
        assertThat(jdbc.sql(
                                "select array_to_string(area_districts, '|') from identity_local_authority where code = '991'")
                        .query(String.class)
                        .single())
                .isEqualTo("Northampton|West Northamptonshire");
        assertThat(jdbc.sql(
                                "select count(*) from identity_audit_event where record_type = 'council area' and actor_username = 'admin.northbridge'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(signedIn("sw.northbridge").get("/admin/area").statusCode()).isEqualTo(403);
        assertThat(signedIn("tm.northbridge").get("/insight?source=records").body())
                .contains(
                        "Placed outside the council&#39;s area",
                        "Placed more than 20 miles from home",
                        "Children looked after on 31 March by distance from home",
                        "From referrals made in Placement Broker");
    }

    @Test
    void measuresFromTheRecordsAreKeptUntilTheRecordsOrTheAreaChange() {
        uk.placementbroker.identity.LocalAuthority northbridge = organisations.localAuthorities().stream()
                .filter(council -> council.code().equals("991"))
                .findFirst()
                .orElseThrow();
        List<Measures.Row> first = recordsMeasures.of(List.of(northbridge));

        assertThat(recordsMeasures.of(List.of(northbridge)).get(0)).as("kept").isSameAs(first.get(0));
        organisations.setAreaOf(northbridge.id(), organisations.areaOf(northbridge.id()));
        List<Measures.Row> afterTheAreaChanged = recordsMeasures.of(List.of(northbridge));
        assertThat(afterTheAreaChanged.get(0))
                .as("counted again")
                .isNotSameAs(first.get(0))
                .isEqualTo(first.get(0));
        events.publishEvent(new uk.placementbroker.children.ChildRecordsChanged(northbridge.id()));
        assertThat(recordsMeasures.of(List.of(northbridge)).get(0))
                .as("counted again")
                .isNotSameAs(afterTheAreaChanged.get(0));
    }

    @Test
    void sufficiencyIsForManagersBrokersAndCommissionersAndCountsOnlyTheirCouncils() {
        String manager = signedIn("tm.northbridge").get("/insight/sufficiency").body();
        assertThat(manager).contains("Sufficiency: demand and vacant places", "Fostering", "Northampton");
        assertThat(manager)
                .as("Peterborough's children are Eastmoor's")
                .containsPattern("Peterborough</th>\\s*<td[^>]*>0</td>");
        assertThat(signedIn("commissioner.threerivers")
                        .get("/insight/sufficiency")
                        .body())
                .containsPattern("Peterborough</th>\\s*<td[^>]*>[1-9]");
        assertThat(signedIn("sw.northbridge").get("/insight/sufficiency").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("provider.oakfield").get("/insight/sufficiency").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theExportedReturnReadsBackUnchangedAndTheExportIsAudited() throws IOException {
        WebSession administrator = signedIn("admin.northbridge");
        administrator.get("/insight/returns");

        Map<String, String> files = unzip(download(administrator, "/insight/export?year=2026"));

        assertThat(files.keySet()).containsExactly("header.csv", "episodes.csv");
        assertThat(files.get("header.csv")).startsWith("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n991");
        assertThat(files.get("episodes.csv"))
                .startsWith(
                        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n");
        for (Table table : new Table[] {Table.HEADER, Table.EPISODES}) {
            String exported = files.get(table.fileName());
            assertThat(readAndWriteAgain(table, exported))
                    .as("%s read and written again", table)
                    .isEqualTo(exported);
        }
        assertThat(jdbc.sql(
                                "select count(*) from identity_audit_event where actor_username = 'admin.northbridge' and action = 'EXPORTED' and record_id = '991/2026'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theExportImportsBackThroughThePage() throws IOException {
        WebSession administrator = signedIn("admin.eastmoor");
        administrator.get("/insight/returns");
        Map<String, String> files = unzip(download(administrator, "/insight/export?year=2025"));
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("export");
        for (Map.Entry<String, String> file : files.entrySet()) {
            java.nio.file.Files.writeString(directory.resolve(file.getKey()), file.getValue());
        }

        administrator.get("/insight/returns");
        HttpResponse<String> imported = administrator.postFiles(
                "/insight/returns",
                Map.of("year", "2025"),
                "files",
                java.util.List.of(directory.resolve("header.csv"), directory.resolve("episodes.csv")));

        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(administrator.finishedImport(imported))
                .contains("Return imported")
                .doesNotContain("There is a problem");
    }

    @Test
    void managersSeeTheMeasuresFromTheRecordsWhenNoReturnIsImported() {
        String page = signedIn("hos.westhaven").get("/insight?source=records").body();

        assertThat(page).contains("Placement Broker&#39;s records", "2025 to 2026", "2021 to 2022");
    }

    @Test
    void onlyThoseWhoImportMayExport() {
        WebSession broker = signedIn("broker.northbridge");
        assertThat(broker.get("/insight/export?year=2026").statusCode()).isEqualTo(403);
        assertThat(signedIn("admin.northbridge").get("/insight/export?year=26").statusCode())
                .isEqualTo(400);
    }

    private static String readAndWriteAgain(Table table, String csv) {
        Problems problems = new Problems();
        StringWriter out = new StringWriter();
        TableWriter.RowPrinter printer = new TableWriter(Specification.bundled()).open(table, 2026, out);
        new TableReader(Specification.bundled())
                .read(
                        table,
                        table.fileName(),
                        new StringReader(csv),
                        2026,
                        problems,
                        row -> printer.print(row.values()));
        printer.flush();
        assertThat(problems.fatal())
                .as("problems reading the exported %s", table)
                .isEmpty();
        return out.toString();
    }

    private byte[] download(WebSession session, String path) {
        HttpResponse<byte[]> response = session.download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains(".zip");
        return response.body();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
