package uk.placementbroker.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.placement.internal.PlacementStore;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.ReferralNumber;
import uk.placementbroker.shared.Refused;

/**
 * The end of a placement, recorded by the council's social worker, broker or team manager once it has happened.
 * In one transaction it ends the child's 903 episode with the reason, frees the home's place, ends the provider's
 * access to the child's details and queues the provider's mail. The caller has opened the placement for the user
 * ({@link Placements#open}).
 */
@Component
public class Endings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** What the person ending the placement says about it. */
    public record Asked(
            boolean planned,
            LocalDate endDate,
            String reason,
            LocalDate noticeGivenOn,
            Ending.Destination destination,
            String note) {}

    /** The ending recorded, and whether the child's episodes of care could show it. */
    public record Ended(Ending ending, boolean inEpisodesOfCare) {}

    private final PlacementStore store;
    private final ChildRecords childRecords;
    private final MarketDirectory market;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final String baseUrl;

    Endings(
            PlacementStore store,
            ChildRecords childRecords,
            MarketDirectory market,
            Outbox outbox,
            AuditLog auditLog,
            @Value("${placementbroker.base-url}") String baseUrl) {
        this.store = store;
        this.childRecords = childRecords;
        this.market = market;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.baseUrl = baseUrl;
    }

    public Optional<Ending> of(Placement placement) {
        return placement.current() ? Optional.empty() : store.ending(placement.id());
    }

    @Transactional
    public Ended end(CurrentUser user, Placement placement, Asked asked, LocalDate today) {
        if (!ends(user, placement)) {
            throw new Refused("The council's social workers, brokers and team managers record the end of a placement");
        }
        if (!Ending.reasons().containsKey(asked.reason())) {
            throw new Refused("Choose the reason for the change from the list");
        }
        if (!asked.endDate().isAfter(placement.startDate())) {
            throw new Refused("The placement can only end after it started, on " + DAY.format(placement.startDate()));
        }
        if (asked.endDate().isAfter(today)) {
            throw new Refused("Record the ending on the day it happens or after: the placement lasts until then");
        }
        if (asked.noticeGivenOn() != null && asked.noticeGivenOn().isAfter(asked.endDate())) {
            throw new Refused("Notice is given before the placement ends, not after");
        }
        Ending ending = new Ending(
                asked.planned(),
                asked.endDate(),
                asked.reason(),
                asked.noticeGivenOn(),
                asked.destination(),
                asked.note() == null ? "" : asked.note().strip(),
                user.username(),
                Instant.now());
        if (!store.end(placement.id(), ending)) {
            throw new MovedOn("This placement has ended already: the page shows how");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.UPDATED,
                "placement",
                placement.id(),
                "ended on " + ending.endDate() + (ending.planned() ? ", planned" : ", unplanned") + " ("
                        + ending.reason() + ")");
        boolean inEpisodes = childRecords.recordPlacementEnded(
                placement.localAuthorityId(),
                placement.childId(),
                placement.startDate(),
                ending.endDate(),
                ending.destination().reasonEpisodeCeased(),
                ending.reason());
        tellTheProvider(placement, ending);
        return new Ended(ending, inEpisodes);
    }

    /** The provider hears the date and the reason, never the council's note nor where the child went. */
    private void tellTheProvider(Placement placement, Ending ending) {
        String reference = ReferralNumber.of(placement.referralId());
        market.referralEmailOf(placement.providerId())
                .ifPresent(email -> outbox.queue(new Mail(
                        email,
                        "Placement ended: " + placement.homeName() + ", referral " + reference,
                        "The council has recorded that the placement of the child of referral " + reference + " in "
                                + placement.homeName() + " ended on " + DAY.format(ending.endDate()) + ". Reason: "
                                + ending.reasonWords() + ".\n\n"
                                + "The child's details are no longer open to you in the portal. Invoice for the nights up"
                                + " to the one before the end date; the place is free to offer to other children.\n\n"
                                + baseUrl + "/portal/referrals/" + placement.referralId() + "\n",
                        "placement-ended-" + placement.id() + "@placement-broker",
                        placement.localAuthorityId())));
    }

    public static boolean ends(CurrentUser user, Placement placement) {
        return placement.current()
                && user.belongsTo(placement.localAuthorityId())
                && (user.hasRole(Role.SOCIAL_WORKER) || user.hasRole(Role.BROKER) || user.hasRole(Role.TEAM_MANAGER));
    }
}
