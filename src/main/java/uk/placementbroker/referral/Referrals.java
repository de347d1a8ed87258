package uk.placementbroker.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.children.ChildDetails;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.children.ChildSummary;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.Anonymiser;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.ReferralNumber;
import uk.placementbroker.shared.Refused;

/**
 * The way in to referrals, scoped like children's records: only the council's own staff who work with
 * named children see them, and every view and change is in the audit log. The status moves only as
 * the roles allow: a social worker submits, a team manager gives permission to look, a broker
 * quality-checks and accepts or returns it.
 */
@Component
public class Referrals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A referral as its pages show it. */
    public record Referral(
            long id,
            long childId,
            String childName,
            String childReference,
            LocalDate childDateOfBirth,
            String childSex,
            ReferralStatus status,
            ReferralDetails details,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            LocalDate submittedOn,
            String authorisedBy,
            String checkedBy) {}

    /** One line of a referral's history. */
    public record Event(Instant occurredAt, String actor, String action, String comment) {}

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ChildRecords children;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final StaffMail staffMail;
    private final ObjectProvider<InHouseRequests> inHouseRequests;

    Referrals(
            JdbcClient jdbc,
            AuditLog auditLog,
            ChildRecords children,
            Organisations organisations,
            ApplicationEventPublisher events,
            StaffMail staffMail,
            ObjectProvider<InHouseRequests> inHouseRequests) {
        this.staffMail = staffMail;
        this.inHouseRequests = inHouseRequests;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.children = children;
        this.organisations = organisations;
        this.events = events;
    }

    /** A new draft for one of the council's children; empty when the child is not the council's. */
    @Transactional
    public Optional<Long> start(CurrentUser user, long childId) {
        require(user, Role.SOCIAL_WORKER);
        Optional<ChildDetails> child = children.details(user.localAuthorityId(), childId);
        if (child.isEmpty()) {
            children.recordRefused(childId, "start a referral");
            return Optional.empty();
        }
        // Where the child lives and their ethnicity are on the child's record: the social worker starts from them.
        tools.jackson.databind.node.ObjectNode draft = JSON.valueToTree(ReferralDetails.empty());
        draft.put("homePostcode", child.get().homePostcode());
        draft.put("ethnicity", child.get().ethnicity());
        long id = jdbc.sql("""
                insert into referral_referral (local_authority_id, child_id, status, details, created_by)
                values (?, ?, 'DRAFT', ?::jsonb, ?) returning id
                """)
                .params(user.localAuthorityId(), childId, JSON.writeValueAsString(draft), user.username())
                .query(Long.class)
                .single();
        event(id, user, "Started the referral", null);
        auditLog.record(AuditAction.CREATED, "referral", id);
        return Optional.of(id);
    }

    /**
     * The referral if the user may see it: the council's staff who work with children's records, and its
     * fostering team once the council has asked them. The view, or the refused attempt, is audited.
     */
    @Transactional
    public Optional<Referral> open(CurrentUser user, long id) {
        Optional<Referral> referral =
                user.seesChildrensRecords() || askedOfFosteringTeam(user, id) ? find(user, id) : Optional.empty();
        if (referral.isPresent()) {
            auditLog.record(AuditAction.VIEWED, "referral", id);
        } else {
            auditLog.recordAbout(councilOf(id).orElse(null), AuditAction.REFUSED, "referral", id, null);
        }
        return referral;
    }

    /** Records that the referral, opened by {@link #open}, left the service as a file. */
    public void recordExported(long id, String as) {
        auditLog.record(AuditAction.EXPORTED, "referral", id, as);
    }

    /** The council whose referral this is, for audit lines and mail about it written by someone outside it. */
    public Optional<Long> councilOf(long id) {
        return jdbc.sql("select local_authority_id from referral_referral where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    private boolean askedOfFosteringTeam(CurrentUser user, long id) {
        InHouseRequests asked = inHouseRequests.getIfAvailable();
        return user.hasRole(Role.IN_HOUSE_FOSTERING)
                && user.localAuthorityId() != null
                && asked != null
                && asked.asked(user.localAuthorityId(), id);
    }

    /**
     * The referral as providers may see it, for a provider it was sent to or the mail that sends it:
     * nothing in it identifies the child, so reading it is not an audited view of the child's record.
     */
    public Optional<AnonymisedReferral> anonymised(long id, LocalDate today) {
        return jdbc.sql(SELECT + " where r.id = :id")
                .param("id", id)
                .query(this::stored)
                .optional()
                .map(stored -> {
                    Referral referral = withChild(stored);
                    String councilName = organisations
                            .localAuthority(stored.localAuthorityId())
                            .map(LocalAuthority::name)
                            .orElse("");
                    return AnonymisedReferral.of(
                            id,
                            councilName,
                            referral.details(),
                            referral.childDateOfBirth(),
                            referral.childSex(),
                            anonymiser(stored.localAuthorityId(), stored.childId()),
                            today);
                });
    }

    /** One line of the provider portal's list of referrals: nothing in it identifies the child. */
    public record ProviderListing(
            long id,
            String reference,
            String council,
            int age,
            String sex,
            List<String> placementTypes,
            LocalDate neededBy,
            boolean open) {}

    /** The listing of each of these referrals, in their order, read in a few queries whatever their number. */
    public List<ProviderListing> providerListings(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> councils = organisations.localAuthorities().stream()
                .collect(Collectors.toMap(LocalAuthority::id, LocalAuthority::name));
        List<Stored> rows = jdbc.sql(SELECT + " where r.id in (:ids)")
                .param("ids", ids)
                .query(this::stored)
                .list();
        List<Referral> read = withChildren(rows);
        Map<Long, Referral> byId = new HashMap<>();
        Map<Long, Long> councilOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byId.put(rows.get(i).id(), read.get(i));
            councilOf.put(rows.get(i).id(), rows.get(i).localAuthorityId());
        }
        return ids.stream()
                .filter(byId::containsKey)
                .map(byId::get)
                .map(referral -> new ProviderListing(
                        referral.id(),
                        ReferralNumber.of(referral.id()),
                        councils.getOrDefault(councilOf.get(referral.id()), ""),
                        java.time.Period.between(referral.childDateOfBirth(), today)
                                .getYears(),
                        "1".equals(referral.childSex()) ? "Boy" : "Girl",
                        referral.details().placementTypes().stream()
                                .map(PlacementType::words)
                                .sorted()
                                .toList(),
                        referral.details().neededBy(),
                        referral.status().takesAnswers()))
                .toList();
    }

    /** Text written for the providers of a referral, with whatever would identify the child taken out. */
    public String anonymisedText(long id, String text) {
        return anonymiser(id).text(text);
    }

    /** The same, in parts, for the broker to see what was taken out before providers read it. */
    public Anonymiser.Cleaned anonymisedPreview(long id, String text) {
        return anonymiser(id).clean(text);
    }

    /** One free text of a referral as providers will read it. */
    public record ProvidersRead(String question, Anonymiser.Cleaned text) {}

    /**
     * Every free text of the referral that providers read, as they will read it, for the broker to check before
     * sending it out: the referral's broker or any of the council's staff who see it.
     */
    public List<ProvidersRead> providersPreview(CurrentUser user, Referral referral) {
        Anonymiser scrub = anonymiser(user.localAuthorityId(), referral.childId());
        ReferralDetails details = referral.details();
        List<ProvidersRead> read = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, String> add = (question, text) -> {
            if (text != null && !text.isBlank()) {
                read.add(new ProvidersRead(question, scrub.clean(text.strip())));
            }
        };
        add.accept("Expected to last", details.expectedDuration());
        add.accept("Other risks to the child", details.riskToChildOther());
        add.accept("Other risks to others", details.riskToOthersOther());
        add.accept("First language", details.language());
        add.accept("Cultural and religious needs", details.culturalNeedsDetail());
        details.adaptations().forEach(line -> add.accept("Adaptations", line));
        details.essentialCriteria().forEach(line -> add.accept("Essential criteria", line));
        details.preferences().forEach(line -> add.accept("Preferences", line));
        details.outcomes().forEach(line -> add.accept("Outcomes", line));
        return read;
    }

    private Anonymiser anonymiser(long referralId) {
        record OfChild(long localAuthorityId, long childId) {}
        OfChild of = jdbc.sql("select local_authority_id, child_id from referral_referral where id = ?")
                .param(referralId)
                .query(OfChild.class)
                .single();
        return anonymiser(of.localAuthorityId(), of.childId());
    }

    private Anonymiser anonymiser(long localAuthorityId, long childId) {
        return Anonymiser.forChild(children.identity(localAuthorityId, childId).orElseThrow());
    }

    /** The council's referrals that are not drafts of someone else, newest first; audited as a list. */
    public List<Referral> list(CurrentUser user) {
        if (!user.seesChildrensRecords()) {
            throw new Refused("Only staff who work with children's records see referrals");
        }
        List<Referral> listed = jdbc
                .sql(
                        SELECT
                                + " where r.local_authority_id = :council and (r.status <> 'DRAFT' or r.created_by = :user) order by r.updated_at desc limit 200")
                .param("council", user.localAuthorityId())
                .param("user", user.username())
                .query(this::stored)
                .list()
                .stream()
                .collect(Collectors.collectingAndThen(Collectors.toList(), this::withChildren));
        auditLog.listed("Referrals", listed.stream().map(Referral::childId).toList());
        return listed;
    }

    /**
     * The referrals the council has asked its fostering team about, of these, for the team's list (and the broker,
     * who records their answers by phone); audited as a list.
     */
    public List<Referral> askedOfFosteringTeam(CurrentUser user, java.util.Collection<Long> ids) {
        if (user.localAuthorityId() == null || !(user.hasRole(Role.IN_HOUSE_FOSTERING) || user.hasRole(Role.BROKER))) {
            throw new Refused("Only the council’s fostering team and brokers see the referrals for its carers");
        }
        InHouseRequests asked = inHouseRequests.getIfAvailable();
        List<Long> askedOf = ids.stream()
                .filter(id -> asked != null && asked.asked(user.localAuthorityId(), id))
                .toList();
        if (askedOf.isEmpty()) {
            return List.of();
        }
        List<Referral> listed = jdbc
                .sql(SELECT + " where r.local_authority_id = :council and r.id in (:ids)")
                .param("council", user.localAuthorityId())
                .param("ids", askedOf)
                .query(this::stored)
                .list()
                .stream()
                .collect(Collectors.collectingAndThen(Collectors.toList(), this::withChildren));
        auditLog.listed(
                "Referrals asked of the fostering team",
                listed.stream().map(Referral::childId).toList());
        return listed;
    }

    /**
     * Every referral of the council in one of these states, however long ago it last changed: the queues, which
     * audit the children they show.
     */
    public List<Referral> inStatus(CurrentUser user, java.util.Set<ReferralStatus> statuses) {
        if (!user.seesChildrensRecords()) {
            throw new Refused("Only staff who work with children's records see referrals");
        }
        return jdbc
                .sql(SELECT + " where r.local_authority_id = :council and r.status in (:statuses)")
                .param("council", user.localAuthorityId())
                .param("statuses", statuses.stream().map(ReferralStatus::name).toList())
                .query(this::stored)
                .list()
                .stream()
                .collect(Collectors.collectingAndThen(Collectors.toList(), this::withChildren));
    }

    /** What an open referral asks for, counted in the council's sufficiency figures: nothing that names the child. */
    public record OpenDemand(PlacementType firstChoice, LocalDate childDateOfBirth, String homePostcode) {}

    /** Referrals of the councils sent and not yet placed or withdrawn, with a kind of placement chosen. */
    public List<OpenDemand> openDemand(List<Long> localAuthorityIds) {
        if (localAuthorityIds.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql(SELECT + " where r.local_authority_id in (:councils) and r.status in (:statuses)")
                .param("councils", localAuthorityIds)
                .param(
                        "statuses",
                        java.util.Arrays.stream(ReferralStatus.values())
                                .filter(status -> status != ReferralStatus.DRAFT
                                        && status != ReferralStatus.PLACED
                                        && status != ReferralStatus.WITHDRAWN)
                                .map(ReferralStatus::name)
                                .toList())
                .query(this::stored)
                .list()
                .stream()
                .collect(Collectors.collectingAndThen(Collectors.toList(), this::withChildren))
                .stream()
                .flatMap(referral -> referral.details().firstChoice().stream()
                        .map(type -> new OpenDemand(
                                type,
                                referral.childDateOfBirth(),
                                referral.details().homePostcode())))
                .toList();
    }

    public List<Event> history(CurrentUser user, long id) {
        find(user, id).orElseThrow(() -> new NotFound());
        return jdbc.sql(
                        "select occurred_at, actor, action, comment from referral_event where referral_id = ? order by occurred_at, id")
                .param(id)
                .query(Event.class)
                .list();
    }

    /** Saves the social worker's answers while the referral is a draft or returned to them. */
    @Transactional
    public void saveAnswers(CurrentUser user, long id, ReferralDetails details) {
        require(user, Role.SOCIAL_WORKER);
        Referral referral = mine(user, id);
        if (!referral.status().editable()) {
            throw new Refused(
                    "The referral is " + referral.status().words().toLowerCase() + ": it cannot be changed now");
        }
        jdbc.sql("update referral_referral set details = ?::jsonb, updated_at = now() where id = ?")
                .params(JSON.writeValueAsString(details), id)
                .update();
        auditLog.record(AuditAction.UPDATED, "referral", id);
    }

    /**
     * The broker changes the referral while searching (one over-ticked specialism can screen out the whole market),
     * with a reason: the social worker is told, and the providers already asked are sent the change (see
     * {@link ReferralAmended}).
     *
     * @param what the part changed, in words
     */
    @Transactional
    public void amend(CurrentUser user, long id, ReferralDetails details, String what, String why) {
        require(user, Role.BROKER);
        if (why == null || why.isBlank()) {
            throw new Refused(
                    "Say why you are changing the referral: the social worker and the providers asked read it");
        }
        if (why.strip().length() > 1000) {
            throw new Refused("Keep the reason to 1000 characters");
        }
        mine(user, id);
        lockIn(
                id,
                Set.of(ReferralStatus.READY_TO_SEARCH, ReferralStatus.SEARCHING),
                "so the broker can no longer change it");
        jdbc.sql("update referral_referral set details = ?::jsonb, updated_at = now() where id = ?")
                .params(JSON.writeValueAsString(details), id)
                .update();
        event(id, user, "Changed the referral while searching: " + what, why.strip());
        auditLog.record(AuditAction.UPDATED, "referral", id, "amended by the broker: " + what);
        staffMail.toSocialWorker(
                id,
                "the broker changed the referral",
                "The broker changed the referral while searching (" + what.toLowerCase() + "). Read what changed and"
                        + " why on the referral.",
                "");
        events.publishEvent(new ReferralAmended(id, what, why.strip(), Instant.now()));
    }

    /**
     * The social worker sends it on: for permission to look the first time, back to the broker after a
     * return. Refused with the quality findings while any remain.
     */
    @Transactional
    public List<ReferralQuality.Finding> submit(CurrentUser user, long id, String answer, LocalDate today) {
        require(user, Role.SOCIAL_WORKER);
        Referral referral = mine(user, id);
        if (!referral.status().editable()) {
            throw new Refused("The referral has already been sent");
        }
        List<ReferralQuality.Finding> findings = ReferralQuality.check(referral.details(), today);
        if (!findings.isEmpty()) {
            return findings;
        }
        boolean returned = referral.status() == ReferralStatus.RETURNED;
        move(
                id,
                returned ? ReferralStatus.AWAITING_QUALITY_CHECK : ReferralStatus.AWAITING_PERMISSION,
                "submitted_on = ?",
                today);
        event(
                id,
                user,
                returned
                        ? "Answered the broker and sent the referral back"
                        : "Sent the referral for permission to look",
                answer);
        if (returned) {
            staffMail.toRole(
                    user.localAuthorityId(),
                    Role.BROKER,
                    id,
                    "a referral is back for its quality check",
                    "The social worker has answered the comments and sent the referral back for its quality check.",
                    "");
        } else {
            staffMail.toRole(
                    user.localAuthorityId(),
                    Role.TEAM_MANAGER,
                    id,
                    "a referral waits for your permission to look",
                    "A social worker asks for permission to look for a placement.",
                    "");
        }
        return List.of();
    }

    /** Permission to look, the team manager's first decision (the studies: no permission needed to look, but needed to place). */
    @Transactional
    public void authorise(CurrentUser user, long id, boolean authorised, String comment) {
        require(user, Role.TEAM_MANAGER);
        Referral referral = mine(user, id);
        if (referral.status() != ReferralStatus.AWAITING_PERMISSION) {
            throw new Refused("The referral is not waiting for permission to look");
        }
        if (authorised) {
            move(
                    id,
                    ReferralStatus.AWAITING_QUALITY_CHECK,
                    "authorised_by = ?, authorised_at = now()",
                    user.username());
            event(id, user, "Gave permission to look", comment);
            staffMail.toRole(
                    user.localAuthorityId(),
                    Role.BROKER,
                    id,
                    "a referral waits for your quality check",
                    "The team manager has given permission to look. Check the referral before any provider reads it.",
                    "");
        } else {
            move(id, ReferralStatus.RETURNED, null, null);
            event(id, user, "Did not give permission to look, and returned the referral", comment);
            staffMail.toSocialWorker(
                    id,
                    "permission to look was not given",
                    "The team manager did not give permission to look and returned the referral. Read why on the referral.",
                    "");
        }
    }

    /** The broker's quality check: accept it for searching, or return it to the social worker with comments. */
    @Transactional
    public void check(CurrentUser user, long id, boolean accepted, String comment) {
        require(user, Role.BROKER);
        Referral referral = mine(user, id);
        if (referral.status() != ReferralStatus.AWAITING_QUALITY_CHECK) {
            throw new Refused("The referral is not waiting for a quality check");
        }
        if (accepted) {
            move(id, ReferralStatus.READY_TO_SEARCH, "checked_by = ?, checked_at = now()", user.username());
            event(id, user, "Checked the referral: ready to search", comment);
        } else {
            move(id, ReferralStatus.RETURNED, null, null);
            event(id, user, "Returned the referral to the social worker", comment);
            staffMail.toSocialWorker(
                    id,
                    "the broker returned the referral",
                    "The broker returned the referral with comments. Answer them, change what needs changing"
                            + " and send it again.",
                    "");
        }
    }

    /**
     * A broker opens a search round: the referral must have passed its quality check. Returns the
     * referral for the round to be built from.
     */
    @Transactional
    public Referral startSearch(CurrentUser user, long id) {
        require(user, Role.BROKER);
        lock(id);
        Referral referral = mine(user, id);
        if (referral.status() != ReferralStatus.READY_TO_SEARCH && referral.status() != ReferralStatus.SEARCHING) {
            throw new Refused("The referral has not passed its quality check");
        }
        if (referral.status() == ReferralStatus.READY_TO_SEARCH) {
            move(id, ReferralStatus.SEARCHING, null, null);
        }
        return referral;
    }

    /** The broker has sent a choice of placements: the referral waits for the social worker and team manager. */
    @Transactional
    public void choiceSent(CurrentUser user, long id) {
        Referral referral = mine(user, id);
        if (referral.status() != ReferralStatus.SEARCHING && referral.status() != ReferralStatus.CHOOSING) {
            throw new Refused("The referral is not being searched for");
        }
        move(id, ReferralStatus.CHOOSING, null, null);
    }

    /**
     * Locks the referral until the caller's transaction ends, so that the steps taken on one referral
     * take turns (two brokers opening a round, two managers deciding), and says where it has got to.
     * Every state-changing step takes this first, then checks the status it changes from.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ReferralStatus> lock(long id) {
        return jdbc.sql("select status from referral_referral where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .map(ReferralStatus::valueOf);
    }

    /**
     * {@link #lock} for a step open only in these statuses: one the referral has moved past is refused
     * with the words "The referral has just moved on: it is placed" followed by what that means for the step.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReferralStatus lockIn(long id, Set<ReferralStatus> open, String soTheStep) {
        ReferralStatus status = lock(id).orElseThrow(() -> new NotFound());
        if (!open.contains(status)) {
            throw new MovedOn(
                    "The referral has just moved on: it is " + status.words().toLowerCase() + ", " + soTheStep);
        }
        return status;
    }

    /** A placement was agreed: the referral is done. */
    @Transactional
    public void placed(CurrentUser user, long id) {
        mine(user, id);
        lockIn(id, Set.of(ReferralStatus.CHOOSING), "so it cannot be placed now");
        move(id, ReferralStatus.PLACED, null, null);
    }

    /**
     * The social worker or team manager withdraws the referral: the child no longer needs this placement.
     * Providers can no longer answer it; a placement already agreed cannot be withdrawn here.
     */
    @Transactional
    public void withdraw(CurrentUser user, long id, String reason) {
        if (!user.hasRole(Role.SOCIAL_WORKER) && !user.hasRole(Role.TEAM_MANAGER) || user.localAuthorityId() == null) {
            throw new Refused("This is for the child's social worker or team manager");
        }
        lock(id);
        Referral referral = mine(user, id);
        if (referral.status() == ReferralStatus.PLACED || referral.status() == ReferralStatus.WITHDRAWN) {
            throw new Refused(
                    "The referral is " + referral.status().words().toLowerCase() + ": it cannot be withdrawn");
        }
        move(id, ReferralStatus.WITHDRAWN, null, null);
        event(id, user, "Withdrew the referral", reason.strip());
        events.publishEvent(new ReferralWithdrawn(id));
    }

    /** Whether providers may still answer the referral: only while it is searched for or the choice is being made. */
    public boolean takesAnswers(long id) {
        return statusOf(id).filter(ReferralStatus::takesAnswers).isPresent();
    }

    /** Where the referral has got to, for another module's bookkeeping; nothing about the child. */
    public Optional<ReferralStatus> statusOf(long id) {
        return jdbc.sql("select status from referral_referral where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(ReferralStatus::valueOf);
    }

    /** The days the referrals were sent by the social worker, for the councils' figures. */
    public java.util.Map<Long, LocalDate> submittedOn(java.util.Collection<Long> ids) {
        java.util.Map<Long, LocalDate> sent = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, submitted_on from referral_referral where id in (:ids) and submitted_on is not null")
                    .param("ids", ids)
                    .query((row, number) -> sent.put(row.getLong(1), row.getObject(2, LocalDate.class)))
                    .list();
        }
        return sent;
    }

    /** Records a step of the search in the referral's history. */
    public void recordSearchStep(CurrentUser user, long id, String action) {
        event(id, user, action, null);
    }

    /** Records a decision in the referral's history, with its reasons. */
    public void recordDecision(CurrentUser user, long id, String action, String comment) {
        event(id, user, action, comment);
    }

    private void move(long id, ReferralStatus status, String extraSet, Object extraValue) {
        String sql = "update referral_referral set status = ?, updated_at = now()"
                + (extraSet == null ? "" : ", " + extraSet) + " where id = ?";
        if (extraSet == null) {
            jdbc.sql(sql).params(status.name(), id).update();
        } else {
            jdbc.sql(sql).params(status.name(), extraValue, id).update();
        }
        auditLog.record(AuditAction.UPDATED, "referral", id, status.words());
    }

    private void event(long id, CurrentUser user, String action, String comment) {
        jdbc.sql("insert into referral_event (referral_id, actor, action, comment) values (?, ?, ?, ?)")
                .params(
                        id,
                        user.displayName() + " (" + user.username() + ")",
                        action,
                        comment == null || comment.isBlank() ? null : comment.strip())
                .update();
    }

    private Referral mine(CurrentUser user, long id) {
        return find(user, id).orElseThrow(() -> new NotFound());
    }

    /**
     * The referral of the user's council, unless it is a draft someone else is writing: a draft is its author's,
     * their team managers' and the council's brokers' to open, and no other social worker's.
     */
    private Optional<Referral> find(CurrentUser user, long id) {
        return find(user.localAuthorityId(), id)
                .filter(referral -> referral.status() != ReferralStatus.DRAFT
                        || referral.createdBy().equals(user.username())
                        || user.hasRole(Role.TEAM_MANAGER)
                        || user.hasRole(Role.BROKER));
    }

    private Optional<Referral> find(Long localAuthorityId, long id) {
        if (localAuthorityId == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where r.id = :id and r.local_authority_id = :council")
                .param("id", id)
                .param("council", localAuthorityId)
                .query(this::stored)
                .optional()
                .map(this::withChild);
    }

    private static void require(CurrentUser user, Role role) {
        if (!user.hasRole(role) || user.localAuthorityId() == null) {
            throw new Refused("This is for a " + role.label().toLowerCase());
        }
    }

    private static final String SELECT = """
            select r.id, r.local_authority_id, r.child_id, r.status, r.details::text as details, r.created_by, r.created_at, r.updated_at,
                   r.submitted_on, r.authorised_by, r.checked_by
            from referral_referral r
            """;

    /** A referral's row, read whole before anything else is asked of the database (a query inside a row mapper would hold two connections). */
    private record Stored(
            long id,
            long localAuthorityId,
            long childId,
            ReferralStatus status,
            ReferralDetails details,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            LocalDate submittedOn,
            String authorisedBy,
            String checkedBy) {}

    /**
     * Referrals' answers as read, by their JSON: every list reads them, and the same text always means the same
     * (immutable) answers. Emptied when it grows past a consortium's open referrals many times over.
     */
    private final Map<String, ReferralDetails> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int PARSED_AT_MOST = 5_000;

    private ReferralDetails details(String json) {
        ReferralDetails details = parsed.get(json);
        if (details == null) {
            details = JSON.readValue(json, ReferralDetails.class);
            if (parsed.size() >= PARSED_AT_MOST) {
                parsed.clear();
            }
            parsed.put(json, details);
        }
        return details;
    }

    private Stored stored(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Stored(
                row.getLong("id"),
                row.getLong("local_authority_id"),
                row.getLong("child_id"),
                ReferralStatus.valueOf(row.getString("status")),
                details(row.getString("details")),
                row.getString("created_by"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getObject("submitted_on", LocalDate.class),
                row.getString("authorised_by"),
                row.getString("checked_by"));
    }

    /** The child's name and reference come from their record, through the children module. */
    private Referral withChild(Stored stored) {
        return withChild(
                stored,
                children.summary(stored.localAuthorityId(), stored.childId()).orElseThrow());
    }

    /** Each row with its child, the children of each council read in one query. */
    private List<Referral> withChildren(List<Stored> rows) {
        Map<Long, Map<Long, ChildSummary>> byCouncil = new HashMap<>();
        rows.stream()
                .collect(Collectors.groupingBy(
                        Stored::localAuthorityId, Collectors.mapping(Stored::childId, Collectors.toSet())))
                .forEach((council, childIds) -> byCouncil.put(council, children.summaries(council, childIds)));
        return rows.stream()
                .map(row -> withChild(row, byCouncil.get(row.localAuthorityId()).get(row.childId())))
                .toList();
    }

    private static Referral withChild(Stored stored, ChildSummary child) {
        return new Referral(
                stored.id(),
                child.id(),
                child.fullName(),
                child.childReference(),
                child.dateOfBirth(),
                child.sex(),
                stored.status(),
                stored.details(),
                stored.createdBy(),
                stored.createdAt(),
                stored.updatedAt(),
                stored.submittedOn(),
                stored.authorisedBy(),
                stored.checkedBy());
    }
}
