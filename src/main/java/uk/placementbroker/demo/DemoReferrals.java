package uk.placementbroker.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Decisions;
import uk.placementbroker.brokerage.Questions;
import uk.placementbroker.brokerage.RefusalReason;
import uk.placementbroker.brokerage.RoundKind;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.children.ChildDetails;
import uk.placementbroker.identity.Accounts;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.market.Locations;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.market.Vacancies;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.matching.Matching;
import uk.placementbroker.placement.Contract;
import uk.placementbroker.placement.Contracts;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.referral.ReferralCriteria;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * Referrals in every state of the brokerage flow, for one council, taken there by its demo staff and
 * providers through the same services the pages use (so every rule, history line and mail is real):
 * a draft, one waiting for permission, one for the quality check, one returned, one ready to search,
 * one being searched with offers, a refusal and an answered question, a choice waiting for the team
 * manager, a costly one waiting for the head of service, a placement agreed (its contract issued, waiting for
 * the team manager's signature and the provider's acceptance) and one withdrawn.
 */
@Component
class DemoReferrals {

    private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

    /** A child of the council as the demo registered them. */
    record ChildOnRecord(long id, ChildDetails details, boolean lookedAfter) {}

    private final Accounts accounts;
    private final Referrals referrals;
    private final Rounds rounds;
    private final Answers answers;
    private final Questions questions;
    private final Decisions decisions;
    private final Vacancies vacancies;
    private final MarketDirectory market;
    private final Locations locations;
    private final Placements placements;
    private final Contracts contracts;
    private final DemoPlacementLives lives;

    DemoReferrals(
            Accounts accounts,
            Referrals referrals,
            Rounds rounds,
            Answers answers,
            Questions questions,
            Decisions decisions,
            Vacancies vacancies,
            MarketDirectory market,
            Locations locations,
            Placements placements,
            Contracts contracts,
            DemoPlacementLives lives) {
        this.accounts = accounts;
        this.referrals = referrals;
        this.rounds = rounds;
        this.answers = answers;
        this.questions = questions;
        this.decisions = decisions;
        this.vacancies = vacancies;
        this.market = market;
        this.locations = locations;
        this.placements = placements;
        this.contracts = contracts;
        this.lives = lives;
    }

    /**
     * @param council the council's short name in the demo usernames, such as {@code northbridge}
     * @param children the council's children; those looked after now and aged 5 to 15 are referred
     * @param providerUsers the demo provider organisations' ids and the username of each one's portal user
     */
    void generate(String council, List<ChildOnRecord> children, Map<Long, String> providerUsers, LocalDate today) {
        Staff staff = new Staff(user("sw." + council), user("tm." + council), user("broker." + council));
        List<ChildOnRecord> referred = children.stream()
                .filter(child -> child.lookedAfter() && age(child, today) >= 5 && age(child, today) <= 15)
                .sorted(Comparator.comparing(child -> child.details().childReference()))
                .limit(11 + DemoPlacementLives.CHILDREN)
                .toList();
        if (referred.size() < 11) {
            log.warn("Demo referrals not loaded: {} has too few children aged 5 to 15", council);
            return;
        }
        Flow flow = new Flow(staff, providerUsers, today);

        long draft = referrals.start(staff.socialWorker(), referred.get(0).id()).orElseThrow();
        referrals.saveAnswers(staff.socialWorker(), draft, partly(details(referred.get(0), today, 0)));

        flow.submitted(referred.get(1), 1);

        long checking = flow.submitted(referred.get(2), 2);
        referrals.authorise(
                staff.manager(),
                checking,
                true,
                "Agreed: foster care first, a children's home if no carer can be found.");

        long returned = flow.authorised(referred.get(3), 3);
        referrals.check(
                staff.broker(),
                returned,
                false,
                "Please say how far the child can travel to school, and whether contact with their brother is supervised: providers will ask.");

        flow.checked(referred.get(4), 4);

        long searching = flow.checked(referred.get(5), 5);
        flow.offerFromEachAsked(searching, null, true);

        long proposed = flow.checked(referred.get(6), 6);
        List<Long> offers = flow.offerFromEachAsked(proposed, null, false);
        if (!offers.isEmpty()) {
            decisions.sendChoice(staff.broker(), proposed, offers);
            decisions.propose(
                    staff.socialWorker(),
                    proposed,
                    offers.get(0),
                    "The carers live near the school and have looked after children of this age for years; the child met them at a contact visit and liked them.");
        }

        long costly = flow.checked(referred.get(7), 7, PlacementType.RESIDENTIAL);
        Optional<Long> residential = flow.offerFromEachAsked(costly, BigDecimal.valueOf(5_600), false).stream()
                .findFirst();
        residential.ifPresent(offer -> {
            decisions.sendChoice(staff.broker(), costly, List.of(offer));
            decisions.propose(
                    staff.socialWorker(),
                    costly,
                    offer,
                    "Two foster placements ended within weeks; the home's staff are trained in exploitation and it is 12 miles from school.");
            decisions.decide(
                    staff.manager(),
                    costly,
                    true,
                    "Agreed; above the weekly threshold, so it goes to the head of service.");
        });

        long placed = flow.checked(referred.get(8), 8);
        List<Long> placedOffers = flow.offerFromEachAsked(placed, null, false);
        if (!placedOffers.isEmpty()) {
            decisions.sendChoice(staff.broker(), placed, placedOffers);
            decisions.propose(
                    staff.socialWorker(),
                    placed,
                    placedOffers.get(0),
                    "Closest to school, and the carers have a dog the child already knows from respite.");
            try {
                decisions.decide(staff.manager(), placed, true, "Agreed. Review at six weeks.");
                placements
                        .ofReferral(staff.broker().localAuthorityId(), placed)
                        .ifPresent(placement -> issueTheContract(staff.broker(), placement));
            } catch (Placement.HomeFull full) {
                // Generated again and again (the benchmark's consortium), the first fitting home fills: the choice
                // waits.
                log.debug("Demo placement left waiting for the team manager: {}", full.getMessage());
            }
        }

        long withdrawn = flow.authorised(referred.get(9), 9);
        referrals.withdraw(
                staff.socialWorker(),
                withdrawn,
                "Going to live with their grandmother under a special guardianship order.");

        long askingInHouse = flow.checked(referred.get(10), 10);
        rounds.open(staff.broker(), askingInHouse, RoundKind.IN_HOUSE);

        if (referred.size() == 11 + DemoPlacementLives.CHILDREN) {
            // The eldest last: the children's homes the demo market has take older children.
            List<ChildOnRecord> spare = referred.subList(11, referred.size()).stream()
                    .sorted(Comparator.comparing(
                                    (ChildOnRecord child) -> child.details().dateOfBirth())
                            .reversed())
                    .toList();
            lives.generate(
                    council,
                    (child, start, fee, firstQuote, types) ->
                            flow.placed(spare.get(child), 11 + child, start, fee, firstQuote, types),
                    providerUsers,
                    today);
        }
        log.info("Loaded demo referrals for {}: one in every state of the brokerage flow", council);
    }

    /** The broker completes the drafted contract and issues it: it waits for the team manager and the provider. */
    private void issueTheContract(CurrentUser broker, Placement placement) {
        Contract draft = contracts.version(placement, 1).contract();
        Contract.Parties parties = draft.parties();
        Contract completed = new Contract(
                new Contract.Parties(
                        parties.council(),
                        broker.displayName() + ", brokerage team",
                        parties.providerLegalName(),
                        parties.registrationNumber(),
                        parties.home(),
                        parties.homeUrn(),
                        parties.registeredManager()),
                draft.startDate(),
                draft.invoicingReference(),
                draft.price(),
                draft.oneOffCosts(),
                "Care and accommodation, food, clothing, pocket money, and transport to family contact once a fortnight",
                draft.outcomes().stream()
                        .map(outcome -> new Contract.Outcome(
                                outcome.outcome(),
                                "Rated by the reviewing officer at each review, with the school's attendance record",
                                draft.startDate().plusMonths(6)))
                        .toList(),
                draft.reviews(),
                draft.terms());
        contracts.saveDraft(broker, placement, 1, completed);
        contracts.issue(broker, placement, 1);
    }

    private record Staff(CurrentUser socialWorker, CurrentUser manager, CurrentUser broker) {}

    /** Takes referrals through the steps, as each role would. */
    private final class Flow {

        private final Staff staff;
        private final Map<Long, String> providerUsers;
        private final LocalDate today;

        Flow(Staff staff, Map<Long, String> providerUsers, LocalDate today) {
            this.staff = staff;
            this.providerUsers = providerUsers;
            this.today = today;
        }

        long submitted(ChildOnRecord child, int variant, PlacementType... types) {
            long id = referrals.start(staff.socialWorker(), child.id()).orElseThrow();
            referrals.saveAnswers(staff.socialWorker(), id, details(child, today, variant, types));
            var findings = referrals.submit(staff.socialWorker(), id, null, today);
            if (!findings.isEmpty()) {
                throw new IllegalStateException(
                        "Demo referral " + id + " does not pass its quality checks: " + findings);
            }
            return id;
        }

        long authorised(ChildOnRecord child, int variant, PlacementType... types) {
            long id = submitted(child, variant, types);
            referrals.authorise(staff.manager(), id, true, null);
            return id;
        }

        long checked(ChildOnRecord child, int variant, PlacementType... types) {
            long id = authorised(child, variant, types);
            referrals.check(staff.broker(), id, true, "Clear and complete.");
            return id;
        }

        /**
         * Opens a framework round and has each provider asked offer its first home that fits, at this fee
         * (or a foster fee), or refuse when none fits. In a lively search the first provider asks a
         * question, which the broker answers for everyone, and the last says it cannot offer.
         */
        List<Long> offerFromEachAsked(long referral, BigDecimal fee, boolean lively) {
            return offerFromEachAsked(referral, fee, lively, today.plusDays(3));
        }

        /**
         * A placement agreed for the child through every step, starting on {@code start} (in the past, for a
         * placement the demo shows part-way through its life); empty when no home fits or the fitting home is full.
         */
        Optional<Placement> placed(
                ChildOnRecord child,
                int variant,
                LocalDate start,
                BigDecimal fee,
                BigDecimal firstQuote,
                PlacementType... types) {
            long referral = checked(child, variant, types);
            List<Long> offers =
                    new ArrayList<>(offerFromEachAsked(referral, firstQuote != null ? firstQuote : fee, false, start));
            if (offers.isEmpty()) {
                log.warn("Demo placement not made: no home fits referral {}", referral);
                return Optional.empty();
            }
            if (firstQuote != null) {
                // The broker negotiated by phone: the provider withdraws its first quote and offers the home again for
                // less.
                Answers.Answer quoted = answers.find(staff.broker().localAuthorityId(), offers.get(0))
                        .orElseThrow();
                CurrentUser provider = user(providerUsers.get(quoted.providerOrganisationId()));
                answers.withdraw(provider, quoted.id());
                Answers.Offer first = quoted.asOffer();
                offers.set(
                        0,
                        answers.offer(
                                provider,
                                referral,
                                new Answers.Offer(
                                        first.home(),
                                        first.availableFrom(),
                                        Money.of(fee),
                                        first.oneToOneHours(),
                                        first.oneToOneRate(),
                                        first.educationWeekly(),
                                        first.transportWeekly(),
                                        first.therapyWeekly(),
                                        first.oneOffCosts(),
                                        first.howNeedsAreMet())));
            }
            decisions.sendChoice(staff.broker(), referral, offers);
            decisions.propose(
                    staff.socialWorker(),
                    referral,
                    offers.get(0),
                    "The best fit of those offered: near school, and the carers know the child's needs.");
            try {
                decisions.decide(staff.manager(), referral, true, "Agreed.");
            } catch (Placement.HomeFull full) {
                log.debug("Demo placement not made: {}", full.getMessage());
                return Optional.empty();
            }
            Optional<Placement> placement = placements.ofReferral(staff.broker().localAuthorityId(), referral);
            placement.ifPresent(agreed -> issueTheContract(staff.broker(), agreed));
            return placement;
        }

        List<Long> offerFromEachAsked(long referral, BigDecimal fee, boolean lively, LocalDate availableFrom) {
            List<MarketDirectory.Contact> asked = rounds.open(staff.broker(), referral, RoundKind.FRAMEWORK);
            Referrals.Referral opened = referrals.open(staff.broker(), referral).orElseThrow();
            Criteria criteria = ReferralCriteria.of(opened, locations, today);
            List<Long> offers = new ArrayList<>();
            boolean questionAsked = !lively;
            List<MarketDirectory.Contact> inPortal = asked.stream()
                    .filter(contact -> contact.providerOrganisationId() != null
                            && providerUsers.containsKey(contact.providerOrganisationId()))
                    .toList();
            for (MarketDirectory.Contact contact : inPortal) {
                CurrentUser provider = user(providerUsers.get(contact.providerOrganisationId()));
                Optional<HomeRef> home = fittingHome(contact.providerId(), criteria);
                boolean last = contact == inPortal.get(inPortal.size() - 1);
                if (lively && last && inPortal.size() > 1) {
                    answers.refuse(
                            provider,
                            referral,
                            RefusalReason.RISK_TO_OTHER_CHILDREN,
                            "The only carers free near the school already look after two children under five.");
                } else if (home.isPresent()) {
                    Money weekly = fee != null ? Money.of(fee) : Money.pounds(880 + 40L * offers.size());
                    offers.add(
                            answers.offer(
                                    provider,
                                    referral,
                                    new Answers.Offer(
                                            home.get(),
                                            availableFrom,
                                            weekly,
                                            BigDecimal.valueOf(offers.isEmpty() ? 0 : 6),
                                            Money.pounds(22),
                                            Money.ZERO,
                                            Money.pounds(45),
                                            Money.ZERO,
                                            Money.pounds(250),
                                            "Carers trained in responding to missing episodes; school run each day; weekly contact supported at the home.")));
                } else {
                    answers.refuse(
                            provider, referral, RefusalReason.NO_VACANCY, "Nothing suitable free before next month.");
                }
                if (!questionAsked) {
                    long question = questions.ask(
                            provider,
                            referral,
                            "Could the child share a bedroom with a younger child for the first week?");
                    questions.answer(
                            staff.broker(),
                            referral,
                            question,
                            "No: the social worker asks for a room of their own from the start.");
                    questionAsked = true;
                }
            }
            return offers;
        }

        /** The provider's first home that meets every essential criterion of the referral, if any. */
        private Optional<HomeRef> fittingHome(long provider, Criteria criteria) {
            for (Vacancies.Home home : vacancies.homesOfProvider(provider)) {
                Optional<uk.placementbroker.matching.Candidate> candidate = market.offeredHome(
                        "demo",
                        provider,
                        home.ref(),
                        staff.broker().consortiumId(),
                        Money.pounds(900),
                        today.plusDays(3),
                        today);
                if (candidate.isPresent()
                        && Matching.failures(criteria, candidate.get()).isEmpty()) {
                    return Optional.of(home.ref());
                }
            }
            return Optional.empty();
        }
    }

    /** A referral a social worker would send for this child; the variant changes the needs and wishes a little. */
    static ReferralDetails details(ChildOnRecord child, LocalDate today, int variant, PlacementType... types) {
        String home = child.details().homePostcode();
        String outward = home.split(" ")[0];
        boolean residential = types.length > 0 && types[0] == PlacementType.RESIDENTIAL;
        Map<PlacementType, ReferralDetails.Suitability> suitability = residential
                ? Map.of(PlacementType.RESIDENTIAL, ReferralDetails.Suitability.PREFERRED)
                : Map.of(PlacementType.FOSTERING, ReferralDetails.Suitability.PREFERRED);
        Set<Need> needs = residential
                ? EnumSet.of(Need.CRIMINAL_EXPLOITATION, Need.MISSING_EPISODES, Need.EDUCATION)
                : variant % 3 == 0
                        ? EnumSet.of(Need.EDUCATION)
                        : variant % 3 == 1
                                ? EnumSet.of(Need.EMOTIONAL_AND_BEHAVIOURAL, Need.EDUCATION)
                                : EnumSet.of(Need.HEALTH);
        ReferralDetails.Urgency urgency =
                variant % 2 == 0 ? ReferralDetails.Urgency.WITHIN_7_DAYS : ReferralDetails.Urgency.PLANNED;
        LocalDate neededBy =
                urgency == ReferralDetails.Urgency.WITHIN_7_DAYS ? today.plusDays(5) : today.plusDays(21 + variant);
        return new ReferralDetails(
                suitability,
                Set.of(),
                urgency,
                neededBy,
                residential ? "Six months, then a step down to foster care" : "Long term, until 18",
                0,
                home,
                outward + " 2QP",
                25,
                List.of(),
                ReferralDetails.AreaPreference.NO_PREFERENCE,
                null,
                needs,
                Set.of(),
                null,
                null,
                child.details().ethnicity(),
                null,
                null,
                false,
                Set.of(ReferralDetails.Communication.NONE),
                ReferralDetails.CulturalNeeds.NOT_REQUIRED,
                null,
                false,
                List.of(),
                ReferralDetails.Alongside.NO_PREFERENCE,
                ReferralDetails.Pets.YES_CAN,
                false,
                Set.of(ReferralDetails.AdditionalSupport.TAXIS_TO_SCHOOL),
                null,
                residential
                        ? List.of("Staff trained in criminal exploitation", "Within 25 miles of school")
                        : List.of("Within 25 miles of school"),
                List.of("A carer at home after school"),
                List.of(
                        "Attends school every day",
                        "Keeps weekly contact with family",
                        "Stays in the placement for at least two years"),
                "Weekly sessions with the school counsellor",
                residential ? 6_000 : 1_000,
                null);
    }

    /** What a social worker has written after the first question page. */
    private static ReferralDetails partly(ReferralDetails details) {
        return new ReferralDetails(
                details.suitability(),
                details.otherTypes(),
                details.urgency(),
                details.neededBy(),
                details.expectedDuration(),
                details.siblingsToPlaceWith(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static int age(ChildOnRecord child, LocalDate today) {
        return Period.between(child.details().dateOfBirth(), today).getYears();
    }

    private CurrentUser user(String username) {
        return accounts.byUsername(username)
                .orElseThrow(() -> new IllegalStateException("No demo account " + username));
    }
}
