package uk.placementbroker.placement;

import java.time.LocalDate;
import java.util.List;
import uk.placementbroker.shared.Money;

/**
 * One version of a placement's Individual Placement Contract: what purchaser and provider agree, to be in the
 * carer's hands before the child arrives. Each change is a new version with the date it takes effect.
 *
 * @param invoicingReference what the provider quotes on every invoice for the placement
 * @param priceIncludes what the weekly price covers, in the parties' words
 */
public record Contract(
        Parties parties,
        LocalDate startDate,
        String invoicingReference,
        Price price,
        Money oneOffCosts,
        String priceIncludes,
        List<Outcome> outcomes,
        ReviewSchedule reviews,
        Terms terms) {

    /**
     * Who the contract is between.
     *
     * @param registrationNumber the provider's company or charity number, where known
     * @param homeUrn the Ofsted URN of the home, or of the fostering service a foster household belongs to; null where none is known
     */
    public record Parties(
            String council,
            String councilContact,
            String providerLegalName,
            String registrationNumber,
            String home,
            String homeUrn,
            String registeredManager) {}

    /**
     * An outcome the placement is to achieve, how it will be measured and by when.
     *
     * @param measuredBy blank while the contract is drafted
     * @param by null while the contract is drafted
     */
    public record Outcome(String outcome, String measuredBy, LocalDate by) {

        public boolean complete() {
            return measuredBy != null && !measuredBy.isBlank() && by != null;
        }
    }

    public enum InvoicingPeriod {
        FOUR_WEEKLY("Every 4 weeks"),
        MONTHLY("Every calendar month");

        private final String words;

        InvoicingPeriod(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * @param noticeDays the days' notice either party gives to end the placement, but in an emergency
     * @param paymentDays the days the council has to pay an invoice that is right
     */
    public record Terms(int noticeDays, InvoicingPeriod invoicing, int paymentDays) {

        /** Where the home is on no framework, or the framework sets none: the service's usual terms. */
        public static final Terms USUAL = new Terms(28, InvoicingPeriod.FOUR_WEEKLY, 30);
    }

    /** The first draft, from the placement as agreed: the broker completes and issues it. */
    public static Contract draft(Placement placement, Parties parties, String invoicingReference) {
        return new Contract(
                parties,
                placement.startDate(),
                invoicingReference,
                Price.agreed(placement.weekly(), placement.startDate()),
                placement.oneOffCosts(),
                "",
                placement.outcomes().stream()
                        .map(outcome -> new Outcome(outcome, "", null))
                        .toList(),
                ReviewSchedule.STATUTORY,
                Terms.USUAL);
    }

    /** The same terms at another price: a variation's next version. */
    public Contract withPrice(Price changed) {
        return new Contract(
                parties, startDate, invoicingReference, changed, oneOffCosts, priceIncludes, outcomes, reviews, terms);
    }

    /** What still needs filling in before it can be issued, in words; empty when it is ready. */
    public List<String> missing() {
        List<String> missing = new java.util.ArrayList<>();
        if (blank(parties.providerLegalName())) {
            missing.add("the provider's legal name");
        }
        if (blank(priceIncludes)) {
            missing.add("what the price includes");
        }
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).complete()) {
                missing.add("how outcome " + (i + 1) + " will be measured, and by when");
            }
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
