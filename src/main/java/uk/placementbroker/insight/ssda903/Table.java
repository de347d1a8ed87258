package uk.placementbroker.insight.ssda903;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tables of the SSDA903 return, with the names the DfE's specifications and councils' files use. */
public enum Table {
    HEADER("Header", "header"),
    EPISODES("Episodes", "episodes"),
    REVIEWS("Reviews", "reviews"),
    UASC("UASC", "uasc"),
    OC2("OC2", "oc2"),
    OC3("OC3", "oc3"),
    AD1("AD1", "ad1"),
    PLACED_ADOPTION("PlacedAdoption", "placed_for_adoption"),
    PREVIOUS_PERMANENCE("PrevPerm", "previous_permanence"),
    MISSING("Missing", "missing"),
    SOCIAL_WORKER_EPISODES("SocialWorker", "sw_episodes");

    /** The tables the stability measures and drift lists read: an unknown code in any other table is only a warning. */
    private static final Set<Table> MEASURED = EnumSet.of(HEADER, EPISODES, UASC, REVIEWS);

    private final String specificationName;
    private final String fileName;

    Table(String specificationName, String fileName) {
        this.specificationName = specificationName;
        this.fileName = fileName;
    }

    /** The table's name in the DfE specification, such as "PlacedAdoption". */
    public String specificationName() {
        return specificationName;
    }

    /** The file a return keeps it in, such as "placed_for_adoption.csv". */
    public String fileName() {
        return fileName + ".csv";
    }

    public boolean measured() {
        return MEASURED.contains(this);
    }

    public static Optional<Table> bySpecificationName(String name) {
        return Arrays.stream(values())
                .filter(table -> table.specificationName.equals(name))
                .findFirst();
    }

    /** The table a file holds, by its name: "episodes.csv", "Episodes_2024.csv" and "SSDA903_episodes.csv" all give Episodes. */
    public static Optional<Table> byFileName(String name) {
        String stem = name.toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
        Optional<Table> exact = Arrays.stream(values())
                .filter(table -> table.names().contains(stem))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // The longest name that is a whole word of the file's name: "sw_episodes_2024" is SocialWorker, not Episodes.
        return Arrays.stream(values())
                .flatMap(table -> table.names().stream()
                        .filter(tableName -> stem.matches("(.*[_\\- ])?" + tableName + "([_\\- ].*)?"))
                        .map(tableName -> Map.entry(tableName.length(), table)))
                .max(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue);
    }

    private List<String> names() {
        return List.of(fileName, specificationName.toLowerCase(Locale.ROOT));
    }
}
