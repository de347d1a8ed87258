package uk.placementbroker.placement;

import java.math.BigDecimal;
import java.util.Objects;
import uk.placementbroker.shared.Money;

/**
 * What a placement costs a week, item by item: the provider's fee and each extra agreed with it.
 *
 * @param oneToOneHours hours of 1:1 support a week, paid at {@code oneToOneRate} an hour
 */
public record WeeklyCosts(
        Money fee,
        BigDecimal oneToOneHours,
        Money oneToOneRate,
        Money education,
        Money transport,
        Money therapy,
        Money other) {

    public WeeklyCosts {
        Objects.requireNonNull(fee, "fee");
        oneToOneHours = oneToOneHours == null ? BigDecimal.ZERO : oneToOneHours;
        oneToOneRate = orZero(oneToOneRate);
        education = orZero(education);
        transport = orZero(transport);
        therapy = orZero(therapy);
        other = orZero(other);
        if (fee.isNegative()
                || oneToOneHours.signum() < 0
                || oneToOneRate.isNegative()
                || education.isNegative()
                || transport.isNegative()
                || therapy.isNegative()
                || other.isNegative()) {
            throw new IllegalArgumentException("A weekly cost cannot be less than nothing");
        }
    }

    /** The 1:1 support a week: its hours at their rate, to the nearest penny. */
    public Money oneToOne() {
        return oneToOneRate.times(oneToOneHours.doubleValue());
    }

    /** Everything but the fee. */
    public Money extras() {
        return oneToOne().plus(education).plus(transport).plus(therapy).plus(other);
    }

    public Money total() {
        return fee.plus(extras());
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }
}
