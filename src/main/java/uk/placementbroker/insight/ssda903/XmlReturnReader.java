package uk.placementbroker.insight.ssda903;

import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the DfE's XML form of the 903 return (EXPSSDA903, then a CHILD element per child holding its
 * HEADER and EPISODE elements) one child at a time, turning it into the same table rows as the CSV
 * files: the Header's own fields, the UASC, OC3 and AD1 fields, and the repeated AREVIEW, PERMANENCE,
 * OC2, AMISSING and AD_PLACED groups each become a row of their table, with the child's CHILD and DOB.
 *
 * <p>A problem is placed by the table and its row number counted within the file, such as row 12 of
 * the Episodes in return.xml.
 */
final class XmlReturnReader {

    /** Elements whose children form one row of a table. */
    private static final Map<String, Table> GROUPS = Map.of(
            "EPISODE", Table.EPISODES,
            "AREVIEW", Table.REVIEWS,
            "PERMANENCE", Table.PREVIOUS_PERMANENCE,
            "OC2", Table.OC2,
            "AMISSING", Table.MISSING,
            "AD_PLACED", Table.PLACED_ADOPTION);

    /** Header fields that belong to other tables, and the field whose value says the child has such a row. */
    private static final Map<Table, String> FLAT_TABLES =
            Map.of(Table.UASC, "UASC", Table.OC3, "IN_TOUCH", Table.AD1, "DATE_INT");

    /** Element names that differ from the CSV column names. */
    private static final Map<String, String> RENAMED = Map.of("CHILDID", "CHILD", "PL", "PLACE");

    private static final Set<String> CONTAINERS = Set.of("EXPSSDA903", "CHILD", "HEADER");

    private final TableReader tables;

    XmlReturnReader(TableReader tables) {
        this.tables = tables;
    }

    /** Reads the return, giving each good row to {@code rows}; returns the tables it held. */
    Set<Table> read(String fileName, Reader xml, int year, Problems problems, Consumer<TableReader.Row> rows) {
        Map<Table, long[]> rowNumbers = new EnumMap<>(Table.class);
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // A return is data, never a document that may fetch others.
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            Map<String, String> header = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT
                        && reader.getLocalName().equals("HEADER")
                        && header != null) {
                    emitHeader(header, fileName, year, problems, rowNumbers, rows);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("CHILD")) {
                    header = new HashMap<>();
                } else if (header != null && GROUPS.containsKey(name)) {
                    Map<String, String> group = fields(reader, name);
                    group.put("CHILD", header.get("CHILD"));
                    group.putIfAbsent("DOB", header.get("DOB"));
                    emit(GROUPS.get(name), group, fileName, year, problems, rowNumbers, rows);
                } else if (header != null && !CONTAINERS.contains(name)) {
                    header.put(RENAMED.getOrDefault(name, name), reader.getElementText());
                }
            }
        } catch (XMLStreamException e) {
            problems.fatal(fileName, 0, null, "is not well-formed XML: " + e.getMessage());
        }
        return rowNumbers.keySet();
    }

    private void emitHeader(
            Map<String, String> header,
            String fileName,
            int year,
            Problems problems,
            Map<Table, long[]> rowNumbers,
            Consumer<TableReader.Row> rows) {
        emit(Table.HEADER, header, fileName, year, problems, rowNumbers, rows);
        FLAT_TABLES.forEach((table, marker) -> {
            String value = header.get(marker);
            boolean present = table == Table.UASC
                    ? "1".equals(value) || "true".equalsIgnoreCase(value)
                    : value != null && !value.isBlank();
            if (present) {
                emit(table, header, fileName, year, problems, rowNumbers, rows);
            }
        });
    }

    private void emit(
            Table table,
            Map<String, String> raw,
            String fileName,
            int year,
            Problems problems,
            Map<Table, long[]> rowNumbers,
            Consumer<TableReader.Row> rows) {
        long rowNumber = ++rowNumbers.computeIfAbsent(table, t -> new long[1])[0];
        String where = fileName + " " + table.specificationName();
        List<Column> columns = tables.columns(table, year);
        Map<String, String> values = tables.checkedValues(
                table, columns, where, rowNumber, column -> raw.getOrDefault(column, ""), problems);
        if (values != null) {
            rows.accept(new TableReader.Row(table, rowNumber, year, values));
        }
    }

    /** The text of each child element of the group, read to the group's end. */
    private static Map<String, String> fields(XMLStreamReader reader, String group) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                fields.put(RENAMED.getOrDefault(reader.getLocalName(), reader.getLocalName()), reader.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && reader.getLocalName().equals(group)) {
                return fields;
            }
        }
        return fields;
    }
}
