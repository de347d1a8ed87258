package uk.placementbroker.placement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.placement.internal.PlacementStore;
import uk.placementbroker.placement.internal.StandardPlacements;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.PlacementType;

/**
 * The one place a placement comes into being, and where others read it. Agreeing books the home under
 * its lock, records the placement with its costs item by item, makes it the child's next 903 episode
 * of care, and publishes {@link PlacementAgreed}.
 */
@Component
public class Placements {

    /** The placement agreed, and whether it could become the child's next episode of care. */
    public record Agreed(Placement placement, boolean inEpisodesOfCare) {}

    /** A placement agreed, for the councils' figures: where and when, nothing about the child. */
    public record AgreedHome(long localAuthorityId, long referralId, HomeRef home, Instant agreedAt) {}

    private final PlacementStore store;
    private final MarketDirectory market;
    private final ChildRecords childRecords;
    private final StandardPlacements standard;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Contracts contracts;

    Placements(
            PlacementStore store,
            MarketDirectory market,
            ChildRecords childRecords,
            StandardPlacements standard,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Contracts contracts) {
        this.store = store;
        this.market = market;
        this.childRecords = childRecords;
        this.standard = standard;
        this.auditLog = auditLog;
        this.events = events;
        this.contracts = contracts;
    }

    /**
     * In the caller's transaction: the decision and the placement stand or fall together.
     *
     * @throws Placement.HomeFull when another decision has just filled the home's last place
     */
    @Transactional
    public Agreed agree(Agreement agreement) {
        store.lock(agreement.home());
        Optional<MarketDirectory.PlacedHome> home = market.placedHome(agreement.home());
        Placement placement = Placement.agree(
                agreement,
                store.currentIn(agreement.home()),
                home.map(MarketDirectory.PlacedHome::places).orElse(1),
                Instant.now());
        placement = placement.withId(store.insert(placement));
        contracts.draftFirst(placement);
        auditLog.record(
                AuditAction.CREATED,
                "placement",
                placement.id(),
                "referral " + agreement.referralId() + ", " + agreement.homeName());
        Placement placed = placement;
        boolean inEpisodes = home.map(found -> childRecords.recordPlacement(
                        placed.localAuthorityId(),
                        placed.childId(),
                        placed.startDate(),
                        found.placeCode(),
                        found.providerCode(),
                        found.outwardCode(),
                        found.urn()))
                .orElse(false);
        events.publishEvent(new PlacementAgreed(
                placement.id(),
                placement.localAuthorityId(),
                placement.referralId(),
                placement.childId(),
                placement.offerId(),
                placement.startDate()));
        return new Agreed(placement, inEpisodes);
    }

    /**
     * The placement, to those who may see it: staff of the child's council, and the placed provider's own users
     * while it lasts (they read the child's details it needs). Every view is in the audit log, where the child's
     * council sees it.
     */
    public Optional<Placement> open(CurrentUser user, long placementId) {
        Optional<Placement> found = store.find(placementId).filter(placement -> maySee(user, placement));
        found.ifPresent(placement -> auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.VIEWED,
                "placement",
                placement.id(),
                "child " + placement.childId()));
        return found;
    }

    /**
     * The placements that have not ended: the council's, to its own staff; a provider's, to its portal users. The list
     * is audited, as it names children.
     */
    public List<Placement> currentFor(CurrentUser user) {
        List<Placement> current;
        if (user.localAuthorityId() != null) {
            current = store.currentOf(user.localAuthorityId());
        } else if (user.hasRole(uk.placementbroker.identity.Role.PROVIDER_USER)
                && user.providerOrganisationId() != null) {
            current = store.currentWith(user.providerOrganisationId());
        } else {
            return List.of();
        }
        current.stream()
                .collect(java.util.stream.Collectors.groupingBy(Placement::localAuthorityId))
                .forEach((council, ofCouncil) -> auditLog.listedAbout(
                        council,
                        "placements",
                        ofCouncil.stream().map(Placement::childId).toList()));
        return current;
    }

    /** Whether the user is of the child's council, or of the placed provider while the placement lasts. */
    public static boolean maySee(CurrentUser user, Placement placement) {
        if (user.belongsTo(placement.localAuthorityId())) {
            return true;
        }
        return placement.current()
                && user.hasRole(uk.placementbroker.identity.Role.PROVIDER_USER)
                && user.providerOrganisationId() != null
                && user.providerOrganisationId().equals(placement.providerOrganisationId());
    }

    public Optional<Placement> ofReferral(long localAuthorityId, long referralId) {
        return store.ofReferral(localAuthorityId, referralId);
    }

    /**
     * The placement agreed from one of these offers, if any: how a provider's portal knows a referral was
     * placed with it, and nothing of another provider's.
     */
    public Optional<Placement> agreedFromAnyOf(List<Long> offerIds) {
        return offerIds.isEmpty() ? Optional.empty() : store.fromAnyOfOffers(offerIds);
    }

    /** Every placement the council has agreed, for its figures (the caller names no child). */
    public List<Placement> agreedIn(long localAuthorityId) {
        return store.ofCouncils(List.of(localAuthorityId));
    }

    public List<AgreedHome> agreedFor(List<Long> localAuthorityIds) {
        if (localAuthorityIds.isEmpty()) {
            return List.of();
        }
        return store.ofCouncils(localAuthorityIds).stream()
                .map(placement -> new AgreedHome(
                        placement.localAuthorityId(), placement.referralId(), placement.home(), placement.agreedAt()))
                .toList();
    }

    /**
     * A placement a provider may invoice: its own, current or ended within the last year. Nothing about the child
     * but the record number, which the provider never sees and finance uses to find another provider's same days.
     */
    public record Invoiceable(
            long placementId,
            long localAuthorityId,
            long providerId,
            Long providerOrganisationId,
            String providerName,
            long childId,
            String invoicingReference,
            String homeName,
            java.time.LocalDate startDate,
            java.time.LocalDate endedOn) {}

    /** The provider organisation's placements it may invoice, the latest start first. */
    public List<Invoiceable> invoiceableBy(long providerOrganisationId, java.time.LocalDate today) {
        return store.invoiceableBy(providerOrganisationId, today.minusYears(1)).stream()
                .map(Placements::invoiceable)
                .toList();
    }

    /** The council's placements its finance officers may enter an invoice for, the latest start first. */
    public List<Invoiceable> invoiceableIn(long localAuthorityId, java.time.LocalDate today) {
        return store.invoiceableIn(localAuthorityId, today.minusYears(1)).stream()
                .map(Placements::invoiceable)
                .toList();
    }

    public Optional<Invoiceable> invoiceable(long placementId) {
        return store.find(placementId).map(Placements::invoiceable);
    }

    private static Invoiceable invoiceable(Placement placement) {
        return new Invoiceable(
                placement.id(),
                placement.localAuthorityId(),
                placement.providerId(),
                placement.providerOrganisationId(),
                placement.providerName(),
                placement.childId(),
                Contracts.invoicingReference(placement),
                placement.homeName(),
                placement.startDate(),
                placement.endedOn());
    }

    /** What the council agreed to pay for the placement (see {@link Contracts#inForce}). */
    public Contract agreedToPay(long placementId) {
        return contracts.inForce(store.find(placementId).orElseThrow());
    }

    /** What the councils learn from their placements (see {@link PlacementMeasures}); no child is named. */
    public PlacementMeasures.Measures measures(List<Long> localAuthorityIds, Map<Long, String> councilNames) {
        return PlacementMeasures.of(facts(localAuthorityIds), councilNames);
    }

    /** A provider's past placements with the councils: its stability, for its profile. */
    public PlacementMeasures.Group pastPlacementsOf(long providerId, List<Long> localAuthorityIds) {
        return PlacementMeasures.ofProvider(facts(localAuthorityIds), providerId);
    }

    private List<PlacementMeasures.Facts> facts(List<Long> localAuthorityIds) {
        if (localAuthorityIds.isEmpty()) {
            return List.of();
        }
        List<PlacementStore.Measured> measured = store.measured(localAuthorityIds);
        Map<HomeRef, PlacementType> types = market.placementTypes(
                measured.stream().map(PlacementStore.Measured::home).collect(java.util.stream.Collectors.toSet()));
        return measured.stream()
                .map(each -> new PlacementMeasures.Facts(
                        each.localAuthorityId(),
                        each.providerId(),
                        each.provider(),
                        types.getOrDefault(each.home(), PlacementType.FOSTERING),
                        each.start(),
                        each.end(),
                        each.planned(),
                        each.outcomesRated(),
                        each.outcomesAchieved()))
                .toList();
    }

    /** The referral's placement in the Placements Standard's terms, judged against what the referral asked. */
    public Optional<StandardPlacement> asStandard(
            long localAuthorityId, long referralId, StandardPlacement.Asked asked) {
        return store.ofReferral(localAuthorityId, referralId).map(placement -> standard.of(placement, asked));
    }
}
