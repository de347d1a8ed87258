package uk.placementbroker.placement;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.placement.internal.ContractStore;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.Refused;

/**
 * The Individual Placement Contract of each placement: drafted from the placement as soon as it is agreed,
 * completed and issued by the council's broker, signed for the council by a team manager and accepted for
 * the provider in the portal (or queried, and answered by the broker). Each step checks the state it moves
 * from, is audited, and the provider is mailed through the outbox when a version is issued to it. The caller
 * has opened the placement for the user ({@link Placements#open}).
 */
@Component
public class Contracts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ContractStore store;
    private final Organisations organisations;
    private final MarketDirectory market;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final String baseUrl;

    Contracts(
            ContractStore store,
            Organisations organisations,
            MarketDirectory market,
            Outbox outbox,
            AuditLog auditLog,
            @Value("${placementbroker.base-url}") String baseUrl) {
        this.store = store;
        this.organisations = organisations;
        this.market = market;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.baseUrl = baseUrl;
    }

    /** The first draft, in the transaction that agrees the placement. */
    void draftFirst(Placement placement) {
        String council = organisations
                .localAuthority(placement.localAuthorityId())
                .map(found -> found.name())
                .orElse("");
        String urn = market.placedHome(placement.home())
                .map(MarketDirectory.PlacedHome::urn)
                .orElse(null);
        Contract.Parties parties =
                new Contract.Parties(council, "", placement.providerName(), "", placement.homeName(), urn, "");
        store.insert(
                placement.id(),
                1,
                placement.startDate(),
                Contract.draft(placement, parties, invoicingReference(placement)),
                placement.agreedBy(),
                "Drafted from the placement agreed");
    }

    /** What the provider quotes on its invoices: the council's placement number, unique to the placement. */
    public static String invoicingReference(Placement placement) {
        return "PB-" + placement.localAuthorityId() + "-" + placement.id();
    }

    public List<ContractVersion> versions(Placement placement) {
        return store.versions(placement.id());
    }

    /**
     * What the council has agreed to pay: the latest version issued, or before one is, the price agreed with the offer
     * (the draft's). Invoices are checked against it.
     */
    public Contract inForce(Placement placement) {
        List<ContractVersion> versions = versions(placement);
        return versions.stream()
                .filter(version -> version.state() != ContractVersion.State.DRAFT)
                .findFirst()
                .or(() -> versions.stream().reduce((first, last) -> last))
                .map(ContractVersion::contract)
                .orElseThrow();
    }

    /** Each placement's latest version, read at once for a list of placements. */
    public java.util.Map<Long, ContractVersion> latestOf(List<Placement> listed) {
        return store.latestOf(listed.stream().map(Placement::id).toList());
    }

    public List<ContractQuery> queries(Placement placement) {
        return store.queries(placement.id());
    }

    public ContractVersion version(Placement placement, int version) {
        return store.version(placement.id(), version)
                .orElseThrow(() -> new uk.placementbroker.shared.NotFound("Contract version"));
    }

    /** The broker completes the draft; an issued version is not changed. */
    @Transactional
    public void saveDraft(CurrentUser user, Placement placement, int version, Contract contract) {
        requireBroker(user, placement);
        if (!store.saveDraft(placement.id(), version, contract)) {
            throw new MovedOn(
                    "This version has been issued already, so it is not changed: the page shows it as it stands");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.UPDATED,
                "placement contract",
                placement.id(),
                "version " + version);
    }

    /** The broker issues a complete draft to both parties: the provider is mailed to accept it in the portal. */
    @Transactional
    public void issue(CurrentUser user, Placement placement, int version) {
        requireBroker(user, placement);
        ContractVersion draft = version(placement, version);
        List<String> missing = draft.contract().missing();
        if (draft.state() == ContractVersion.State.DRAFT && !missing.isEmpty()) {
            throw new Refused("Complete the contract before it is issued: add " + String.join(", ", missing));
        }
        if (!store.issue(placement.id(), version, user.username())) {
            throw new MovedOn("This version has been issued already");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.UPDATED,
                "placement contract",
                placement.id(),
                "issued version " + version);
        tellTheProviderToAccept(placement, version);
    }

    /**
     * The next version, from an approved variation: the latest version's terms at the new price from the day it
     * takes effect, issued to both parties at once (what it changes was agreed already), waiting for both signatures.
     *
     * @return the new version's number
     */
    int issueVariation(
            Placement placement,
            ContractVersion latest,
            Price price,
            java.time.LocalDate effective,
            String by,
            String why) {
        int next = latest.version() + 1;
        store.insert(placement.id(), next, effective, latest.contract().withPrice(price), by, why);
        store.issue(placement.id(), next, by);
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.CREATED,
                "placement contract",
                placement.id(),
                "issued version " + next + ": " + why);
        tellTheProviderToAccept(placement, next);
        return next;
    }

    private void tellTheProviderToAccept(Placement placement, int version) {
        market.referralEmailOf(placement.providerId())
                .ifPresent(email -> outbox.queue(new Mail(
                        email,
                        "Placement contract to accept: " + placement.homeName(),
                        "The council has issued version " + version + " of the Individual Placement Contract for the"
                                + " placement in " + placement.homeName() + " from " + DAY.format(placement.startDate())
                                + ". Read it, then accept it or ask a question, in the portal:\n\n" + baseUrl
                                + "/placements/" + placement.id() + "\n",
                        "contract-issued-" + placement.id() + "-" + version + "@placement-broker",
                        placement.localAuthorityId())));
    }

    /** A team manager of the council signs an issued version for the council. */
    @Transactional
    public void signForTheCouncil(CurrentUser user, Placement placement, int version) {
        if (!user.belongsTo(placement.localAuthorityId()) || !user.hasRole(Role.TEAM_MANAGER)) {
            throw new Refused("A team manager of the council signs the contract for it");
        }
        ContractVersion now = version(placement, version);
        if (now.state() == ContractVersion.State.DRAFT) {
            throw new MovedOn("This version has not been issued yet: the broker issues it first");
        }
        if (!store.signForTheCouncil(placement.id(), version, user.username())) {
            throw new MovedOn("This version has been signed for the council already");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.UPDATED,
                "placement contract",
                placement.id(),
                "signed version " + version + " for the council");
    }

    /** The provider accepts an issued version, under the name of the person accepting it. */
    @Transactional
    public void acceptForTheProvider(CurrentUser user, Placement placement, int version, String acceptedAs) {
        requireProvider(user, placement);
        ContractVersion now = version(placement, version);
        if (now.state() == ContractVersion.State.DRAFT) {
            throw new MovedOn("This version has not been issued yet");
        }
        if (queries(placement).stream().anyMatch(query -> query.version() == version && query.open())) {
            throw new Refused("Your question about this version has not been answered yet: accept it once it has");
        }
        if (!store.acceptForTheProvider(placement.id(), version, user.username(), acceptedAs)) {
            throw new MovedOn("This version has been accepted already");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.UPDATED,
                "placement contract",
                placement.id(),
                "accepted version " + version + " as " + acceptedAs);
    }

    /** The provider asks about an issued version it has not accepted. */
    @Transactional
    public void query(CurrentUser user, Placement placement, int version, String question) {
        requireProvider(user, placement);
        ContractVersion now = version(placement, version);
        if (now.state() == ContractVersion.State.DRAFT || now.providerAcceptedAt() != null) {
            throw new MovedOn("This version is not waiting for your acceptance, so it cannot be queried");
        }
        long id = store.raiseQuery(placement.id(), version, user.username(), question);
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.CREATED,
                "placement contract query",
                id,
                "version " + version);
    }

    /** The broker answers the provider's question. */
    @Transactional
    public void answer(CurrentUser user, Placement placement, long queryId, String answer) {
        requireBroker(user, placement);
        if (!store.answerQuery(placement.id(), queryId, user.username(), answer)) {
            throw new MovedOn("This question has been answered already");
        }
        auditLog.recordAbout(
                placement.localAuthorityId(), AuditAction.UPDATED, "placement contract query", queryId, "answered");
    }

    /** Whether the user answers for the placed provider: its portal users, or for the council's own carers its fostering team. */
    public static boolean answersForTheProvider(CurrentUser user, Placement placement) {
        if (placement.providerOrganisationId() == null) {
            return user.belongsTo(placement.localAuthorityId()) && user.hasRole(Role.IN_HOUSE_FOSTERING);
        }
        return user.hasRole(Role.PROVIDER_USER)
                && placement.providerOrganisationId().equals(user.providerOrganisationId());
    }

    public static boolean isCouncilsBroker(CurrentUser user, Placement placement) {
        return user.belongsTo(placement.localAuthorityId()) && user.hasRole(Role.BROKER);
    }

    private static void requireBroker(CurrentUser user, Placement placement) {
        if (!isCouncilsBroker(user, placement)) {
            throw new Refused("The council's brokers draft, issue and answer for the contract");
        }
    }

    private static void requireProvider(CurrentUser user, Placement placement) {
        if (!answersForTheProvider(user, placement) || !placement.current()) {
            throw new Refused("Only the placed provider accepts or queries the contract");
        }
    }
}
