package uk.placementbroker.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who did what to which record, when and from where. Other modules call
 * it in one line: {@code auditLog.record(AuditAction.VIEWED, "child", child.id())}. The actor and
 * address come from the current request; the write joins the caller's transaction, so an audited
 * change and its audit event commit or roll back together.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    AuditLog(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    public void record(AuditAction action, String recordType, Object recordId) {
        record(action, recordType, recordId, null);
    }

    public void record(AuditAction action, String recordType, Object recordId, String detail) {
        recordAbout(null, action, recordType, recordId, detail);
    }

    /**
     * As {@link #record(AuditAction, String, Object, String)}, for a record of {@code recordCouncilId}, which may not
     * be the actor's council (a provider's offer on a council's referral, someone refused another council's child):
     * that council's administrator sees the event as well as the actor's.
     */
    public void recordAbout(
            Long recordCouncilId, AuditAction action, String recordType, Object recordId, String detail) {
        write(action, recordType, recordId, detail, recordCouncilId, null);
    }

    /**
     * The children whose names a list showed (one event per list shown, naming every child in it); nothing when
     * the list was empty.
     *
     * @param list which list, in words, with what was searched for
     * @param childIds each child's record number (or, for a child only an imported return knows, words saying so)
     */
    public void listed(String list, Collection<?> childIds) {
        listedAbout(null, list, childIds);
    }

    /** As {@link #listed}, for children of {@code recordCouncilId}, who may not be the actor's (a provider's list). */
    public void listedAbout(Long recordCouncilId, String list, Collection<?> childIds) {
        if (childIds.isEmpty()) {
            return;
        }
        write(
                AuditAction.LISTED,
                "child",
                null,
                list + ": " + childIds.size() + (childIds.size() == 1 ? " child" : " children"),
                recordCouncilId,
                childIds.stream().distinct().map(String::valueOf).toArray(String[]::new));
    }

    /** What a person typed, cut to a length an audit line can carry. */
    public static String shortened(String typed) {
        return typed.length() <= 100 ? typed : typed.substring(0, 100) + "…";
    }

    private void write(
            AuditAction action,
            String recordType,
            Object recordId,
            String detail,
            Long recordCouncilId,
            String[] listedRecordIds) {
        Optional<CurrentUser> user = currentUsers.current();
        write(
                user.map(CurrentUser::id).orElse(null),
                user.map(CurrentUser::username)
                        .orElse(RequestContextHolder.getRequestAttributes() == null ? "system" : "anonymous"),
                user.map(CurrentUser::localAuthorityId).orElse(null),
                user.map(CurrentUser::consortiumId).orElse(null),
                action,
                recordType,
                recordId,
                detail,
                recordCouncilId,
                listedRecordIds);
    }

    /** For events before anyone is signed in, such as a failed sign-in for a username. */
    public void recordFor(
            String actorUsername,
            Long actorUserId,
            Long localAuthorityId,
            Long consortiumId,
            AuditAction action,
            String detail) {
        write(
                actorUserId,
                actorUsername,
                localAuthorityId,
                consortiumId,
                action,
                "user account",
                actorUserId,
                detail,
                null,
                null);
    }

    private void write(
            Long actorUserId,
            String actorUsername,
            Long localAuthorityId,
            Long consortiumId,
            AuditAction action,
            String recordType,
            Object recordId,
            String detail,
            Long recordCouncilId,
            String[] listedRecordIds) {
        jdbc.sql("""
                insert into identity_audit_event
                    (actor_user_id, actor_username, local_authority_id, consortium_id, action, record_type, record_id, detail,
                     remote_address, record_local_authority_id, listed_record_ids)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        actorUserId,
                        actorUsername,
                        localAuthorityId,
                        consortiumId,
                        action.name(),
                        recordType,
                        recordId == null ? null : recordId.toString(),
                        detail,
                        remoteAddress(),
                        recordCouncilId != null && !recordCouncilId.equals(localAuthorityId) ? recordCouncilId : null,
                        listedRecordIds)
                .update();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
