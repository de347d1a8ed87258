package uk.placementbroker.finance.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.placementbroker.placement.Price;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.shared.Money;

/**
 * What the council agreed to pay for a placement, and what it has been invoiced already: the reconciliation's
 * side of the contract.
 *
 * @param start the placement's first day
 * @param end the day it ended (the child's last night is the night before), or null while it lasts
 * @param price every rate of every item with its dates, from the contract's latest version
 * @param oneOffCosts the one-off costs agreed in all
 * @param vatable the items the contract says carry VAT (children's care is exempt, so usually none)
 * @param invoiced the days each item has been invoiced already, on this placement's earlier invoices not rejected
 * @param oneOffsInvoiced the one-off costs invoiced already
 * @param otherProvidersDays the days another provider has invoiced for the same child
 */
public record Agreed(
        LocalDate start,
        LocalDate end,
        Price price,
        Money oneOffCosts,
        Set<PriceItem> vatable,
        List<Invoiced> invoiced,
        Money oneOffsInvoiced,
        List<Days> otherProvidersDays) {

    /** Days from one to another, both included. */
    public record Days(LocalDate from, LocalDate to) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** An item's days on an earlier invoice, and the invoice's number. */
    public record Invoiced(String invoiceNumber, PriceItem item, Days days) {}

    /** Whether the council pays for the day: from the start, up to the night before the end. */
    public boolean paysFor(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }
}
