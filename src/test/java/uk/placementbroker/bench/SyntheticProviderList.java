package uk.placementbroker.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A provider list in the shape of the DfE's 2025 social care providers list, of any size: children's homes
 * (nine in ten), fostering agencies and supported accommodation, owned by one organisation for every ten
 * settings, with real outward codes, Excel dates, and one row in twenty with something a reader warns about.
 * Written as it is made, so that a national list takes little memory to write.
 */
public final class SyntheticProviderList {

    private static final List<String> COLUMNS = List.of(
            "URN",
            "Provision type",
            "Setting name",
            "Registration status",
            "Setting postcode",
            "Organisation name",
            "Local authority",
            "Sector",
            "Date of last full inspection",
            "Latest overall effectiveness grade from last full inspection",
            "Number of registered places");
    private static final List<String> OUTWARD_CODES =
            List.of("M1", "M14", "L8", "BL1", "WA1", "PR1", "BB2", "CH41", "LS6", "S10", "NE1", "B15", "BN20", "SW1A");
    private static final List<String> GRADES =
            List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate");

    private SyntheticProviderList() {}

    /** Writes {@code rows} settings to {@code file}; the same seed writes the same list. */
    public static void write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Providers");
            Row header = sheet.createRow(0);
            for (int column = 0; column < COLUMNS.size(); column++) {
                header.createCell(column).setCellValue(COLUMNS.get(column));
            }
            for (int number = 1; number <= rows; number++) {
                Row row = sheet.createRow(number);
                int kind = random.nextInt(100);
                boolean oddOne = random.nextInt(20) == 0;
                row.createCell(0).setCellValue(String.format("SC%07d", number));
                row.createCell(1)
                        .setCellValue(
                                kind < 90
                                        ? "Children's home"
                                        : kind < 98 ? "Independent fostering agency" : "Supported accommodation");
                row.createCell(2).setCellValue("Setting " + number);
                row.createCell(3).setCellValue(oddOne ? "Pending" : "Active");
                row.createCell(4)
                        .setCellValue(
                                oddOne
                                        ? "not known"
                                        : OUTWARD_CODES.get(random.nextInt(OUTWARD_CODES.size())) + " "
                                                + (1 + random.nextInt(9)) + "AB");
                row.createCell(5).setCellValue("Organisation " + (1 + random.nextInt(Math.max(1, rows / 10))));
                row.createCell(6).setCellValue("Manchester");
                row.createCell(7).setCellValue("Private");
                var inspected = row.createCell(8);
                inspected.setCellValue(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2_000)));
                inspected.setCellStyle(date);
                row.createCell(9).setCellValue(GRADES.get(random.nextInt(GRADES.size())));
                row.createCell(10).setCellValue(1 + random.nextInt(6));
            }
            workbook.write(out);
        }
    }
}
