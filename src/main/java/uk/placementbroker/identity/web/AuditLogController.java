package uk.placementbroker.identity.web;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditEvent;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.accounts.AdministrationScope;
import uk.placementbroker.identity.accounts.AuditSearch;

/** Administrators search the audit log of their own council, or of their whole consortium. */
@Controller
class AuditLogController {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditLogController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/audit")
    public String search(
            CurrentUser administrator,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String recordType,
            @RequestParam(defaultValue = "") String recordId,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        AuditSearch search = new AuditSearch(actor, action, recordType, recordId, from, to, page);
        Map<String, String> problems = search.problems();
        List<AuditEvent> events = problems.isEmpty() ? find(administrator, search) : List.of();
        model.addAttribute("search", search);
        model.addAttribute("problems", problems);
        model.addAttribute("events", events.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNextPage", events.size() > PAGE_SIZE);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute(
                "recordTypes",
                jdbc.sql("select distinct record_type from identity_audit_event order by 1")
                        .query(String.class)
                        .list());
        return "identity/audit";
    }

    private List<AuditEvent> find(CurrentUser administrator, AuditSearch search) {
        boolean consortiumLevel = AdministrationScope.isConsortiumLevel(administrator);
        return jdbc.sql("""
                select id, occurred_at, actor_username, action, record_type, record_id, detail, remote_address
                from identity_audit_event
                where (case when :consortiumLevel
                            then consortium_id = :consortium
                              or record_local_authority_id in (select id from identity_local_authority where consortium_id = :consortium)
                            else local_authority_id = :council or record_local_authority_id = :council end)
                  and (:actor = '' or lower(actor_username) like '%' || lower(:actor) || '%')
                  and (:action = '' or action = :action)
                  and (:recordType = '' or record_type = :recordType)
                  and (:recordId = '' or record_id = :recordId or listed_record_ids @> array[cast(:recordId as text)])
                  and (cast(:from as timestamptz) is null or occurred_at >= cast(:from as timestamptz))
                  and (cast(:to as timestamptz) is null or occurred_at < cast(:to as timestamptz))
                order by occurred_at desc, id desc
                limit :limit offset :offset
                """)
                .param("consortiumLevel", consortiumLevel)
                .param("consortium", administrator.consortiumId())
                .param("council", administrator.localAuthorityId())
                .param("actor", search.actor())
                .param("action", search.action())
                .param("recordType", search.recordType())
                .param("recordId", search.recordId())
                .param("from", startOf(search.from()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param(
                        "to",
                        startOf(
                                AuditSearch.date(search.to()) == null
                                        ? null
                                        : AuditSearch.date(search.to())
                                                .plusDays(1)
                                                .toString()),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", uk.placementbroker.shared.Typed.offset(search.page(), PAGE_SIZE))
                .query(AuditEvent.class)
                .list();
    }

    private static java.time.OffsetDateTime startOf(String date) {
        return AuditSearch.date(date) == null
                ? null
                : AuditSearch.date(date).atStartOfDay(AuditSearch.UK).toOffsetDateTime();
    }
}
