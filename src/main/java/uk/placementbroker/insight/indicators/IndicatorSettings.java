package uk.placementbroker.insight.indicators;

/**
 * Choices where the DfE's wording leaves room, each a named setting with the default recorded in
 * {@code docs/decisions/0008-stability-indicator-choices.md}.
 *
 * @param countTemporaryPlacements whether a temporary placement (PLACE T0 to T4) and the return to
 *     the placement before it count as placements; the DfE's stability measures do not count them
 *     (default false)
 * @param excludeShortBreaks whether children whose legal status on 31 March is V3 or V4 (an agreed
 *     series of short breaks) are left out of every measure (default true)
 */
public record IndicatorSettings(boolean countTemporaryPlacements, boolean excludeShortBreaks) {

    public static final IndicatorSettings DFE = new IndicatorSettings(false, true);
}
