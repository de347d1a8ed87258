package uk.placementbroker.children;

import java.util.List;
import java.util.Map;

/** Plain-English meanings of the DfE's SSDA903 codes, for pages. Unknown codes are shown as they are. */
public final class Codes903 {

    private static final Map<String, String> PLACEMENT_TYPES = Map.ofEntries(
            Map.entry("A3", "Placed for adoption with consent, with current foster carer"),
            Map.entry("A4", "Placed for adoption with consent, not with current foster carer"),
            Map.entry("A5", "Placed for adoption with placement order, with current foster carer"),
            Map.entry("A6", "Placed for adoption with placement order, not with current foster carer"),
            Map.entry("H5", "Supported accommodation"),
            Map.entry("K1", "Secure children's home"),
            Map.entry("K2", "Children's home"),
            Map.entry("P1", "Placed with own parents or others with parental responsibility"),
            Map.entry("P2", "Independent living"),
            Map.entry("P3", "Residential employment"),
            Map.entry("R1", "Residential care home"),
            Map.entry("R2", "NHS or health trust establishment"),
            Map.entry("R3", "Family centre or mother and baby unit"),
            Map.entry("R5", "Young offender institution or prison"),
            Map.entry("S1", "Residential school"),
            Map.entry("U1", "Foster placement with relative or friend, long term"),
            Map.entry("U2", "Foster placement with relative or friend who is an approved adopter"),
            Map.entry("U3", "Foster placement with relative or friend, not long term"),
            Map.entry("U4", "Foster placement with other foster carer, long term"),
            Map.entry("U5", "Foster placement with other foster carer who is an approved adopter"),
            Map.entry("U6", "Foster placement with other foster carer, not long term"),
            Map.entry("Z1", "Other placement"));

    private static final Map<String, String> LEGAL_STATUSES = Map.ofEntries(
            Map.entry("C1", "Interim care order"),
            Map.entry("C2", "Full care order"),
            Map.entry("D1", "Freeing order granted"),
            Map.entry("E1", "Placement order granted"),
            Map.entry("J1", "Remanded to local authority accommodation"),
            Map.entry("J2", "Placed in local authority accommodation under PACE"),
            Map.entry("J3", "Sentenced to a youth rehabilitation order with residence requirement"),
            Map.entry("L1", "Under police protection"),
            Map.entry("L2", "Emergency protection order"),
            Map.entry("L3", "Under child assessment order, in local authority accommodation"),
            Map.entry("V2", "Accommodated under section 20 (single period)"),
            Map.entry("V3", "Agreed series of short-term breaks, single placements"),
            Map.entry("V4", "Agreed series of short-term breaks, multiple placements"));

    private static final Map<String, String> REASONS_FOR_NEW_EPISODE = Map.of(
            "S", "Started to be looked after",
            "L", "Change of legal status only",
            "P", "Change of placement and carer",
            "T", "Change of placement, same carer",
            "B", "Change of legal status, placement and carer",
            "U", "Change of legal status and placement, same carer");

    private static final Map<String, String> REASONS_PLACE_CHANGE = Map.ofEntries(
            Map.entry("CARPL", "Change to or carrying out of the care plan"),
            Map.entry("CLOSE", "Carer resigned or provision closed"),
            Map.entry("ALLEG", "Allegation (section 47)"),
            Map.entry("STAND", "Concerns about standards of care"),
            Map.entry("APPRR", "Carer's approval removed"),
            Map.entry("CREQB", "Carer asked because of the child's behaviour"),
            Map.entry("CREQO", "Carer asked for other reasons"),
            Map.entry("CHILD", "Child asked"),
            Map.entry("LAREQ", "Local authority asked"),
            Map.entry("PLACE", "Change in the placement's status only"),
            Map.entry("CUSTOD", "Custody arrangement"),
            Map.entry("OTHER", "Other"));

    private static final Map<String, String> ETHNICITIES = Map.ofEntries(
            Map.entry("WBRI", "White British"),
            Map.entry("WIRI", "White Irish"),
            Map.entry("WOTH", "Any other White background"),
            Map.entry("WIRT", "Traveller of Irish heritage"),
            Map.entry("WROM", "Gypsy or Roma"),
            Map.entry("MWBC", "White and Black Caribbean"),
            Map.entry("MWBA", "White and Black African"),
            Map.entry("MWAS", "White and Asian"),
            Map.entry("MOTH", "Any other mixed background"),
            Map.entry("AIND", "Indian"),
            Map.entry("APKN", "Pakistani"),
            Map.entry("ABAN", "Bangladeshi"),
            Map.entry("AOTH", "Any other Asian background"),
            Map.entry("BCRB", "Caribbean"),
            Map.entry("BAFR", "African"),
            Map.entry("BOTH", "Any other Black background"),
            Map.entry("CHNE", "Chinese"),
            Map.entry("OOTH", "Any other ethnic group"),
            Map.entry("REFU", "Refused"),
            Map.entry("NOBT", "Information not yet obtained"));

    private static final List<String> ETHNIC_ORDER = List.of(
            "WBRI", "WIRI", "WIRT", "WROM", "WOTH", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
            "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    private Codes903() {}

    static String placementType(String code) {
        return PLACEMENT_TYPES.getOrDefault(code, code);
    }

    /** A PLACE code with its words after a dash, as a manager reads it (U4 with what U4 means). */
    public static String placementTypeWithWords(String code) {
        return withWords(code, PLACEMENT_TYPES);
    }

    /** A REASON_PLACE_CHANGE code with its words after a dash. */
    public static String reasonPlaceChangeWithWords(String code) {
        return withWords(code, REASONS_PLACE_CHANGE);
    }

    private static String withWords(String code, Map<String, String> words) {
        String meaning = code == null ? null : words.get(code);
        return meaning == null ? code : code + " — " + meaning;
    }

    static String legalStatus(String code) {
        return LEGAL_STATUSES.getOrDefault(code, code);
    }

    static String reasonForNewEpisode(String code) {
        return REASONS_FOR_NEW_EPISODE.getOrDefault(code, code);
    }

    /** REASON_PLACE_CHANGE: each code with its meaning, in the DfE's order. */
    public static Map<String, String> reasonsPlaceChange() {
        Map<String, String> inOrder = new java.util.LinkedHashMap<>();
        for (String code : List.of(
                "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD",
                "OTHER")) {
            inOrder.put(code, REASONS_PLACE_CHANGE.get(code));
        }
        return inOrder;
    }

    static String reasonPlaceChange(String code) {
        return REASONS_PLACE_CHANGE.getOrDefault(code, code);
    }

    /** The words for a 903 ETHNIC code, or the code when it is not one. */
    public static String ethnicity(String code) {
        return ETHNICITIES.getOrDefault(code, code);
    }

    /** Every 903 ETHNIC code with its words, in the order of the DfE's list. */
    public static Map<String, String> ethnicities() {
        Map<String, String> inOrder = new java.util.LinkedHashMap<>();
        for (String code : ETHNIC_ORDER) {
            inOrder.put(code, ETHNICITIES.get(code));
        }
        return inOrder;
    }
}
