package uk.placementbroker.brokerage;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Mailer;
import uk.placementbroker.referral.AnonymisedReferral;
import uk.placementbroker.referral.ReferralWithdrawn;

/**
 * Tells every provider whose offer was not chosen, once the placement is agreed or the referral is
 * withdrawn, so that they can offer the home to another child. The mail says nothing about the home
 * chosen, its provider or its fee, nor why a referral was withdrawn.
 */
@Component
class UnsuccessfulOffers {

    private static final Logger log = LoggerFactory.getLogger(UnsuccessfulOffers.class);

    record Unsuccessful(long answerId, String email, String homeName) {}

    private final JdbcClient jdbc;
    private final Mailer mailer;
    // The manager's page should not wait for the mail server.
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "unsuccessful-offers");
        thread.setDaemon(true);
        return thread;
    });

    UnsuccessfulOffers(JdbcClient jdbc, Mailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    /** Within the transaction that agrees the placement: the mails go only if it commits. */
    void tellAfterCommit(long referralId, long chosenAnswerId) {
        tellAfterCommit(referralId, of(referralId, chosenAnswerId), "your offer was not chosen",
                "The council has agreed a placement elsewhere, so your offer was not chosen.");
    }

    /** Within the transaction that withdraws the referral: every offer still standing is no longer needed. */
    @EventListener
    void withdrawn(ReferralWithdrawn withdrawn) {
        tellAfterCommit(withdrawn.referralId(), of(withdrawn.referralId(), -1), "the council no longer needs this placement",
                "The council has withdrawn the referral: the child no longer needs this placement.");
    }

    private void tellAfterCommit(long referralId, List<Unsuccessful> providers, String subject, String why) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.execute(() -> tell(referralId, providers, subject, why));
            }
        });
    }

    /** Each offer still standing but not chosen, with the address the provider's referral came to. */
    List<Unsuccessful> of(long referralId, long chosenAnswerId) {
        return jdbc.sql("""
                select a.id as answer_id, x.email, a.home_name
                from brokerage_answer a join brokerage_recipient x on x.round_id = a.round_id and x.provider_id = a.provider_id
                where a.referral_id = ? and a.kind = 'OFFER' and a.withdrawn_at is null and a.id <> ?
                order by a.id
                """)
                .params(referralId, chosenAnswerId)
                .query(Unsuccessful.class).list();
    }

    private void tell(long referralId, List<Unsuccessful> providers, String subject, String why) {
        String reference = AnonymisedReferral.referenceOf(referralId);
        for (Unsuccessful provider : providers) {
            try {
                mailer.send(new Mail(provider.email(), "Referral " + reference + ": " + subject,
                        "Thank you for offering " + provider.homeName() + " for referral " + reference + ".\n\n"
                                + why + " The home is free to offer to other children.\n",
                        "unsuccessful-offer-" + provider.answerId() + "@placement-broker"));
            } catch (RuntimeException e) {
                log.warn("Could not tell {} that offer {} was not chosen: {}", provider.email(), provider.answerId(), e.getMessage());
            }
        }
    }
}
