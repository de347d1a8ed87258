package uk.placementbroker.insight.indicators;

/** The 903 RNE code: why a new episode of care started. */
public enum ReasonForNewEpisode {
    /** Started to be looked after. */
    S(true, true),
    /** Change of legal status only: the placement continues. */
    L(false, false),
    /** Change of placement and carer. */
    P(true, true),
    /** Change of placement, same carer. */
    T(true, false),
    /** Change of legal status and of placement and carer at the same time. */
    B(true, true),
    /** Change of legal status and of placement, same carer. */
    U(true, false);

    private final boolean startsPlacement;
    private final boolean changesCarer;

    ReasonForNewEpisode(boolean startsPlacement, boolean changesCarer) {
        this.startsPlacement = startsPlacement;
        this.changesCarer = changesCarer;
    }

    /** Whether an episode with this reason starts a new placement (every reason but L). */
    public boolean startsPlacement() {
        return startsPlacement;
    }

    /** Whether the child has a new carer (S, P and B; T and U keep the carer, L keeps everything). */
    public boolean changesCarer() {
        return changesCarer;
    }
}
