package uk.placementbroker.insight.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The 903 tables, columns and codes of each collection year, read from the specifications bundled
 * from liia-tools ({@code src/main/resources/ssda903/}). A table a year's file does not define (the
 * social worker episodes before 2024) takes the nearest year that does.
 */
public final class Specification {

    static final int FIRST_YEAR = 2017;
    static final int LAST_YEAR = 2024;

    private static final Specification BUNDLED = load();

    private final NavigableMap<Integer, Map<Table, List<Column>>> years;

    private Specification(NavigableMap<Integer, Map<Table, List<Column>>> years) {
        this.years = years;
    }

    public static Specification bundled() {
        return BUNDLED;
    }

    /** The columns of a table in the year ending 31 March {@code year}, in the specification's order. */
    public List<Column> columns(Table table, int year) {
        Optional<List<Column>> columns = years.headMap(year, true).descendingMap().values().stream()
                .filter(tables -> tables.containsKey(table))
                .map(tables -> tables.get(table))
                .findFirst();
        return columns.orElseGet(() -> years.values().stream()
                .filter(tables -> tables.containsKey(table))
                .map(tables -> tables.get(table))
                .findFirst()
                .orElseThrow());
    }

    private static Specification load() {
        NavigableMap<Integer, Map<Table, List<Column>>> years = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String resource = "/ssda903/SSDA903_schema_" + year + ".yml";
            try (InputStream in = Specification.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing the bundled 903 specification " + resource);
                }
                Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                years.put(year, tables(map(document.get("column_map"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Specification(years);
    }

    private static Map<Table, List<Column>> tables(Map<String, Object> columnMap) {
        Map<Table, List<Column>> tables = new EnumMap<>(Table.class);
        columnMap.forEach((tableName, columns) -> Table.bySpecificationName(tableName)
                .ifPresent(table -> {
                    List<Column> parsed = new ArrayList<>();
                    map(columns).forEach((columnName, definition) -> parsed.add(column(columnName, map(definition))));
                    tables.put(table, List.copyOf(parsed));
                }));
        return tables;
    }

    private static Column column(String name, Map<String, Object> definition) {
        boolean canBeBlank = Boolean.TRUE.equals(definition.get("canbeblank"))
                || "yes".equals(String.valueOf(definition.get("canbeblank")));
        if (definition.containsKey("date")) {
            return new Column(name, Column.Kind.DATE, Set.of(), Map.of(), canBeBlank);
        }
        if (definition.containsKey("numeric")) {
            return new Column(name, Column.Kind.INTEGER, Set.of(), Map.of(), canBeBlank);
        }
        if (definition.containsKey("category")) {
            Set<String> codes = new LinkedHashSet<>();
            Map<String, String> aliases = new HashMap<>();
            if (definition.get("category") instanceof List<?> entries) {
                for (Object entry : entries) {
                    Map<String, Object> category = map(entry);
                    String code = String.valueOf(category.get("code"));
                    codes.add(code);
                    if (category.get("name") != null) {
                        aliases.put(String.valueOf(category.get("name")), code);
                    }
                }
            }
            if (definition.get("dictionary") instanceof Map<?, ?> dictionary) {
                dictionary.forEach((alias, code) -> aliases.put(String.valueOf(alias), String.valueOf(code)));
            }
            return new Column(name, Column.Kind.CATEGORY, Set.copyOf(codes), Map.copyOf(aliases), canBeBlank);
        }
        return new Column(name, Column.Kind.TEXT, Set.of(), Map.of(), canBeBlank);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
