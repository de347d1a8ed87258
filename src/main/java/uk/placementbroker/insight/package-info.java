/**
 * Stability insight: the DfE's SSDA903 return in and out, the official placement-stability
 * indicators computed from it (and from the product's own placements), cut by care group, and the
 * manager's pages that show where a council and a consortium stand.
 *
 * <p>The indicator rules live in {@code indicators} as plain Java with no Spring, database or web in
 * them, so that the pages, the import and the analysts' command line ({@code scripts/indicators})
 * all use the same code. {@code docs/indicators.md} says which DfE wording each rule implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package uk.placementbroker.insight;
