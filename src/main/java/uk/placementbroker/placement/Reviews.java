package uk.placementbroker.placement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.internal.ReviewStore;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.Refused;

/**
 * Placement reviews: the child's independent reviewing officer (of the child's council) records each one, with
 * progress on every outcome of the contract; the social worker adds feedback; the next review falls due by the
 * contract's rhythm. The caller has opened the placement for the user ({@link Placements#open}).
 */
@Component
public class Reviews {

    /** A placement whose next review is overdue: the child, the home, since when, and when the review was due. */
    public record Overdue(long placementId, long childId, String homeName, LocalDate startDate, LocalDate due) {}

    private final ReviewStore store;
    private final uk.placementbroker.placement.internal.PlacementStore placements;
    private final uk.placementbroker.placement.internal.ContractStore contracts;
    private final AuditLog auditLog;

    Reviews(
            ReviewStore store,
            uk.placementbroker.placement.internal.PlacementStore placements,
            uk.placementbroker.placement.internal.ContractStore contracts,
            AuditLog auditLog) {
        this.store = store;
        this.placements = placements;
        this.contracts = contracts;
        this.auditLog = auditLog;
    }

    /** The council's placements not ended whose next review was due before today, the longest overdue first. */
    public List<Overdue> overdueIn(long localAuthorityId, LocalDate today) {
        List<Placement> started = placements.currentOf(localAuthorityId).stream()
                .filter(placement -> !placement.startDate().isAfter(today))
                .toList();
        java.util.Map<Long, LocalDate> due = nextDueOf(started);
        return started.stream()
                .map(placement -> new Overdue(
                        placement.id(),
                        placement.childId(),
                        placement.homeName(),
                        placement.startDate(),
                        due.get(placement.id())))
                .filter(overdue -> overdue.due().isBefore(today))
                .sorted(java.util.Comparator.comparing(Overdue::due))
                .toList();
    }

    /** When each placement's next review is due by, read at once for a list: each contract's rhythm and the reviews held. */
    public java.util.Map<Long, LocalDate> nextDueOf(List<Placement> listed) {
        List<Long> ids = listed.stream().map(Placement::id).toList();
        java.util.Map<Long, ContractVersion> latest = contracts.latestOf(ids);
        java.util.Map<Long, uk.placementbroker.placement.internal.ReviewStore.Held> held = store.heldOf(ids);
        java.util.Map<Long, LocalDate> due = new java.util.HashMap<>();
        for (Placement placement : listed) {
            ReviewSchedule schedule = latest.containsKey(placement.id())
                    ? latest.get(placement.id()).contract().reviews()
                    : ReviewSchedule.STATUTORY;
            uk.placementbroker.placement.internal.ReviewStore.Held reviews = held.get(placement.id());
            due.put(
                    placement.id(),
                    schedule.nextDue(
                            placement.startDate(),
                            reviews == null ? 0 : reviews.count(),
                            reviews == null ? null : reviews.latest()));
        }
        return due;
    }

    public List<Review> of(Placement placement) {
        return store.of(placement.id());
    }

    @Transactional
    public long record(CurrentUser user, Placement placement, Review.Held held) {
        if (!recordsReviews(user, placement)) {
            throw new Refused("The child's independent reviewing officer records the placement's reviews");
        }
        if (held.heldOn().isBefore(placement.startDate())) {
            throw new Refused("A review of this placement is held on or after its start, "
                    + placement.startDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
        }
        long id = store.insert(placement.id(), held, user.username());
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.CREATED,
                "placement review",
                id,
                "placement " + placement.id() + ", held " + held.heldOn());
        return id;
    }

    @Transactional
    public void feedback(CurrentUser user, Placement placement, long reviewId, String feedback) {
        if (!givesFeedback(user, placement)) {
            throw new Refused("The child's social worker gives feedback on the review");
        }
        if (!store.feedback(placement.id(), reviewId, user.username(), feedback)) {
            throw new MovedOn("Feedback on this review has been given already");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.UPDATED,
                "placement review",
                reviewId,
                "social worker's feedback");
    }

    /** When the next review is due by: the contract's rhythm from the start and the reviews held. */
    public static LocalDate nextDue(Placement placement, ReviewSchedule schedule, List<Review> held) {
        return schedule.nextDue(
                placement.startDate(),
                held.size(),
                held.isEmpty() ? null : held.get(0).heldOn());
    }

    public static boolean recordsReviews(CurrentUser user, Placement placement) {
        return user.belongsTo(placement.localAuthorityId()) && user.hasRole(Role.INDEPENDENT_REVIEWING_OFFICER);
    }

    public static boolean givesFeedback(CurrentUser user, Placement placement) {
        return user.belongsTo(placement.localAuthorityId()) && user.hasRole(Role.SOCIAL_WORKER);
    }
}
