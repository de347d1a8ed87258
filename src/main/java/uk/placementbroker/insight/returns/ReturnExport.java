package uk.placementbroker.insight.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import uk.placementbroker.insight.records.OwnRecords;
import uk.placementbroker.insight.ssda903.Specification;
import uk.placementbroker.insight.ssda903.Table;
import uk.placementbroker.insight.ssda903.TableWriter;

/** A council's 903 Header and Episodes files for a year, from its own records, as a zip. */
@Component
public class ReturnExport {

    private final OwnRecords ownRecords;
    private final TableWriter writer = new TableWriter(Specification.bundled());

    ReturnExport(OwnRecords ownRecords) {
        this.ownRecords = ownRecords;
    }

    public void write(long localAuthorityId, int year, OutputStream out) throws IOException {
        StringWriter header = new StringWriter();
        StringWriter episodes = new StringWriter();
        TableWriter.RowPrinter headers = writer.open(Table.HEADER, year, header);
        TableWriter.RowPrinter episodeRows = writer.open(Table.EPISODES, year, episodes);
        ownRecords.yearReturn(localAuthorityId, year, headers::print, episodeRows::print);
        headers.flush();
        episodeRows.flush();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, Table.HEADER.fileName(), header.toString());
            entry(zip, Table.EPISODES.fileName(), episodes.toString());
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer entry = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        entry.write(content);
        entry.flush();
        zip.closeEntry();
    }
}
