package uk.placementbroker.finance.reconciliation;

import java.util.List;
import java.util.Set;
import uk.placementbroker.shared.Money;

/** An invoice checked against the contract: each line agreed, over-claimed or under-claimed, and the flags raised. */
public record Reconciled(List<Line> lines, Set<Flag> flags, Money claimed, Money agreed) {

    public enum Outcome {
        AGREED("Agreed"),
        OVER_CLAIMED("Over-claimed"),
        UNDER_CLAIMED("Under-claimed");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One line with what the contract pays for it (gross: VAT only where the contract agrees it).
     *
     * @param agreedVat of what is agreed, the VAT
     * @param difference what the line claims above what is agreed; below nothing when it claims less
     * @param reasons why, in words, one sentence each
     */
    public record Line(
            Invoice.Line claimed,
            Money agreed,
            Money agreedVat,
            Outcome outcome,
            Money difference,
            List<String> reasons) {}

    /** What the invoice claims above what is agreed, line by line (under-claims not netted off). */
    public Money overClaimed() {
        return lines.stream()
                .filter(line -> line.outcome() == Outcome.OVER_CLAIMED)
                .map(Line::difference)
                .reduce(Money.ZERO, Money::plus);
    }

    public boolean clean() {
        return flags.isEmpty() && lines.stream().allMatch(line -> line.outcome() == Outcome.AGREED);
    }
}
