/**
 * The market directory: provider organisations (a council's in-house fostering service among them),
 * their settings and approved foster households, the vacancies providers keep up to date, the
 * frameworks and lots of a consortium with each provider's fee band, and where places are. It turns
 * all that into the candidates the matching engine ranks.
 *
 * <p>API: {@link uk.placementbroker.market.MarketDirectory} (candidates for a search),
 * {@link uk.placementbroker.market.Locations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market")
package uk.placementbroker.market;
