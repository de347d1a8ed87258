package uk.placementbroker.matching;

/** What the soft score weighs, among the homes that meet every hard constraint. */
public enum Factor {
    DISTANCE_FROM_HOME("Distance from home"),
    DISTANCE_FROM_SCHOOL("Distance from school"),
    IDENTITY("Ethnicity and religion"),
    LANGUAGE("Language"),
    SKILLS("Skills for the child's needs"),
    STABILITY("Provider's past stability"),
    QUALITY("Ofsted judgement"),
    FRESHNESS("Vacancy recently confirmed"),
    COST("Cost against the fee band");

    private final String label;

    Factor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
