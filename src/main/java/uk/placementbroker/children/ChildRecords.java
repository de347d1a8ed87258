package uk.placementbroker.children;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;

/**
 * The way in to children's records. Every read is scoped to the user's own local authority and role,
 * and opening a child's record is written to the audit log, as is an attempt to open one the user may not see.
 */
@Component
public class ChildRecords {

    public static final int PAGE_SIZE = 50;

    private final Children children;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    ChildRecords(Children children, JdbcClient jdbc, AuditLog auditLog) {
        this.children = children;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional
    public long register(long localAuthorityId, ChildDetails details, List<Episode> episodes) {
        return children.save(Child.register(localAuthorityId, details, episodes)).id();
    }

    /**
     * Records a placement agreed for one of the council's children as a new episode of care (see
     * {@link Child#placedFrom}); false when the child was not looked after on the day it starts.
     */
    @Transactional
    public boolean recordPlacement(long localAuthorityId, long childId, LocalDate start, String placementType, String placementProvider,
            String placementPostcode, String urn) {
        Child child = children.findByIdAndLocalAuthorityId(childId, localAuthorityId).orElseThrow();
        if (!child.placedFrom(start, placementType, placementProvider, placementPostcode, urn)) {
            return false;
        }
        children.save(child);
        auditLog.record(AuditAction.UPDATED, "child", childId, "episode of care: placed from " + start + " (" + placementType + ")");
        return true;
    }

    public long countLookedAfter(long localAuthorityId) {
        return jdbc.sql("""
                select count(*) from children_child c
                where c.local_authority_id = ?
                  and exists (select 1 from children_episode e where e.child_id = c.id and e.end_date is null)
                """)
                .param(localAuthorityId)
                .query(Long.class)
                .single();
    }

    /**
     * Every child of the council with their episodes, one at a time, for the council's own statistics
     * and its 903 return. Callers that show or send child-level data audit it themselves.
     */
    @Transactional(readOnly = true)
    public void forEachChild(long localAuthorityId, Consumer<Child> each) {
        children.findByLocalAuthorityIdOrderByChildReference(localAuthorityId).forEach(each);
    }

    /**
     * Who a child of the council is, for another module's record about them (a referral); empty when the
     * child is not the council's. The caller audits what it shows.
     */
    public Optional<ChildSummary> summary(long localAuthorityId, long childId) {
        return jdbc.sql("""
                select c.id, c.child_reference, c.first_name || ' ' || c.last_name as full_name, c.date_of_birth,
                       (select e.placement_type from children_episode e where e.child_id = c.id and e.end_date is null
                        order by e.start_date desc limit 1) as placement_type,
                       null::date as placed_since, c.sex
                from children_child c where c.id = ? and c.local_authority_id = ?
                """)
                .params(childId, localAuthorityId)
                .query(ChildSummary.class)
                .optional();
    }

    /** A page of the user's council's children whose name or reference contains {@code search}. */
    public List<ChildSummary> list(CurrentUser user, String search, int page) {
        requireChildrensRecords(user);
        String pattern = "%" + (search == null ? "" : search.strip().toLowerCase()) + "%";
        return jdbc.sql("""
                select c.id, c.child_reference, c.first_name || ' ' || c.last_name as full_name, c.date_of_birth,
                       (select e.placement_type from children_episode e
                        where e.child_id = c.id and e.end_date is null
                        order by e.start_date desc limit 1) as placement_type,
                       (select max(e.start_date) from children_episode e
                        where e.child_id = c.id and e.reason_for_new_episode <> 'L'
                          and exists (select 1 from children_episode open where open.child_id = c.id and open.end_date is null)
                       ) as placed_since, c.sex
                from children_child c
                where c.local_authority_id = :localAuthority
                  and (lower(c.first_name || ' ' || c.last_name) like :pattern or lower(c.child_reference) like :pattern)
                order by c.last_name, c.first_name, c.id
                limit :limit offset :offset
                """)
                .param("localAuthority", user.localAuthorityId())
                .param("pattern", pattern)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", Math.max(0, page - 1) * PAGE_SIZE)
                .query(ChildSummary.class)
                .list();
    }

    /** The child's record if the user may see it; the view, or the refused attempt, is audited. */
    @Transactional
    public Optional<Child> open(CurrentUser user, long childId) {
        Optional<Child> child = user.seesChildrensRecords()
                ? children.findByIdAndLocalAuthorityId(childId, user.localAuthorityId())
                : Optional.empty();
        auditLog.record(child.isPresent() ? AuditAction.VIEWED : AuditAction.REFUSED, "child", childId);
        return child;
    }

    private static void requireChildrensRecords(CurrentUser user) {
        if (!user.seesChildrensRecords()) {
            throw new org.springframework.security.access.AccessDeniedException("This role does not work with children's records");
        }
    }
}
