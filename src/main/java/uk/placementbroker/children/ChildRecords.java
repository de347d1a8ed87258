package uk.placementbroker.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.Anonymiser;

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
    private final ApplicationEventPublisher events;

    ChildRecords(Children children, JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events) {
        this.children = children;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional
    public long register(long localAuthorityId, ChildDetails details, List<Episode> episodes) {
        long id = children.save(Child.register(localAuthorityId, details, episodes))
                .id();
        events.publishEvent(new ChildRecordsChanged(localAuthorityId));
        return id;
    }

    /**
     * Records a placement agreed for one of the council's children as a new episode of care (see
     * {@link Child#placedFrom}); false when the child was not looked after on the day it starts.
     */
    @Transactional
    public boolean recordPlacement(
            long localAuthorityId,
            long childId,
            LocalDate start,
            String placementType,
            String placementProvider,
            String placementPostcode,
            String urn) {
        Child child =
                children.findByIdAndLocalAuthorityId(childId, localAuthorityId).orElseThrow();
        if (!child.placedFrom(start, placementType, placementProvider, placementPostcode, urn)) {
            return false;
        }
        children.save(child);
        auditLog.record(
                AuditAction.UPDATED,
                "child",
                childId,
                "episode of care: placed from " + start + " (" + placementType + ")");
        events.publishEvent(new ChildRecordsChanged(localAuthorityId));
        return true;
    }

    /**
     * The placement that began the child's open episode on or after {@code placementStart} ended (see
     * {@link Child#placementEnded}); false when the open episode is not that placement's.
     */
    @Transactional
    public boolean recordPlacementEnded(
            long localAuthorityId,
            long childId,
            LocalDate placementStart,
            LocalDate end,
            String reasonEpisodeCeased,
            String reasonPlaceChange) {
        Child child =
                children.findByIdAndLocalAuthorityId(childId, localAuthorityId).orElseThrow();
        if (!child.placementEnded(placementStart, end, reasonEpisodeCeased, reasonPlaceChange)) {
            return false;
        }
        children.save(child);
        auditLog.recordAbout(
                localAuthorityId,
                AuditAction.UPDATED,
                "child",
                childId,
                "episode of care: placement ended on " + end + " (" + reasonEpisodeCeased
                        + (reasonPlaceChange == null ? "" : ", " + reasonPlaceChange) + ")");
        events.publishEvent(new ChildRecordsChanged(localAuthorityId));
        return true;
    }

    /** The child's permanence plan, if one is recorded; empty also when the child is not the council's. */
    public Optional<PermanencePlan> permanencePlan(long localAuthorityId, long childId) {
        return jdbc.sql("""
                select p.plan, p.note, p.recorded_on, p.recorded_by from children_permanence_plan p
                join children_child c on c.id = p.child_id where p.child_id = ? and c.local_authority_id = ?
                """)
                .params(childId, localAuthorityId)
                .query((row, number) -> new PermanencePlan(
                        PermanencePlan.Kind.valueOf(row.getString(1)),
                        row.getString(2),
                        row.getObject(3, LocalDate.class),
                        row.getString(4)))
                .optional();
    }

    /** Which of the council's children have a permanence plan recorded, for the drift list. */
    public java.util.Set<Long> childrenWithAPermanencePlan(long localAuthorityId) {
        return java.util.Set.copyOf(
                jdbc.sql("""
                select p.child_id from children_permanence_plan p join children_child c on c.id = p.child_id where c.local_authority_id = ?
                """).param(localAuthorityId).query(Long.class).list());
    }

    /**
     * Social workers, their managers and reviewing officers record the plan; changing it replaces it, and
     * the audit log keeps both. False when the child is not the council's.
     */
    @Transactional
    public boolean recordPermanencePlan(
            CurrentUser user, long childId, PermanencePlan.Kind kind, String note, LocalDate today) {
        requireCaseStaff(user, "records the plan");
        if (children.findByIdAndLocalAuthorityId(childId, user.localAuthorityId())
                .isEmpty()) {
            recordRefused(childId, "record a permanence plan");
            return false;
        }
        jdbc.sql("""
                insert into children_permanence_plan (child_id, plan, note, recorded_on, recorded_by) values (?, ?, ?, ?, ?)
                on conflict (child_id) do update set plan = excluded.plan, note = excluded.note, recorded_on = excluded.recorded_on,
                    recorded_by = excluded.recorded_by
                """)
                .params(
                        childId,
                        kind.name(),
                        note == null || note.isBlank() ? null : note.strip(),
                        today,
                        user.username())
                .update();
        auditLog.record(AuditAction.UPDATED, "child", childId, "permanence plan: " + kind.name());
        return true;
    }

    /** The names that would say who the child is besides their own, to keep from providers. */
    public record OtherNames(List<String> knownAs, List<String> family) {

        public OtherNames {
            knownAs = tidy(knownAs);
            family = tidy(family);
        }

        private static List<String> tidy(List<String> names) {
            return names == null
                    ? List.of()
                    : names.stream()
                            .map(String::strip)
                            .filter(name -> !name.isEmpty())
                            .distinct()
                            .toList();
        }
    }

    /** What the council records of the child, for another module's record about them; the caller audits what it shows. */
    public Optional<ChildDetails> details(long localAuthorityId, long childId) {
        return jdbc.sql("""
                select child_reference, first_name, last_name, date_of_birth, sex, ethnicity, home_postcode, upn
                from children_child where id = ? and local_authority_id = ?
                """)
                .params(childId, localAuthorityId)
                .query(ChildDetails.class)
                .optional();
    }

    /** The child's other names; empty when the child is not the council's. */
    public Optional<OtherNames> otherNames(long localAuthorityId, long childId) {
        return jdbc.sql("select known_as, family_names from children_child where id = ? and local_authority_id = ?")
                .params(childId, localAuthorityId)
                .query((row, number) -> new OtherNames(strings(row.getArray(1)), strings(row.getArray(2))))
                .optional();
    }

    /**
     * Who the child is, as everything providers read must never say: their names, their family's, their
     * references and their home postcode. Empty when the child is not the council's.
     */
    public Optional<Anonymiser.Identity> identity(long localAuthorityId, long childId) {
        return jdbc.sql("""
                select first_name, last_name, known_as, family_names, child_reference, upn, home_postcode
                from children_child where id = ? and local_authority_id = ?
                """)
                .params(childId, localAuthorityId)
                .query((row, number) -> new Anonymiser.Identity(
                        row.getString(1),
                        row.getString(2),
                        strings(row.getArray(3)),
                        strings(row.getArray(4)),
                        java.util.stream.Stream.of(row.getString(5), row.getString(6))
                                .filter(reference -> reference != null)
                                .toList(),
                        row.getString(7)))
                .optional();
    }

    /** The child's social worker, their manager or reviewing officer records them; false when the child is not the council's. */
    @Transactional
    public boolean recordOtherNames(CurrentUser user, long childId, OtherNames names) {
        requireCaseStaff(user, "records the names the child is known by");
        int updated = jdbc.sql(
                        "update children_child set known_as = ?, family_names = ? where id = ? and local_authority_id = ?")
                .params(
                        names.knownAs().toArray(String[]::new),
                        names.family().toArray(String[]::new),
                        childId,
                        user.localAuthorityId())
                .update();
        if (updated == 0) {
            recordRefused(childId, "record other names");
            return false;
        }
        auditLog.record(
                AuditAction.UPDATED,
                "child",
                childId,
                "names to keep from providers: " + names.knownAs().size() + " known by, "
                        + names.family().size() + " of the family");
        return true;
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public long countLookedAfter(long localAuthorityId) {
        return jdbc.sql("""
                select count(*) from children_child c
                where c.local_authority_id = ?
                  and exists (select 1 from children_episode e where e.child_id = c.id and e.start_date <= current_date
                              and (e.end_date is null or e.end_date > current_date))
                """).param(localAuthorityId).query(Long.class).single();
    }

    /**
     * Every child of the council with their episodes, one at a time, for the council's own statistics
     * and its 903 return. Callers that show or send child-level data audit it themselves.
     */
    @Transactional(readOnly = true)
    public void forEachChild(long localAuthorityId, Consumer<Child> each) {
        // Two queries for the whole council rather than one per child: the stability pages read every child on each
        // view.
        Map<Long, List<Episode>> episodes = new HashMap<>();
        jdbc.sql("""
                select e.child_id, e.start_date, e.reason_for_new_episode, e.legal_status, e.category_of_need, e.placement_type,
                       e.placement_provider, e.end_date, e.reason_episode_ceased, e.reason_place_change, e.home_postcode, e.placement_postcode, e.urn
                from children_episode e join children_child c on c.id = e.child_id
                where c.local_authority_id = ? order by e.child_id, e.episode_index
                """)
                .param(localAuthorityId)
                .query((row, number) -> episodes.computeIfAbsent(row.getLong(1), child -> new ArrayList<>())
                        .add(new Episode(
                                row.getObject(2, LocalDate.class),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getString(7),
                                row.getObject(8, LocalDate.class),
                                row.getString(9),
                                row.getString(10),
                                row.getString(11),
                                row.getString(12),
                                row.getString(13))))
                .list();
        jdbc.sql("""
                select id, child_reference, first_name, last_name, date_of_birth, sex, ethnicity, home_postcode, upn
                from children_child where local_authority_id = ? order by child_reference
                """)
                .param(localAuthorityId)
                .query((row, number) -> Child.restore(
                        row.getLong(1),
                        localAuthorityId,
                        new ChildDetails(
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getObject(5, LocalDate.class),
                                row.getString(6),
                                row.getString(7),
                                row.getString(8),
                                row.getString(9)),
                        episodes.getOrDefault(row.getLong(1), List.of())))
                .list()
                .forEach(each);
    }

    /**
     * Who a child of the council is, for another module's record about them (a referral); empty when the
     * child is not the council's. The caller audits what it shows.
     */
    public Optional<ChildSummary> summary(long localAuthorityId, long childId) {
        return Optional.ofNullable(summaries(localAuthorityId, List.of(childId)).get(childId));
    }

    /** Mapped by position, not by reflection: every list of referrals and children reads these. */
    private static ChildSummary summary(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new ChildSummary(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getObject(4, java.time.LocalDate.class),
                row.getString(5),
                row.getObject(6, java.time.LocalDate.class),
                row.getString(7));
    }

    /** The council's children of these ids, by id, in one query: lists of referrals name many children. */
    public Map<Long, ChildSummary> summaries(long localAuthorityId, Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                select c.id, c.child_reference, c.first_name || ' ' || c.last_name as full_name, c.date_of_birth,
                       (select e.placement_type from children_episode e where e.child_id = c.id and e.start_date <= current_date
                        and (e.end_date is null or e.end_date > current_date) order by e.start_date desc limit 1) as placement_type,
                       null::date as placed_since, c.sex
                from children_child c where c.id = any (?) and c.local_authority_id = ?
                """)
                .params(childIds.toArray(Long[]::new), localAuthorityId)
                .query(ChildRecords::summary)
                .list()
                .stream()
                .collect(Collectors.toMap(ChildSummary::id, child -> child));
    }

    /** A page of the user's council's children whose name or reference contains {@code search}. */
    /** A page of the council's children, found by name or reference; the children shown are audited as a list. */
    public List<ChildSummary> list(CurrentUser user, String search, int page) {
        requireChildrensRecords(user);
        String typed = search == null ? "" : search.strip();
        String pattern = "%" + typed.toLowerCase() + "%";
        List<ChildSummary> found = jdbc.sql("""
                select c.id, c.child_reference, c.first_name || ' ' || c.last_name as full_name, c.date_of_birth,
                       (select e.placement_type from children_episode e
                        where e.child_id = c.id and e.start_date <= current_date and (e.end_date is null or e.end_date > current_date)
                        order by e.start_date desc limit 1) as placement_type,
                       (select max(e.start_date) from children_episode e
                        where e.child_id = c.id and e.reason_for_new_episode <> 'L' and e.start_date <= current_date
                          and exists (select 1 from children_episode open where open.child_id = c.id and open.start_date <= current_date
                                      and (open.end_date is null or open.end_date > current_date))
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
                .param("offset", uk.placementbroker.shared.Typed.offset(page, PAGE_SIZE))
                .query(ChildRecords::summary)
                .list();
        auditLog.listed(
                "Child search" + (typed.isEmpty() ? "" : " for '" + AuditLog.shortened(typed) + "'") + ", page "
                        + Math.max(1, page),
                found.stream().limit(PAGE_SIZE).map(ChildSummary::id).toList());
        return found;
    }

    /** The child's record if the user may see it; the view, or the refused attempt, is audited. */
    @Transactional
    public Optional<Child> open(CurrentUser user, long childId) {
        Optional<Child> child = user.seesChildrensRecords()
                ? children.findByIdAndLocalAuthorityId(childId, user.localAuthorityId())
                : Optional.empty();
        if (child.isPresent()) {
            auditLog.record(AuditAction.VIEWED, "child", childId);
        } else {
            recordRefused(childId, null);
        }
        return child;
    }

    /**
     * Audits a refused attempt on a child's record so that the child's council (which may not be the actor's)
     * sees it in its audit log.
     */
    public void recordRefused(long childId, String attempted) {
        Long council = jdbc.sql("select local_authority_id from children_child where id = ?")
                .param(childId)
                .query(Long.class)
                .optional()
                .orElse(null);
        auditLog.recordAbout(council, AuditAction.REFUSED, "child", childId, attempted);
    }

    private static void requireCaseStaff(CurrentUser user, String what) {
        if (!user.hasRole(Role.SOCIAL_WORKER)
                        && !user.hasRole(Role.TEAM_MANAGER)
                        && !user.hasRole(Role.INDEPENDENT_REVIEWING_OFFICER)
                || user.localAuthorityId() == null) {
            throw new uk.placementbroker.shared.Refused(
                    "Only the child's social worker, their manager or reviewing officer " + what);
        }
    }

    private static void requireChildrensRecords(CurrentUser user) {
        if (!user.seesChildrensRecords()) {
            throw new uk.placementbroker.shared.Refused("This role does not work with children's records");
        }
    }
}
