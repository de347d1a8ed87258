package uk.placementbroker.brokerage.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.referral.AnonymisedReferral;
import uk.placementbroker.referral.ReferralAmended;
import uk.placementbroker.referral.Referrals;

/**
 * Sends every provider already asked about a referral the change the broker made to it, once, through the
 * outbox: the broker's reason through the anonymiser, and the referral as it now reads, so that every provider
 * answers the same referral.
 */
@Component
public class AmendmentNotices {

    /** A provider asked in one of the referral's rounds, and where its referral went. */
    record Asked(long providerId, String email, long localAuthorityId) {}

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Referrals referrals;
    private final String baseUrl;

    AmendmentNotices(
            JdbcClient jdbc, Outbox outbox, Referrals referrals, @Value("${placementbroker.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.referrals = referrals;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    public void amended(ReferralAmended amended) {
        List<Asked> asked =
                jdbc.sql("""
                select distinct on (x.provider_id) x.provider_id, x.email, r.local_authority_id
                from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                where r.referral_id = ? order by x.provider_id, r.number desc
                """).param(amended.referralId()).query(Asked.class).list();
        if (asked.isEmpty()) {
            return;
        }
        AnonymisedReferral referral =
                referrals.anonymised(amended.referralId(), LocalDate.now()).orElseThrow();
        String body = "The council has changed referral " + referral.reference() + " ("
                + amended.what().toLowerCase()
                + "):\n" + referrals.anonymisedText(amended.referralId(), amended.why()) + "\n\n"
                + "If this changes your answer, answer again:\n" + baseUrl + "/portal/referrals/"
                + amended.referralId() + "\n\nThe referral as it now reads:\n\n" + referral.asText() + "\n";
        outbox.queueAll(asked.stream()
                .map(provider -> new Mail(
                        provider.email(),
                        "Referral " + referral.reference() + ": the council has changed it",
                        body,
                        "amended-" + amended.referralId() + "-" + amended.at().toEpochMilli() + "-provider-"
                                + provider.providerId() + "@placement-broker",
                        provider.localAuthorityId()))
                .toList());
    }
}
