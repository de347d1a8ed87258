package uk.placementbroker.brokerage.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.placement.PlacementAgreed;
import uk.placementbroker.referral.ReferralWithdrawn;
import uk.placementbroker.shared.ReferralNumber;

/**
 * Tells each provider how its offer ended, once the placement is agreed or the referral is withdrawn:
 * the one chosen, with what happens next; every other, so that it can offer the home to another child
 * (that mail says nothing about the home chosen, its provider or its fee, nor why a referral was
 * withdrawn). The events come through the publication registry, so the mails are queued even when the
 * application stopped just after the decision; their message ids make a second hearing mail nobody twice.
 */
@Component
public class OfferOutcomes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** An offer still standing, with the address the provider's referral came to. */
    record Standing(long answerId, String email, String homeName, long localAuthorityId) {}

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final String baseUrl;

    OfferOutcomes(JdbcClient jdbc, Outbox outbox, @Value("${placementbroker.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    public void placementAgreed(PlacementAgreed agreed) {
        for (Standing offer : standing(agreed.referralId())) {
            if (offer.answerId() == agreed.offerId()) {
                tellChosen(agreed, offer);
            } else {
                tellNotNeeded(
                        agreed.referralId(),
                        offer,
                        "your offer was not chosen",
                        "The council has agreed a placement elsewhere, so your offer was not chosen.");
            }
        }
    }

    /** Every offer still standing is no longer needed. */
    @ApplicationModuleListener
    public void withdrawn(ReferralWithdrawn withdrawn) {
        for (Standing offer : standing(withdrawn.referralId())) {
            tellNotNeeded(
                    withdrawn.referralId(),
                    offer,
                    "the council no longer needs this placement",
                    "The council has withdrawn the referral: the child no longer needs this placement.");
        }
    }

    private List<Standing> standing(long referralId) {
        return jdbc.sql("""
                select a.id as answer_id, x.email, a.home_name, r.local_authority_id
                from brokerage_answer a join brokerage_recipient x on x.round_id = a.round_id and x.provider_id = a.provider_id
                join brokerage_round r on r.id = a.round_id
                where a.referral_id = ? and a.kind = 'OFFER' and a.withdrawn_at is null
                order by a.id
                """).param(referralId).query(Standing.class).list();
    }

    private void tellChosen(PlacementAgreed agreed, Standing offer) {
        String reference = ReferralNumber.of(agreed.referralId());
        outbox.queue(new Mail(
                offer.email(),
                "Referral " + reference + ": your offer was chosen",
                "The council has agreed to place the child of referral " + reference + " in " + offer.homeName()
                        + " from "
                        + DAY.format(agreed.startDate()) + ".\n\n"
                        + "What happens next: the council's brokerage team sends you the Individual Placement Contract,"
                        + " with the outcomes the placement is to achieve, to agree before the child arrives. The child's"
                        + " social worker will be in touch to plan the move. Until then the home's place is held for this child.\n\n"
                        + baseUrl + "/portal/referrals/" + agreed.referralId() + "\n",
                "chosen-offer-" + offer.answerId() + "@placement-broker",
                offer.localAuthorityId()));
    }

    private void tellNotNeeded(long referralId, Standing offer, String subject, String why) {
        String reference = ReferralNumber.of(referralId);
        outbox.queue(new Mail(
                offer.email(),
                "Referral " + reference + ": " + subject,
                "Thank you for offering " + offer.homeName() + " for referral " + reference + ".\n\n" + why
                        + " The home is free to offer to other children.\n",
                "unsuccessful-offer-" + offer.answerId() + "@placement-broker",
                offer.localAuthorityId()));
    }
}
