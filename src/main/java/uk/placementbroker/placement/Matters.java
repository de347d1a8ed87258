package uk.placementbroker.placement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.internal.MatterStore;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.Refused;

/**
 * Disputes, complaints and compliments per placement: the council's staff record them; its brokers and team
 * managers resolve them. The placed provider reads the disputes and compliments. The caller has opened the
 * placement for the user ({@link Placements#open}).
 */
@Component
public class Matters {

    private final MatterStore store;
    private final AuditLog auditLog;

    Matters(MatterStore store, AuditLog auditLog) {
        this.store = store;
        this.auditLog = auditLog;
    }

    /** What the user may read of the placement's matters, the latest first. */
    public List<Matter> of(CurrentUser user, Placement placement) {
        return store.of(placement.id()).stream()
                .filter(matter -> user.belongsTo(placement.localAuthorityId()) || matter.sharedWithTheProvider())
                .toList();
    }

    @Transactional
    public long record(
            CurrentUser user,
            Placement placement,
            Matter.Kind kind,
            String raisedBy,
            String about,
            LocalDate raisedOn) {
        if (!user.belongsTo(placement.localAuthorityId())) {
            throw new Refused("The council's staff record disputes, complaints and compliments");
        }
        long id = store.insert(placement.id(), kind, raisedBy, about, raisedOn, user.username());
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.CREATED,
                "placement matter",
                id,
                kind.words() + ", placement " + placement.id());
        return id;
    }

    @Transactional
    public void resolve(CurrentUser user, Placement placement, long matterId, String resolution) {
        if (!resolves(user, placement)) {
            throw new Refused("The council's brokers and team managers resolve disputes and complaints");
        }
        if (!store.resolve(placement.id(), matterId, resolution, user.username())) {
            throw new MovedOn("This has been resolved already");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(), AuditAction.UPDATED, "placement matter", matterId, "resolved");
    }

    public static boolean resolves(CurrentUser user, Placement placement) {
        return user.belongsTo(placement.localAuthorityId())
                && (user.hasRole(Role.BROKER) || user.hasRole(Role.TEAM_MANAGER));
    }
}
