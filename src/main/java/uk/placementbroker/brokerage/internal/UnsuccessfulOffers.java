package uk.placementbroker.brokerage.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.placement.PlacementAgreed;
import uk.placementbroker.referral.AnonymisedReferral;
import uk.placementbroker.referral.ReferralWithdrawn;

/**
 * Tells every provider whose offer was not chosen, once the placement is agreed or the referral is
 * withdrawn, so that they can offer the home to another child. The mail says nothing about the home
 * chosen, its provider or its fee, nor why a referral was withdrawn. The events come through the
 * publication registry, so a mail is queued even when the application stopped just after the decision.
 */
@Component
public class UnsuccessfulOffers {

    public record Unsuccessful(long answerId, String email, String homeName) {}

    private final JdbcClient jdbc;
    private final Outbox outbox;

    UnsuccessfulOffers(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    public void placementAgreed(PlacementAgreed agreed) {
        tell(
                agreed.referralId(),
                of(agreed.referralId(), agreed.offerId()),
                "your offer was not chosen",
                "The council has agreed a placement elsewhere, so your offer was not chosen.");
    }

    /** Every offer still standing is no longer needed. */
    @ApplicationModuleListener
    public void withdrawn(ReferralWithdrawn withdrawn) {
        tell(
                withdrawn.referralId(),
                of(withdrawn.referralId(), -1),
                "the council no longer needs this placement",
                "The council has withdrawn the referral: the child no longer needs this placement.");
    }

    /** Each offer still standing but not chosen, with the address the provider's referral came to. */
    public List<Unsuccessful> of(long referralId, long chosenAnswerId) {
        return jdbc.sql("""
                select a.id as answer_id, x.email, a.home_name
                from brokerage_answer a join brokerage_recipient x on x.round_id = a.round_id and x.provider_id = a.provider_id
                where a.referral_id = ? and a.kind = 'OFFER' and a.withdrawn_at is null and a.id <> ?
                order by a.id
                """)
                .params(referralId, chosenAnswerId)
                .query(Unsuccessful.class)
                .list();
    }

    private void tell(long referralId, List<Unsuccessful> providers, String subject, String why) {
        String reference = AnonymisedReferral.referenceOf(referralId);
        for (Unsuccessful provider : providers) {
            outbox.queue(new Mail(
                    provider.email(),
                    "Referral " + reference + ": " + subject,
                    "Thank you for offering " + provider.homeName() + " for referral " + reference + ".\n\n" + why
                            + " The home is free to offer to other children.\n",
                    "unsuccessful-offer-" + provider.answerId() + "@placement-broker"));
        }
    }
}
