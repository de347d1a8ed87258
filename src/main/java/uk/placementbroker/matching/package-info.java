/**
 * Who can take this child: the hard constraints a candidate home must meet, the soft score that ranks
 * those that do, a sentence a social worker can read for every rank, and the whole weekly cost of a
 * placement. Plain Java, with no database, Spring or web in it (a test keeps it so), used alike by
 * the broker's search and the screening of providers' offers.
 *
 * <p>Hard constraints are never traded for score: a candidate that fails one is screened out with the
 * reason, however well it would otherwise have scored.
 */
package uk.placementbroker.matching;
