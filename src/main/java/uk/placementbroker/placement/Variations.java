package uk.placementbroker.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.internal.VariationStore;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * Changes to a placement's price. The provider asks in the portal, or the council's broker does; the broker agrees
 * or refuses the provider's; a price that would be above the head of service's weekly threshold waits for a head of
 * service (never the one who agreed it), as a placement does. Once approved it makes the contract's next version,
 * issued to both parties. Each step checks the state it moves from and is audited. The caller has opened the
 * placement for the user ({@link Placements#open}).
 */
@Component
public class Variations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What is asked: the changes, or for an annual uplift the percentage every item goes up by. */
    public record Asked(
            LocalDate effectiveFrom,
            Variation.Reason reason,
            String explanation,
            List<Variation.Change> changes,
            BigDecimal upliftPercent) {}

    private final VariationStore store;
    private final Contracts contracts;
    private final AuditLog auditLog;
    private final Money threshold;
    private final BigDecimal upliftCapPercent;

    Variations(
            VariationStore store,
            Contracts contracts,
            AuditLog auditLog,
            @Value("${placementbroker.decision.budget-holder-above-weekly:5000}") BigDecimal thresholdPounds,
            @Value("${placementbroker.variation.annual-uplift-cap-percent:1.5}") BigDecimal upliftCapPercent) {
        this.store = store;
        this.contracts = contracts;
        this.auditLog = auditLog;
        this.threshold = Money.of(thresholdPounds);
        this.upliftCapPercent = upliftCapPercent;
    }

    public Money threshold() {
        return threshold;
    }

    public BigDecimal upliftCapPercent() {
        return upliftCapPercent;
    }

    public List<Variation> of(Placement placement) {
        return store.of(placement.id());
    }

    /** The council's changes to prices waiting for a decision, to its own staff. */
    public List<Variation> waitingIn(CurrentUser user) {
        return user.localAuthorityId() == null ? List.of() : store.openIn(user.localAuthorityId());
    }

    @Transactional
    public long ask(CurrentUser user, Placement placement, Asked asked) {
        boolean byProvider = Contracts.answersForTheProvider(user, placement);
        if (!placement.current() || !(byProvider || Contracts.isCouncilsBroker(user, placement))) {
            throw new Refused("The placed provider or the council's broker asks for a change to the price");
        }
        List<ContractVersion> versions = contracts.versions(placement);
        ContractVersion latest = versions.isEmpty() ? null : versions.get(0);
        if (latest == null || latest.state() == ContractVersion.State.DRAFT) {
            throw new Refused("The contract has not been issued yet: the broker changes the price in the draft");
        }
        if (asked.effectiveFrom().isBefore(latest.effectiveFrom())) {
            throw new Refused("A change takes effect on or after the latest version of the contract, from "
                    + DAY.format(latest.effectiveFrom()));
        }
        Price price = latest.contract().price();
        List<Variation.Change> changes = asked.changes();
        if (asked.reason() == Variation.Reason.ANNUAL_UPLIFT) {
            if (asked.upliftPercent() == null
                    || asked.upliftPercent().signum() <= 0
                    || asked.upliftPercent().compareTo(upliftCapPercent) > 0) {
                throw new Refused(
                        "The framework's annual uplift is the lower of CPI and " + upliftCapPercent.toPlainString()
                                + "%: enter an uplift above 0 and at most " + upliftCapPercent.toPlainString() + "%");
            }
            changes = Variation.uplift(price, asked.effectiveFrom(), asked.upliftPercent());
        }
        Price changed = Variation.applied(price, asked.effectiveFrom(), changes);
        Money before = price.weeklyOn(asked.effectiveFrom());
        Money after = changed.weeklyOn(asked.effectiveFrom());
        if (changes.stream().allMatch(change -> unchanged(price, asked.effectiveFrom(), change))) {
            throw new Refused("Nothing changes: enter the new amount of at least one item");
        }
        // The broker's own change below the threshold is agreed and approved as it is asked: it is recorded as waiting,
        // then applied at once, so that every approval takes the same step.
        Variation.State state = byProvider
                ? Variation.State.ASKED
                : after.compareTo(threshold) > 0 ? Variation.State.WAITING_FOR_APPROVAL : Variation.State.APPROVED;
        Variation variation = new Variation(
                0,
                placement.id(),
                byProvider,
                user.username(),
                Instant.now(),
                asked.effectiveFrom(),
                asked.reason(),
                asked.explanation() == null ? "" : asked.explanation().strip(),
                changes,
                before,
                after,
                state == Variation.State.APPROVED ? Variation.State.WAITING_FOR_APPROVAL : state,
                byProvider ? null : user.username(),
                null,
                null,
                null,
                null);
        long id = store.insert(variation)
                .orElseThrow(
                        () -> new MovedOn(
                                "A change to the price is already waiting for a decision: it is decided before another is asked"));
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.CREATED,
                "placement variation",
                id,
                "placement " + placement.id() + ", " + before + " to " + after + " a week from "
                        + asked.effectiveFrom());
        if (state == Variation.State.APPROVED) {
            apply(user, placement, store.find(placement.id(), id).orElseThrow(), latest);
        }
        return id;
    }

    /** The broker agrees the provider's request: applied now, or sent to the head of service above the threshold. */
    @Transactional
    public void agree(CurrentUser user, Placement placement, long variationId) {
        if (!Contracts.isCouncilsBroker(user, placement)) {
            throw new Refused("The council's broker agrees a change the provider asks for");
        }
        Variation variation = open(placement, variationId, Variation.State.ASKED);
        boolean aboveThreshold = variation.weeklyAfter().compareTo(threshold) > 0;
        if (!store.agree(variationId, Variation.State.ASKED, Variation.State.WAITING_FOR_APPROVAL, user.username())) {
            throw new MovedOn("This change has just been decided: the page shows how");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(), AuditAction.UPDATED, "placement variation", variationId, "agreed");
        if (!aboveThreshold) {
            apply(user, placement, store.find(placement.id(), variationId).orElseThrow(), latest(placement));
        }
    }

    /** A head of service approves a change above the threshold: it makes the contract's next version. */
    @Transactional
    public void approve(CurrentUser user, Placement placement, long variationId) {
        if (!user.belongsTo(placement.localAuthorityId()) || !user.hasRole(Role.HEAD_OF_SERVICE)) {
            throw new Refused("A head of service of the council approves a price above the threshold");
        }
        Variation variation = open(placement, variationId, Variation.State.WAITING_FOR_APPROVAL);
        if (user.username().equals(variation.agreedBy())) {
            throw new Refused("You agreed this change, so another head of service approves it");
        }
        apply(user, placement, variation, latest(placement));
    }

    /** The broker refuses the provider's request, or the head of service one waiting for approval. */
    @Transactional
    public void refuse(CurrentUser user, Placement placement, long variationId, String why) {
        Variation variation = store.find(placement.id(), variationId).orElseThrow(() -> new NotFound("Variation"));
        boolean mayRefuse = variation.state() == Variation.State.ASKED
                ? Contracts.isCouncilsBroker(user, placement)
                : user.belongsTo(placement.localAuthorityId()) && user.hasRole(Role.HEAD_OF_SERVICE);
        if (!variation.state().open()) {
            throw new MovedOn("This change has been decided already: "
                    + variation.state().words().toLowerCase(Locale.UK));
        }
        if (!mayRefuse) {
            throw new Refused(
                    variation.state() == Variation.State.ASKED
                            ? "The council's broker decides a change the provider asks for"
                            : "A head of service of the council decides a price above the threshold");
        }
        if (!store.refuse(variationId, variation.state(), user.username(), why)) {
            throw new MovedOn("This change has just been decided: the page shows how");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(), AuditAction.UPDATED, "placement variation", variationId, "refused");
    }

    private void apply(CurrentUser user, Placement placement, Variation variation, ContractVersion latest) {
        if (variation.effectiveFrom().isBefore(latest.effectiveFrom())) {
            throw new MovedOn("The contract has a later version since this change was asked: ask again from "
                    + DAY.format(latest.effectiveFrom()) + " or after");
        }
        Price changed = Variation.applied(latest.contract().price(), variation.effectiveFrom(), variation.changes());
        int version = contracts.issueVariation(
                placement,
                latest,
                changed,
                variation.effectiveFrom(),
                user.username(),
                "Price changed: " + variation.reason().words()
                        + (variation.explanation().isBlank() ? "" : " (" + variation.explanation() + ")"));
        if (!store.approve(variation.id(), Variation.State.WAITING_FOR_APPROVAL, user.username(), version)) {
            throw new MovedOn("This change has just been decided: the page shows how");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.UPDATED,
                "placement variation",
                variation.id(),
                "approved: contract version " + version);
    }

    private static boolean unchanged(Price price, LocalDate effective, Variation.Change change) {
        return price.inForceOn(effective, change.item())
                .map(line -> line.weekly().equals(change.weekly())
                        && (line.hours() == null
                                ? change.hours() == null
                                : change.hours() != null && line.hours().compareTo(change.hours()) == 0))
                .orElse(change.ends());
    }

    private Variation open(Placement placement, long variationId, Variation.State expected) {
        Variation variation = store.find(placement.id(), variationId).orElseThrow(() -> new NotFound("Variation"));
        if (variation.state() != expected) {
            throw new MovedOn("This change is no longer waiting for that: "
                    + variation.state().words().toLowerCase(Locale.UK));
        }
        return variation;
    }

    private ContractVersion latest(Placement placement) {
        return contracts.versions(placement).get(0);
    }
}
