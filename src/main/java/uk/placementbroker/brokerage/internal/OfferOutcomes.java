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
import uk.placementbroker.referral.AnonymisedReferral;
import uk.placementbroker.referral.ReferralWithdrawn;

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

    public record Unsuccessful(long answerId, String email, String homeName) {}

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
        tellChosen(agreed);
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

    private void tellChosen(PlacementAgreed agreed) {
        String reference = AnonymisedReferral.referenceOf(agreed.referralId());
        jdbc.sql("""
                        select x.email, a.home_name from brokerage_answer a
                        join brokerage_recipient x on x.round_id = a.round_id and x.provider_id = a.provider_id where a.id = ?
                        """)
                .param(agreed.offerId())
                .query((row, number) -> new Mail(
                        row.getString(1),
                        "Referral " + reference + ": your offer was chosen",
                        "The council has agreed to place the child of referral " + reference + " in " + row.getString(2)
                                + " from " + DAY.format(agreed.startDate()) + ".\n\n"
                                + "What happens next: the council's brokerage team sends you the Individual Placement Contract,"
                                + " with the outcomes the placement is to achieve, to agree before the child arrives. The child's"
                                + " social worker will be in touch to plan the move. Until then the home's place is held for this child.\n\n"
                                + baseUrl + "/portal/referrals/" + agreed.referralId() + "\n",
                        "chosen-offer-" + agreed.offerId() + "@placement-broker"))
                .optional()
                .ifPresent(outbox::queue);
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
