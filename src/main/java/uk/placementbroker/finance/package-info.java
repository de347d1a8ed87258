/**
 * Money: invoices from providers checked against the placement's contract the moment they arrive, the finance
 * officer's queue, payments exported once, and the savings the brokerage team makes. The rules are plain Java in
 * {@code finance.reconciliation} (money in pennies; a day is each price line's weekly amount ÷ 7, half-up, per line,
 * as {@link uk.placementbroker.placement.PriceLine#daily} states once). The tables are {@code finance_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package uk.placementbroker.finance;
