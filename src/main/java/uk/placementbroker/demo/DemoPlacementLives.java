package uk.placementbroker.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.Accounts;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.placement.Contracts;
import uk.placementbroker.placement.Ending;
import uk.placementbroker.placement.Endings;
import uk.placementbroker.placement.Matter;
import uk.placementbroker.placement.Matters;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Review;
import uk.placementbroker.placement.Reviews;
import uk.placementbroker.placement.Variation;
import uk.placementbroker.placement.Variations;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.PlacementType;

/**
 * Placements part-way through their lives, taken there by the council's demo staff and the provider through the
 * same services the pages use: one agreed by both with two reviews, the social worker's feedback, a dispute and a
 * change to its price waiting for the head of service, and its invoices in each state; one ended as planned; one
 * ended unplanned, with an invoice running past its end, rejected.
 */
@Component
class DemoPlacementLives {

    /** How many of the council's children these placements need. */
    static final int CHILDREN = 3;

    private static final Logger log = LoggerFactory.getLogger(DemoPlacementLives.class);

    /** Makes a placement for the council's n-th child of these, from the start given, through the brokerage's steps. */
    interface Placing {
        /** @param firstQuote what the provider first quoted, before the broker negotiated it down to {@code fee}; or null */
        Optional<Placement> place(
                int child, LocalDate start, BigDecimal fee, BigDecimal firstQuote, PlacementType... types);
    }

    private final Accounts accounts;
    private final Contracts contracts;
    private final Reviews reviews;
    private final Matters matters;
    private final Variations variations;
    private final Endings endings;
    private final DemoInvoices invoices;

    DemoPlacementLives(
            Accounts accounts,
            Contracts contracts,
            Reviews reviews,
            Matters matters,
            Variations variations,
            Endings endings,
            DemoInvoices invoices) {
        this.accounts = accounts;
        this.contracts = contracts;
        this.reviews = reviews;
        this.matters = matters;
        this.variations = variations;
        this.endings = endings;
        this.invoices = invoices;
    }

    void generate(String council, Placing placing, Map<Long, String> providerUsers, LocalDate today) {
        CurrentUser socialWorker = user("sw." + council);
        CurrentUser manager = user("tm." + council);
        CurrentUser broker = user("broker." + council);
        CurrentUser officer = user("iro." + council);
        CurrentUser finance = user("finance." + council);

        // The ended ones first: their places are free again for the one that lasts.
        placing.place(0, today.minusDays(300), null, null).ifPresent(placement -> {
            CurrentUser provider = providerOf(placement, providerUsers);
            agreeTheContract(manager, provider, placement);
            review(
                    officer,
                    placement,
                    placement.startDate().plusDays(18),
                    Review.Rating.ON_TRACK,
                    Review.Rating.ON_TRACK);
            review(
                    officer,
                    placement,
                    placement.startDate().plusDays(100),
                    Review.Rating.ACHIEVED,
                    Review.Rating.ACHIEVED);
            matters.record(
                    broker,
                    placement,
                    Matter.Kind.COMPLIMENT,
                    "The child's mother",
                    "The carers kept her son's contact going every week, even over Christmas.",
                    placement.startDate().plusDays(120));
            endings.end(
                    socialWorker,
                    placement,
                    new Endings.Asked(
                            true,
                            today.minusDays(20),
                            "CARPL",
                            today.minusDays(60),
                            Ending.Destination.HOME,
                            "Returned home to her mother, as the care plan intended; support from the edge of care team."),
                    today);
        });
        placing.place(1, today.minusDays(60), null, null).ifPresent(placement -> {
            agreeTheContract(manager, providerOf(placement, providerUsers), placement);
            review(
                    officer,
                    placement,
                    placement.startDate().plusDays(19),
                    Review.Rating.NOT_ON_TRACK,
                    Review.Rating.ON_TRACK);
            endings.end(
                    broker,
                    placement,
                    new Endings.Asked(
                            false,
                            today.minusDays(5),
                            "CREQB",
                            today.minusDays(12),
                            Ending.Destination.ANOTHER_PLACEMENT,
                            "The carers gave a week's notice after three missing episodes; the child moved to a residential home."),
                    today);
            CurrentUser provider = providerOf(placement, providerUsers);
            if (provider != null) {
                invoices.forAnEndedPlacement(provider, finance, placement, today);
            }
        });
        placing.place(
                        2,
                        today.minusDays(120),
                        BigDecimal.valueOf(4_750),
                        BigDecimal.valueOf(4_950),
                        PlacementType.RESIDENTIAL)
                .ifPresent(placement -> {
                    CurrentUser provider = providerOf(placement, providerUsers);
                    agreeTheContract(manager, provider, placement);
                    long first = review(
                            officer,
                            placement,
                            placement.startDate().plusDays(17),
                            Review.Rating.NOT_ON_TRACK,
                            Review.Rating.ON_TRACK);
                    reviews.feedback(
                            socialWorker,
                            placement,
                            first,
                            "Agreed with the actions; I will ask the school for a part-time timetable to begin with.");
                    review(
                            officer,
                            placement,
                            placement.startDate().plusDays(85),
                            Review.Rating.ON_TRACK,
                            Review.Rating.ON_TRACK);
                    matters.record(
                            broker,
                            placement,
                            Matter.Kind.DISPUTE,
                            placement.providerName(),
                            "The home invoiced taxis to family contact that the contract says the price includes.",
                            today.minusDays(9));
                    variations.ask(
                            provider != null ? provider : broker,
                            placement,
                            new Variations.Asked(
                                    today.plusDays(7),
                                    Variation.Reason.NEEDS_CHANGED,
                                    "Two missing episodes in a month: the strategy meeting asked for 1:1 support in the evenings.",
                                    List.of(Variation.Change.oneToOne(BigDecimal.valueOf(20), Money.pounds(28))),
                                    null));
                    Variation asked = variations.of(placement).get(0);
                    if (asked.state() == Variation.State.ASKED) {
                        variations.agree(broker, placement, asked.id());
                    }
                    if (provider != null) {
                        invoices.forALastingPlacement(provider, finance, placement, today);
                    }
                });
        log.info(
                "Loaded demo placements for {}: signed and reviewed, a price change waiting, ended planned and unplanned",
                council);
    }

    private void agreeTheContract(CurrentUser manager, CurrentUser provider, Placement placement) {
        contracts.signForTheCouncil(manager, placement, 1);
        if (provider != null) {
            contracts.acceptForTheProvider(provider, placement, 1, provider.displayName() + ", registered manager");
        }
    }

    private long review(
            CurrentUser officer, Placement placement, LocalDate heldOn, Review.Rating first, Review.Rating others) {
        List<String> outcomes = contracts.versions(placement).get(0).contract().outcomes().stream()
                .map(outcome -> outcome.outcome())
                .toList();
        List<Review.Progress> progress = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Review.Rating rating = i == 0 ? first : others;
            progress.add(new Review.Progress(
                    i + 1,
                    outcomes.get(i),
                    rating,
                    rating == Review.Rating.NOT_ON_TRACK
                            ? "Missed days in the first weeks; a new timetable is agreed"
                            : ""));
        }
        return reviews.record(
                officer,
                placement,
                new Review.Held(
                        heldOn,
                        "The child, the carers, the social worker, the reviewing officer",
                        "Likes the home and the staff; wants more time with friends at weekends",
                        true,
                        "",
                        "Social worker to agree a school timetable with the head teacher",
                        progress));
    }

    private CurrentUser providerOf(Placement placement, Map<Long, String> providerUsers) {
        String username = placement.providerOrganisationId() == null
                ? null
                : providerUsers.get(placement.providerOrganisationId());
        return username == null ? null : user(username);
    }

    private CurrentUser user(String username) {
        return accounts.byUsername(username)
                .orElseThrow(() -> new IllegalStateException("No demo account " + username));
    }
}
