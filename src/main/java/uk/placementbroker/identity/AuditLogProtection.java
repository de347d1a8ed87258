package uk.placementbroker.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Warns at start-up when the application's database role could rewrite the audit log. */
@Component
class AuditLogProtection {

    private static final Logger log = LoggerFactory.getLogger(AuditLogProtection.class);

    private final JdbcClient jdbc;

    AuditLogProtection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        boolean couldRewrite = jdbc.sql("""
                select t.tableowner = current_user or r.rolsuper
                from pg_tables t, pg_roles r
                where t.tablename = 'identity_audit_event' and r.rolname = current_user
                """).query(Boolean.class).single();
        if (couldRewrite) {
            log.warn("The application connects to the database as the audit log's owner or a superuser, so it could"
                    + " rewrite the log: run migrations as DATABASE_OWNER_USERNAME and connect as a role that owns"
                    + " nothing (README, 'The production database')");
        }
    }
}
