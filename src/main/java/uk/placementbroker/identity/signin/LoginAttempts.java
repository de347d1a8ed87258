package uk.placementbroker.identity.signin;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;

/**
 * Locks an account for a while after repeated wrong passwords, so that a password cannot be guessed,
 * and records every sign-in and failed attempt in the audit log.
 */
@Component
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final int maximumFailures;
    private final Duration lockDuration;

    LoginAttempts(
            JdbcClient jdbc,
            AuditLog auditLog,
            @Value("${placementbroker.login.maximum-failures:5}") int maximumFailures,
            @Value("${placementbroker.login.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.maximumFailures = maximumFailures;
        this.lockDuration = lockDuration;
    }

    public int maximumFailures() {
        return maximumFailures;
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        record FailedAccount(
                long id, int failedLoginAttempts, boolean lockedNow, Long localAuthorityId, Long consortiumId) {}
        jdbc.sql("""
                update identity_user_account u
                set failed_login_attempts = u.failed_login_attempts + 1,
                    locked_until = case when u.failed_login_attempts + 1 >= :maximum
                                        then now() + make_interval(secs => :seconds) else u.locked_until end
                where lower(u.username) = lower(:username)
                returning u.id, u.failed_login_attempts, u.failed_login_attempts = :maximum as locked_now, u.local_authority_id,
                          coalesce(u.consortium_id, (select la.consortium_id from identity_local_authority la
                                                     where la.id = u.local_authority_id)) as consortium_id
                """)
                .param("maximum", maximumFailures)
                .param("seconds", lockDuration.toSeconds())
                .param("username", username)
                .query(FailedAccount.class)
                .optional()
                .ifPresentOrElse(
                        account -> {
                            auditLog.recordFor(
                                    username,
                                    account.id(),
                                    account.localAuthorityId(),
                                    account.consortiumId(),
                                    AuditAction.SIGN_IN_FAILED,
                                    "Wrong password (" + account.failedLoginAttempts() + " in a row)");
                            if (account.lockedNow()) {
                                auditLog.recordFor(
                                        username,
                                        account.id(),
                                        account.localAuthorityId(),
                                        account.consortiumId(),
                                        AuditAction.LOCKED_OUT,
                                        "Locked for " + lockDuration.toMinutes() + " minutes");
                            }
                        },
                        () -> auditLog.recordFor(
                                truncate(username), null, null, null, AuditAction.SIGN_IN_FAILED, "Unknown username"));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            CurrentUser user = principal.currentUser();
            jdbc.sql(
                            "update identity_user_account set failed_login_attempts = 0, locked_until = null, last_login_at = now() where id = ?")
                    .param(user.id())
                    .update();
            auditLog.recordFor(
                    user.username(),
                    user.id(),
                    user.localAuthorityId(),
                    user.consortiumId(),
                    AuditAction.SIGNED_IN,
                    event.getAuthentication().getClass().getSimpleName().startsWith("OAuth2")
                            ? "Council identity provider"
                            : "Password");
        }
    }

    private static String truncate(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
