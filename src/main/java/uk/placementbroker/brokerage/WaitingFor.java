package uk.placementbroker.brokerage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.ChoiceProgress;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;

/**
 * What waits for this person: the social worker's referrals returned with comments and choices to
 * propose from, the team manager's permissions to look and to place, the head of service's costs to
 * approve. One list, so that the home page and the referral list say the same.
 */
@Component
public class WaitingFor implements ChoiceProgress {

    /** A referral waiting for this person, and what they are to do. */
    public record Item(long referralId, String childName, String childReference, String what, String href) {}

    private final Referrals referrals;
    private final Decisions decisions;
    private final Rounds rounds;
    private final AuditLog auditLog;

    WaitingFor(Referrals referrals, Decisions decisions, Rounds rounds, AuditLog auditLog) {
        this.referrals = referrals;
        this.decisions = decisions;
        this.rounds = rounds;
        this.auditLog = auditLog;
    }

    public List<Item> of(CurrentUser user) {
        if (user.hasRole(Role.IN_HOUSE_FOSTERING) && user.localAuthorityId() != null) {
            return forFosteringTeam(user);
        }
        boolean hasTasks = user.hasRole(Role.SOCIAL_WORKER)
                || user.hasRole(Role.TEAM_MANAGER)
                || user.hasRole(Role.HEAD_OF_SERVICE);
        if (!hasTasks || user.localAuthorityId() == null) {
            return List.of();
        }
        List<Referrals.Referral> open = referrals.inStatus(
                user, EnumSet.of(ReferralStatus.RETURNED, ReferralStatus.AWAITING_PERMISSION, ReferralStatus.CHOOSING));
        Map<Long, Decisions.Choice> choices = decisions
                .choices(
                        user,
                        open.stream()
                                .filter(referral -> referral.status() == ReferralStatus.CHOOSING)
                                .map(Referrals.Referral::id)
                                .toList())
                .stream()
                .collect(Collectors.toMap(Decisions.Choice::referralId, choice -> choice));
        List<Item> items = new ArrayList<>();
        List<Long> children = new ArrayList<>();
        for (Referrals.Referral referral : open) {
            String what = switch (referral.status()) {
                case RETURNED ->
                    user.hasRole(Role.SOCIAL_WORKER) ? "Answer the broker's comments and send it again" : null;
                case AWAITING_PERMISSION ->
                    user.hasRole(Role.TEAM_MANAGER) ? "Give permission to look, or return it" : null;
                default -> choices.containsKey(referral.id()) ? stepFor(user, choices.get(referral.id())) : null;
            };
            if (what != null) {
                String page = referral.status() == ReferralStatus.CHOOSING ? "/choice" : "";
                items.add(new Item(
                        referral.id(),
                        referral.childName(),
                        referral.childReference(),
                        what,
                        "/referrals/" + referral.id() + page));
                children.add(referral.childId());
            }
        }
        auditLog.listed("Waiting for you", children);
        items.sort(Comparator.comparing(Item::referralId));
        return items;
    }

    /** The referrals the fostering team has been asked about and not yet answered, while the council still looks. */
    private List<Item> forFosteringTeam(CurrentUser user) {
        List<Long> unanswered = rounds.sentToInHouse(user.localAuthorityId()).stream()
                .filter(request -> request.answers() == 0)
                .map(Rounds.InHouseRequest::referralId)
                .toList();
        Map<Long, Referrals.Referral> byId = referrals.askedOfFosteringTeam(user, unanswered).stream()
                .filter(referral -> referral.status() == ReferralStatus.SEARCHING)
                .collect(Collectors.toMap(Referrals.Referral::id, referral -> referral));
        return unanswered.stream()
                .filter(byId::containsKey)
                .map(byId::get)
                .map(referral -> new Item(
                        referral.id(),
                        referral.childName(),
                        referral.childReference(),
                        "Offer one of our carers, or say why none can",
                        "/in-house/referrals/" + referral.id()))
                .toList();
    }

    @Override
    public Map<Long, String> waitingFor(CurrentUser user, Collection<Long> choosingReferralIds) {
        Map<Long, String> waiting = new HashMap<>();
        for (Decisions.Choice choice : decisions.choices(user, choosingReferralIds)) {
            Role next = next(user, choice);
            if (next != null) {
                waiting.put(choice.referralId(), "the " + next.label().toLowerCase(Locale.ROOT));
            }
        }
        return waiting;
    }

    private String stepFor(CurrentUser user, Decisions.Choice choice) {
        Role next = next(user, choice);
        if (next == null || !user.hasRole(next)) {
            return null;
        }
        return switch (next) {
            case SOCIAL_WORKER ->
                "REJECTED".equals(choice.budgetDecision()) || "REJECTED".equals(choice.managerDecision())
                        ? "Propose another of the placements offered"
                        : "Propose one of the placements offered";
            case TEAM_MANAGER ->
                user.username().equals(choice.proposedBy()) ? null : "Give permission to place, or not";
            case HEAD_OF_SERVICE -> "Approve the cost, or not";
            default -> null;
        };
    }

    /** Whose step is next in the choice: a refusal by the manager or the budget holder sends it back to the social worker. */
    private Role next(CurrentUser user, Decisions.Choice choice) {
        if (!choice.proposed()
                || "REJECTED".equals(choice.managerDecision())
                || "REJECTED".equals(choice.budgetDecision())) {
            return Role.SOCIAL_WORKER;
        }
        if (choice.managerDecision() == null) {
            return Role.TEAM_MANAGER;
        }
        if (choice.budgetDecision() == null && decisions.needsBudgetHolder(user, choice)) {
            return Role.HEAD_OF_SERVICE;
        }
        return null;
    }
}
