package uk.placementbroker.referral;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.shared.ReferralNumber;

/**
 * Tells the council's staff, through the outbox and with the step that calls it, that a referral waits for them.
 * The mail names no child: a mailbox is not the case record. It says what to do and where.
 */
@Component
public class StaffMail {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Outbox outbox;
    private final String baseUrl;

    StaffMail(
            JdbcClient jdbc,
            Organisations organisations,
            Outbox outbox,
            @Value("${placementbroker.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    /** Everyone in the council's staff in this role. */
    public void toRole(long localAuthorityId, Role role, long referralId, String subject, String what, String page) {
        send(organisations.staffEmails(localAuthorityId, role), localAuthorityId, referralId, subject, what, page);
    }

    /** The social worker who wrote the referral. */
    public void toSocialWorker(long referralId, String subject, String what, String page) {
        record WrittenBy(long localAuthorityId, String createdBy) {}
        jdbc.sql("select local_authority_id, created_by from referral_referral where id = ?")
                .param(referralId)
                .query(WrittenBy.class)
                .optional()
                .ifPresent(writer -> send(
                        organisations.staffEmail(writer.localAuthorityId(), writer.createdBy()).stream()
                                .toList(),
                        writer.localAuthorityId(),
                        referralId,
                        subject,
                        what,
                        page));
    }

    private void send(List<String> to, long council, long referralId, String subject, String what, String page) {
        String reference = ReferralNumber.of(referralId);
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < to.size(); i++) {
            outbox.queue(new Mail(
                    to.get(i),
                    "Referral " + reference + ": " + subject,
                    what + "\n\n" + baseUrl + "/referrals/" + referralId + page + "\n",
                    "waiting-" + id + "-" + i + "@placement-broker",
                    council));
        }
    }
}
