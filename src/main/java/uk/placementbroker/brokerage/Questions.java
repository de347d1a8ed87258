package uk.placementbroker.brokerage;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Anonymiser;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * Providers' clarification questions about a referral. The broker answers; every provider the referral
 * was sent to then sees the question and answer, without who asked, so that all offer on the same facts.
 * Answers pass through the same anonymiser as the referral itself.
 */
@Component
public class Questions {

    public static final int LONGEST = 2000;

    /** A question; {@code askedBy} is the provider's name, shown to the council only. */
    public record Question(
            long id,
            long referralId,
            long providerOrganisationId,
            String providerName,
            String question,
            Instant askedAt,
            String answer,
            String answeredBy,
            Instant answeredAt) {

        public boolean answered() {
            return answer != null;
        }
    }

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final Referrals referrals;
    private final AuditLog auditLog;

    Questions(JdbcClient jdbc, Rounds rounds, Referrals referrals, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.referrals = referrals;
        this.auditLog = auditLog;
    }

    @Transactional
    public long ask(CurrentUser provider, long referralId, String question) {
        long organisation = providerOf(provider);
        if (!rounds.wasSentTo(referralId, organisation)) {
            throw new NotFound();
        }
        if (!referrals.takesAnswers(referralId)) {
            throw new Refused(Answers.NO_LONGER_LOOKING);
        }
        String text = required(question, "Enter your question");
        long id = jdbc.sql("""
                insert into brokerage_question (referral_id, provider_organisation_id, provider_name, asked_by, question)
                values (?, ?, ?, ?, ?) returning id
                """)
                .params(referralId, organisation, provider.organisationName(), provider.username(), text)
                .query(Long.class)
                .single();
        auditLog.recordAbout(
                referrals.councilOf(referralId).orElse(null),
                AuditAction.CREATED,
                "clarification question",
                id,
                "referral " + referralId);
        return id;
    }

    /** What providers would read of the broker's answer, before it is published: nothing is saved. */
    public Anonymiser.Cleaned preview(CurrentUser broker, long referralId, long questionId, String answer) {
        waiting(broker, referralId, questionId);
        return referrals.anonymisedPreview(referralId, required(answer, "Enter your answer"));
    }

    /** Publishes the answer to every provider asked; a question is answered once, so a second answer is refused. */
    @Transactional
    public void answer(CurrentUser broker, long referralId, long questionId, String answer) {
        waiting(broker, referralId, questionId);
        String text = referrals.anonymisedText(referralId, required(answer, "Enter your answer"));
        int updated = jdbc.sql("""
                update brokerage_question set answer = ?, answered_by = ?, answered_at = now()
                where id = ? and referral_id = ? and answer is null
                """)
                .params(text, broker.username(), questionId, referralId)
                .update();
        if (updated == 0) {
            throw new MovedOn("This question has just been answered: every provider asked can read that answer");
        }
        referrals.recordSearchStep(
                broker, referralId, "Answered a provider's question for every provider in the search");
        auditLog.record(AuditAction.UPDATED, "clarification question", questionId, "answered");
    }

    /** Every question on a council's referral, with who asked: the broker's view. */
    public List<Question> forCouncil(long localAuthorityId, long referralId) {
        return jdbc.sql("""
                select q.id, q.referral_id, q.provider_organisation_id, q.provider_name, q.question, q.asked_at, q.answer, q.answered_by, q.answered_at
                from brokerage_question q
                where q.referral_id = ? and exists (select 1 from brokerage_round r where r.referral_id = q.referral_id and r.local_authority_id = ?)
                order by q.asked_at
                """)
                .params(referralId, localAuthorityId)
                .query(Question.class)
                .list();
    }

    /** What a provider sees: every answered question, and its own still waiting; never who asked. */
    public List<Question> forProvider(long providerOrganisationId, long referralId) {
        if (!rounds.wasSentTo(referralId, providerOrganisationId)) {
            return List.of();
        }
        return jdbc.sql("""
                select id, referral_id, 0 as provider_organisation_id, '' as provider_name, question, asked_at, answer, null as answered_by, answered_at
                from brokerage_question where referral_id = ? and (answer is not null or provider_organisation_id = ?) order by asked_at
                """)
                .params(referralId, providerOrganisationId)
                .query(Question.class)
                .list();
    }

    /** The broker's own council's question, not yet answered. */
    private void waiting(CurrentUser broker, long referralId, long questionId) {
        if (!broker.hasRole(Role.BROKER) || broker.localAuthorityId() == null) {
            throw new Refused("Only a broker answers providers' questions");
        }
        referrals.open(broker, referralId).orElseThrow(() -> new NotFound());
        Boolean answered = jdbc.sql(
                        "select answer is not null from brokerage_question where id = ? and referral_id = ?")
                .params(questionId, referralId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new NotFound());
        if (answered) {
            throw new MovedOn("This question has already been answered: every provider asked can read that answer");
        }
    }

    private static long providerOf(CurrentUser user) {
        if (!user.hasRole(Role.PROVIDER_USER) || user.providerOrganisationId() == null) {
            throw new Refused("Only a provider asks questions about a referral");
        }
        return user.providerOrganisationId();
    }

    private static String required(String text, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw new Refused(whenMissing);
        }
        if (text.strip().length() > LONGEST) {
            throw new Refused("Keep it to " + LONGEST + " characters");
        }
        return text.strip();
    }
}
