package uk.placementbroker.system;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import uk.placementbroker.shared.Money;

/** Pages write an amount in pounds as {@code ${@money.format(amount)}}: the one way money is written, Money's. */
@Component("money")
class MoneyFormat {

    public String format(Number pounds) {
        return pounds == null ? "" : Money.of(new BigDecimal(pounds.toString())).toString();
    }
}
