package uk.placementbroker.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.placementbroker.finance.Invoices;
import uk.placementbroker.finance.reconciliation.Invoice;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.placement.PriceLine;
import uk.placementbroker.shared.Money;

/**
 * Invoices in each state for the demo's placements, sent by the provider and worked by the council's finance officer
 * through the same services the pages use: paid in a batch, approved, one over-claiming a rate, one for a period
 * invoiced already, one billing an extra never agreed (queried), and one for days after the placement ended
 * (rejected).
 */
@Component
class DemoInvoices {

    private final Invoices invoices;
    private final Placements placements;

    DemoInvoices(Invoices invoices, Placements placements) {
        this.invoices = invoices;
        this.placements = placements;
    }

    /** For a placement that has lasted at least four four-weekly periods. */
    void forALastingPlacement(CurrentUser provider, CurrentUser finance, Placement placement, LocalDate today) {
        String reference = "D" + placement.id() + "-";
        long paid = send(provider, placement, reference + "001", 0, false, null, today);
        invoices.approveReconciled(finance, paid);
        invoices.export(finance);
        long approved = send(provider, placement, reference + "002", 1, false, null, today);
        invoices.approveReconciled(finance, approved);
        send(provider, placement, reference + "003", 2, true, null, today);
        send(provider, placement, reference + "003A", 1, false, null, today);
        long extra = send(provider, placement, reference + "004", 3, false, PriceItem.EDUCATION, today);
        invoices.query(
                finance,
                extra,
                "The contract agrees no education costs for this placement: send a credit note for the education line, or tell us when it was agreed.");
    }

    /** For a placement that has ended: one invoice running past the end, rejected. */
    void forAnEndedPlacement(CurrentUser provider, CurrentUser finance, Placement placement, LocalDate today) {
        Placement ended = placements
                .ofReferral(placement.localAuthorityId(), placement.referralId())
                .orElseThrow();
        LocalDate from = ended.startDate();
        LocalDate to = ended.endedOn().plusDays(3);
        List<Invoice.Line> lines = lines(placement, from, (int) (to.toEpochDay() - from.toEpochDay() + 1), false, null);
        long id = invoices.submit(
                provider, placement.id(), Invoice.of("D" + placement.id() + "-001", from, to, lines), today);
        invoices.reject(
                finance,
                id,
                "The placement ended on " + ended.endedOn()
                        + ": invoice again for the nights up to the one before it.");
    }

    private long send(
            CurrentUser provider,
            Placement placement,
            String number,
            int period,
            boolean rateAbove,
            PriceItem extra,
            LocalDate today) {
        LocalDate from = placement.startDate().plusDays(28L * period);
        return invoices.submit(
                provider,
                placement.id(),
                Invoice.of(number, from, from.plusDays(27), lines(placement, from, 28, rateAbove, extra)),
                today);
    }

    /** A line for each item in force on the first day, at its daily rate (or above it), and the extra asked. */
    private List<Invoice.Line> lines(
            Placement placement, LocalDate from, int days, boolean rateAbove, PriceItem extra) {
        List<Invoice.Line> lines = new ArrayList<>();
        for (PriceLine line : placements.agreedToPay(placement.id()).price().inForceOn(from)) {
            Money daily = line.daily();
            if (rateAbove && line.item() == PriceItem.ACCOMMODATION_AND_CARE) {
                daily = daily.plus(Money.pounds(12));
            }
            lines.add(Invoice.Line.days(line.item(), days, daily));
        }
        if (extra != null) {
            lines.add(Invoice.Line.days(extra, days, Money.pounds(20)));
        }
        return lines;
    }
}
