package uk.placementbroker.identity;

import jakarta.servlet.http.HttpServletRequest;
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
                detail);
    }

    /** For events before anyone is signed in, such as a failed sign-in for a username. */
    public void recordFor(
            String actorUsername,
            Long actorUserId,
            Long localAuthorityId,
            Long consortiumId,
            AuditAction action,
            String detail) {
        write(actorUserId, actorUsername, localAuthorityId, consortiumId, action, "user account", actorUserId, detail);
    }

    private void write(
            Long actorUserId,
            String actorUsername,
            Long localAuthorityId,
            Long consortiumId,
            AuditAction action,
            String recordType,
            Object recordId,
            String detail) {
        jdbc.sql("""
                insert into identity_audit_event
                    (actor_user_id, actor_username, local_authority_id, consortium_id, action, record_type, record_id, detail, remote_address)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
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
                        remoteAddress())
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
