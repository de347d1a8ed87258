package uk.placementbroker.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;

/**
 * Pauses signing in as a username from an address after wrong passwords in a row ({@link SignInPauses}),
 * so that a password cannot be guessed and nobody can keep a colleague out, and records every sign-in and
 * failed attempt in the audit log.
 */
@Component
public class LoginAttempts {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final SignInPauses pauses;

    LoginAttempts(
            JdbcClient jdbc,
            AuditLog auditLog,
            @Value("${placementbroker.login.maximum-failures:5}") int maximumFailures,
            @Value("${placementbroker.login.first-pause:1m}") Duration firstPause,
            @Value("${placementbroker.login.longest-pause:1h}") Duration longestPause) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.pauses = new SignInPauses(maximumFailures, firstPause, longestPause);
    }

    public int maximumFailures() {
        return pauses.allowedFailures();
    }

    void refuseWhilePaused(Authentication attempt) {
        String username = username(attempt);
        String source = source(attempt);
        jdbc.sql("""
                select paused_until from identity_sign_in_pause
                where username = ? and source_address = ? and paused_until > now()
                """).params(username, source).query(Instant.class).optional().ifPresent(pausedUntil -> {
            Account account = account(username);
            auditLog.recordFor(
                    username,
                    account.id(),
                    account.localAuthorityId(),
                    account.consortiumId(),
                    AuditAction.SIGN_IN_FAILED,
                    "Refused without checking the password: signing in from " + source + " is paused until "
                            + TIME.format(pausedUntil));
            throw new SignInPausedException("Signing in is paused until " + pausedUntil);
        });
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = username(event.getAuthentication());
        String source = source(event.getAuthentication());
        jdbc.sql("delete from identity_sign_in_pause where last_failure_at < now() - interval '1 day'")
                .update();
        int failures =
                jdbc.sql("""
                insert into identity_sign_in_pause (username, source_address, failures) values (?, ?, 1)
                on conflict (username, source_address) do update
                set failures = identity_sign_in_pause.failures + 1, last_failure_at = now()
                returning failures
                """).params(username, source).query(Integer.class).single();
        Duration pause = pauses.after(failures);
        if (!pause.isZero()) {
            jdbc.sql("""
                    update identity_sign_in_pause set paused_until = now() + make_interval(secs => ?)
                    where username = ? and source_address = ?
                    """).params(pause.toSeconds(), username, source).update();
        }
        Account account = account(username);
        auditLog.recordFor(
                username,
                account.id(),
                account.localAuthorityId(),
                account.consortiumId(),
                AuditAction.SIGN_IN_FAILED,
                (account.id() == null ? "Unknown username" : "Wrong password") + " (" + failures + " in a row from "
                        + source + ")");
        if (!pause.isZero()) {
            auditLog.recordFor(
                    username,
                    account.id(),
                    account.localAuthorityId(),
                    account.consortiumId(),
                    AuditAction.LOCKED_OUT,
                    "Signing in from " + source + " paused for " + words(pause));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            CurrentUser user = principal.currentUser();
            jdbc.sql("update identity_user_account set last_login_at = now() where id = ?")
                    .param(user.id())
                    .update();
            jdbc.sql("delete from identity_sign_in_pause where username = ? and source_address = ?")
                    .params(user.username().toLowerCase(Locale.ROOT), source(event.getAuthentication()))
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

    /** An administrator lets the account sign in again from everywhere it was paused. */
    @Transactional
    public void resume(String username) {
        jdbc.sql("delete from identity_sign_in_pause where username = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .update();
    }

    private record Account(Long id, Long localAuthorityId, Long consortiumId) {}

    private Account account(String username) {
        return jdbc.sql("""
                select u.id, u.local_authority_id,
                       coalesce(u.consortium_id, (select la.consortium_id from identity_local_authority la
                                                  where la.id = u.local_authority_id)) as consortium_id
                from identity_user_account u where lower(u.username) = ?
                """).param(username).query(Account.class).optional().orElse(new Account(null, null, null));
    }

    private static String username(Authentication attempt) {
        String typed = attempt.getName() == null ? "" : attempt.getName().toLowerCase(Locale.ROOT);
        return typed.length() > 100 ? typed.substring(0, 100) : typed;
    }

    private static String source(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "an unknown address";
    }

    private static String words(Duration pause) {
        long minutes = pause.toMinutes();
        if (minutes >= 1 && pause.toSecondsPart() == 0) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        return pause.toSeconds() + " seconds";
    }
}
