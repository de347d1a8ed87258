package uk.placementbroker.referral;

import java.util.Collection;
import java.util.Map;
import uk.placementbroker.identity.CurrentUser;

/**
 * Who a referral waits for while the choice of a placement is made: the social worker to propose, the team
 * manager to give permission, or the head of service to approve the cost. The brokerage module, which makes
 * the choice, answers; the referral list asks.
 */
public interface ChoiceProgress {

    /** For each of these referrals of the user's council that is choosing, who it waits for, in words. */
    Map<Long, String> waitingFor(CurrentUser user, Collection<Long> choosingReferralIds);
}
