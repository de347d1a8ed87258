package uk.placementbroker.finance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Decisions;
import uk.placementbroker.finance.internal.InvoiceStore;
import uk.placementbroker.finance.savings.Savings;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.NotFound;

/**
 * The council's savings placement by placement (see {@link Savings}), from the offers each referral drew, the choice
 * the broker sent, the placement agreed and its invoices. Managers, brokers and finance officers of the council read
 * them; no child is named.
 */
@Component
public class SavingsFigures {

    private static final Set<Role> READERS =
            EnumSet.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.BROKER, Role.FINANCE_OFFICER, Role.COMMISSIONER);

    private final Placements placements;
    private final Decisions decisions;
    private final Answers answers;
    private final InvoiceStore invoices;
    private final Money annualTarget;

    SavingsFigures(
            Placements placements,
            Decisions decisions,
            Answers answers,
            InvoiceStore invoices,
            @Value("${placementbroker.finance.annual-savings-target-pounds:200000}") BigDecimal annualTarget) {
        this.placements = placements;
        this.decisions = decisions;
        this.answers = answers;
        this.invoices = invoices;
        this.annualTarget = Money.of(annualTarget);
    }

    public Money annualTarget() {
        return annualTarget;
    }

    public static boolean reads(CurrentUser user) {
        return user.localAuthorityId() != null && user.roles().stream().anyMatch(READERS::contains);
    }

    /** Each placement the council agreed through a choice, the latest first. */
    public List<Savings.Placed> of(CurrentUser user) {
        if (!reads(user)) {
            throw new NotFound("Page");
        }
        long council = user.localAuthorityId();
        List<Placement> agreed = placements.agreedIn(council);
        Map<Long, Decisions.Choice> choices =
                decisions
                        .choices(
                                user, agreed.stream().map(Placement::referralId).toList())
                        .stream()
                        .collect(Collectors.toMap(Decisions.Choice::referralId, Function.identity()));
        Map<Long, Money> overClaims = invoices.overClaimsStopped(council);
        return agreed.stream()
                .filter(placement -> choices.containsKey(placement.referralId()))
                .sorted(Comparator.comparing(Placement::agreedAt).reversed())
                .map(placement -> placed(placement, choices.get(placement.referralId()), overClaims))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Savings.Placed> placed(Placement placement, Decisions.Choice choice, Map<Long, Money> overClaims) {
        List<Answers.Answer> offers = answers.toReferral(placement.localAuthorityId(), placement.referralId()).stream()
                .filter(Answers.Answer::offer)
                .toList();
        Optional<Answers.Answer> chosen = offers.stream()
                .filter(offer -> offer.id() == placement.offerId())
                .findFirst();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Money firstQuoted = offers.stream()
                .filter(offer -> offer.providerId() == chosen.get().providerId()
                        && offer.home().equals(chosen.get().home()))
                .min(Comparator.comparing(Answers.Answer::submittedAt))
                .orElse(chosen.get())
                .asOffer()
                .weeklyCost();
        List<Money> others = offers.stream()
                .filter(offer -> choice.shortlist().contains(offer.id()) && offer.id() != placement.offerId())
                .map(offer -> offer.asOffer().weeklyCost())
                .toList();
        return Optional.of(new Savings.Placed(
                placement.id(),
                uk.placementbroker.placement.Contracts.invoicingReference(placement),
                placement.homeName(),
                placement.providerName(),
                choice.sentBy(),
                placement
                        .agreedAt()
                        .atZone(java.time.ZoneId.of("Europe/London"))
                        .toLocalDate(),
                firstQuoted,
                placement.weeklyCost(),
                others,
                overClaims.getOrDefault(placement.id(), Money.ZERO)));
    }
}
