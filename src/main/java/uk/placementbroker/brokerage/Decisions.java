package uk.placementbroker.brokerage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.Agreement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.placement.WeeklyCosts;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.referral.StaffMail;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * The choice and the decision: the broker sends a shortlist; the social worker proposes one with a
 * rationale; the team manager gives permission to place, and above the cost threshold the head of
 * service must approve too. Nobody approves what they proposed. The final approval books the home.
 */
@Component
public class Decisions {

    /** Where the decision has got to. */
    public record Choice(
            long referralId,
            String sentBy,
            Instant sentAt,
            List<Long> shortlist,
            Long proposedAnswerId,
            String proposedBy,
            String rationale,
            String manager,
            String managerDecision,
            String managerComment,
            String budgetHolder,
            String budgetDecision,
            String budgetComment) {

        public boolean proposed() {
            return proposedAnswerId != null;
        }

        public boolean approvedByManager() {
            return "APPROVED".equals(managerDecision);
        }
    }

    private static final String NOTHING_MORE = "so nothing more can be decided here";

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final Answers answers;
    private final Placements placements;
    private final BigDecimal budgetThreshold;
    private final StaffMail staffMail;

    Decisions(
            JdbcClient jdbc,
            Referrals referrals,
            Answers answers,
            Placements placements,
            StaffMail staffMail,
            @Value("${placementbroker.decision.budget-holder-above-weekly:5000}") BigDecimal budgetThreshold) {
        this.staffMail = staffMail;
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.answers = answers;
        this.placements = placements;
        this.budgetThreshold = budgetThreshold;
    }

    public BigDecimal budgetThreshold() {
        return budgetThreshold;
    }

    @Transactional
    public void sendChoice(CurrentUser user, long referralId, List<Long> answerIds) {
        require(user, Role.BROKER);
        referrals.lockIn(referralId, EnumSet.of(ReferralStatus.SEARCHING, ReferralStatus.CHOOSING), NOTHING_MORE);
        if (choice(user, referralId).filter(Choice::approvedByManager).isPresent()) {
            throw new MovedOn(
                    "The team manager has already given permission to place the child, so the choice cannot be sent again");
        }
        if (answerIds.isEmpty()) {
            throw new Refused("Choose at least one offer to send");
        }
        for (long answerId : answerIds) {
            Answers.Answer answer = answers.find(user.localAuthorityId(), answerId)
                    .filter(found -> found.referralId() == referralId)
                    .orElseThrow(() -> new NotFound());
            if (!answer.offer() || answer.withdrawn()) {
                throw new Refused(answer.providerName() + "'s offer has been withdrawn");
            }
        }
        referrals.choiceSent(user, referralId);
        jdbc.sql("delete from brokerage_choice where referral_id = ?")
                .param(referralId)
                .update();
        jdbc.sql("insert into brokerage_choice (referral_id, local_authority_id, sent_by) values (?, ?, ?)")
                .params(referralId, user.localAuthorityId(), user.username())
                .update();
        for (int i = 0; i < answerIds.size(); i++) {
            jdbc.sql("insert into brokerage_shortlist (referral_id, answer_id, position) values (?, ?, ?)")
                    .params(referralId, answerIds.get(i), i + 1)
                    .update();
        }
        referrals.recordDecision(
                user,
                referralId,
                "Sent a choice of " + answerIds.size() + (answerIds.size() == 1 ? " placement" : " placements"),
                null);
        staffMail.toSocialWorker(
                referralId,
                "a choice of placements waits for your proposal",
                "The broker has sent a choice of " + answerIds.size()
                        + (answerIds.size() == 1 ? " placement" : " placements")
                        + ". Propose the one that meets the child's needs best, and say why.",
                "/choice");
    }

    @Transactional
    public void propose(CurrentUser user, long referralId, long answerId, String rationale) {
        require(user, Role.SOCIAL_WORKER);
        stillChoosing(referralId);
        Choice choice = choice(user, referralId).orElseThrow(() -> new Refused("No choice has been sent yet"));
        if (!choice.shortlist().contains(answerId)) {
            throw new Refused("Choose one of the placements sent");
        }
        jdbc.sql("""
                update brokerage_choice set proposed_answer_id = ?, proposed_by = ?, rationale = ?, proposed_at = now(),
                    manager = null, manager_decision = null, manager_comment = null, decided_at = null,
                    budget_holder = null, budget_decision = null, budget_comment = null, budget_decided_at = null
                where referral_id = ?
                """)
                .params(answerId, user.username(), rationale.strip(), referralId)
                .update();
        Answers.Answer answer = answers.find(user.localAuthorityId(), answerId).orElseThrow();
        Optional<Money> over =
                overBudget(referrals.open(user, referralId).orElseThrow().details(), answer);
        referrals.recordDecision(
                user,
                referralId,
                "Proposed " + answer.homeName() + " (" + answer.providerName() + ")"
                        + over.map(by -> ", " + by + " a week above the budget guidance")
                                .orElse(""),
                rationale);
        tell(
                user,
                Role.TEAM_MANAGER,
                referralId,
                "a proposal waits for your permission to place",
                "The social worker proposes " + answer.homeName() + " (" + answer.providerName()
                        + ") and asks for permission to place."
                        + over.map(by -> " Its weekly cost, " + answer.asOffer().weeklyCost() + ", is " + by
                                        + " above the budget guidance in the referral.")
                                .orElse(""));
    }

    /** Permission to place, or not. Returns the placement when it is agreed now (no budget holder needed). */
    @Transactional
    public Optional<Long> decide(CurrentUser user, long referralId, boolean approve, String comment) {
        require(user, Role.TEAM_MANAGER);
        stillChoosing(referralId);
        Choice choice = proposed(user, referralId);
        if (choice.managerDecision() != null) {
            throw new MovedOn("The referral has just moved on: " + choice.manager() + " has already "
                    + (choice.approvedByManager() ? "given" : "refused")
                    + " permission to place the child in this home");
        }
        if (user.username().equals(choice.proposedBy())) {
            throw new Refused("You proposed this placement, so another manager must approve it");
        }
        jdbc.sql(
                        "update brokerage_choice set manager = ?, manager_decision = ?, manager_comment = ?, decided_at = now() where referral_id = ?")
                .params(user.username(), approve ? "APPROVED" : "REJECTED", comment, referralId)
                .update();
        referrals.recordDecision(
                user, referralId, approve ? "Gave permission to place" : "Did not give permission to place", comment);
        if (!approve) {
            staffMail.toSocialWorker(
                    referralId,
                    "permission to place was not given",
                    "The team manager did not give permission to place the child in the home you proposed."
                            + " Read why, and propose another of the placements offered.",
                    "/choice");
            return Optional.empty();
        }
        if (needsBudgetHolder(user, choice)) {
            tell(
                    user,
                    Role.HEAD_OF_SERVICE,
                    referralId,
                    "a placement waits for you to approve its cost",
                    "The team manager has given permission to place. The weekly cost is above "
                            + Money.of(budgetThreshold) + ", so it waits for a head of service to approve it.");
            return Optional.empty();
        }
        return Optional.of(agree(user, choice, user.username(), null));
    }

    /** The head of service's approval of a placement above the cost threshold. */
    @Transactional
    public Optional<Long> approveBudget(CurrentUser user, long referralId, boolean approve, String comment) {
        require(user, Role.HEAD_OF_SERVICE);
        stillChoosing(referralId);
        Choice choice = proposed(user, referralId);
        if (!choice.approvedByManager() || !needsBudgetHolder(user, choice)) {
            throw new Refused("This placement does not wait for the budget holder");
        }
        if (choice.budgetDecision() != null) {
            throw new MovedOn("The referral has just moved on: " + choice.budgetHolder() + " has already "
                    + ("APPROVED".equals(choice.budgetDecision()) ? "approved" : "refused") + " the cost");
        }
        if (user.username().equals(choice.proposedBy()) || user.username().equals(choice.manager())) {
            throw new Refused("You proposed or approved this placement, so another budget holder must approve it");
        }
        jdbc.sql(
                        "update brokerage_choice set budget_holder = ?, budget_decision = ?, budget_comment = ?, budget_decided_at = now() where referral_id = ?")
                .params(
                        user.username(),
                        approve ? "APPROVED" : "REJECTED",
                        comment == null || comment.isBlank() ? null : comment.strip(),
                        referralId)
                .update();
        referrals.recordDecision(user, referralId, approve ? "Approved the cost" : "Did not approve the cost", comment);
        if (!approve) {
            staffMail.toSocialWorker(
                    referralId,
                    "the cost was not approved",
                    "The head of service did not approve the cost of the placement you proposed."
                            + " Read why, and propose another of the placements offered.",
                    "/choice");
        }
        return approve ? Optional.of(agree(user, choice, choice.manager(), user.username())) : Optional.empty();
    }

    /**
     * How far an offer's weekly cost (the fee and the extras) is above the social worker's budget guidance; empty
     * when there is no guidance or the cost is within it.
     */
    public static Optional<Money> overBudget(ReferralDetails details, Answers.Answer answer) {
        if (details.weeklyBudgetPounds() == null || !answer.offer()) {
            return Optional.empty();
        }
        Money over = answer.asOffer().weeklyCost().minus(Money.pounds(details.weeklyBudgetPounds()));
        return over.compareTo(Money.ZERO) > 0 ? Optional.of(over) : Optional.empty();
    }

    public boolean needsBudgetHolder(CurrentUser user, Choice choice) {
        Answers.Answer answer =
                answers.find(user.localAuthorityId(), choice.proposedAnswerId()).orElseThrow();
        return answer.asOffer().weeklyCost().compareTo(Money.of(budgetThreshold)) > 0;
    }

    public Optional<Choice> choice(CurrentUser user, long referralId) {
        return choices(user, List.of(referralId)).stream().findFirst();
    }

    /** The choices of these referrals of the council, in one query (the shortlist is read with each). */
    public List<Choice> choices(CurrentUser user, java.util.Collection<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.referral_id, c.sent_by, c.sent_at,
                       array(select s.answer_id from brokerage_shortlist s where s.referral_id = c.referral_id order by s.position),
                       c.proposed_answer_id, c.proposed_by, c.rationale, c.manager, c.manager_decision, c.manager_comment,
                       c.budget_holder, c.budget_decision, c.budget_comment
                from brokerage_choice c where c.referral_id = any (?) and c.local_authority_id = ?
                """)
                .params(referralIds.toArray(Long[]::new), user.localAuthorityId())
                .query((row, number) -> new Choice(
                        row.getLong(1),
                        row.getString(2),
                        row.getTimestamp(3).toInstant(),
                        List.of((Long[]) row.getArray(4).getArray()),
                        (Long) row.getObject(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9),
                        row.getString(10),
                        row.getString(11),
                        row.getString(12),
                        row.getString(13)))
                .list();
    }

    private long agree(CurrentUser user, Choice choice, String permittedBy, String budgetApprovedBy) {
        Referrals.Referral referral = referrals.open(user, choice.referralId()).orElseThrow(() -> new NotFound());
        Answers.Answer answer =
                answers.find(user.localAuthorityId(), choice.proposedAnswerId()).orElseThrow();
        if (answer.withdrawn()) {
            throw new Refused("The provider has withdrawn this offer");
        }
        Answers.Offer offer = answer.asOffer();
        Placements.Agreed agreed = placements.agree(new Agreement(
                user.localAuthorityId(),
                referral.id(),
                referral.childId(),
                answer.providerId(),
                answer.providerOrganisationId(),
                answer.providerName(),
                answer.home(),
                answer.homeName(),
                answer.id(),
                choice.proposedBy(),
                permittedBy,
                budgetApprovedBy,
                answer.availableFrom(),
                new WeeklyCosts(
                        offer.weeklyFee(),
                        offer.oneToOneHours(),
                        offer.oneToOneRate(),
                        offer.educationWeekly(),
                        offer.transportWeekly(),
                        offer.therapyWeekly(),
                        Money.ZERO),
                offer.oneOffCosts(),
                referral.details().outcomes()));
        referrals.placed(user, referral.id());
        referrals.recordDecision(
                user,
                referral.id(),
                "Placement agreed: " + answer.homeName() + " from " + answer.availableFrom(),
                null);
        if (!agreed.inEpisodesOfCare()) {
            referrals.recordDecision(
                    user,
                    referral.id(),
                    "The placement is not in the child's episodes of care: the child was not looked after "
                            + "on the day it starts. Record the legal status and the episode in the council's case record.",
                    null);
        }
        return agreed.placement().id();
    }

    private void tell(CurrentUser user, Role role, long referralId, String subject, String what) {
        staffMail.toRole(user.localAuthorityId(), role, referralId, subject, what, "/choice");
    }

    private void stillChoosing(long referralId) {
        referrals.lockIn(referralId, EnumSet.of(ReferralStatus.CHOOSING), NOTHING_MORE);
    }

    private Choice proposed(CurrentUser user, long referralId) {
        Choice choice = choice(user, referralId).orElseThrow(() -> new Refused("No choice has been sent yet"));
        if (!choice.proposed()) {
            throw new Refused("The social worker has not proposed a placement yet");
        }
        return choice;
    }

    private static void require(CurrentUser user, Role role) {
        if (!user.hasRole(role) || user.localAuthorityId() == null) {
            throw new Refused("This is for a " + role.label().toLowerCase());
        }
    }
}
