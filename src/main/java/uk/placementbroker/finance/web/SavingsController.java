package uk.placementbroker.finance.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.placementbroker.finance.SavingsFigures;
import uk.placementbroker.finance.savings.Savings;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.shared.Money;

/** The savings the brokerage team makes, with how each figure is worked out, on a page and as CSV. */
@Controller
class SavingsController {

    private final SavingsFigures savings;

    SavingsController(SavingsFigures savings) {
        this.savings = savings;
    }

    @GetMapping("/finance/savings")
    String page(CurrentUser user, Model model) {
        List<Savings.Placed> placed = savings.of(user);
        model.addAttribute("placed", placed);
        model.addAttribute("years", Savings.byYear(placed, savings.annualTarget()));
        model.addAttribute("brokers", Savings.byBroker(placed));
        model.addAttribute("all", Savings.all(placed));
        model.addAttribute("target", savings.annualTarget());
        model.addAttribute("weeks", Savings.WEEKS);
        return "finance/savings";
    }

    @GetMapping("/finance/savings.csv")
    ResponseEntity<String> csv(CurrentUser user) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                csv,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "placement_reference",
                                "home",
                                "provider",
                                "broker",
                                "agreed_on",
                                "year_ending_31_march",
                                "first_quoted_weekly",
                                "agreed_weekly",
                                "median_other_offers_weekly",
                                "negotiated_a_year",
                                "below_the_market_a_year",
                                "over_claims_stopped",
                                "saved")
                        .get())) {
            for (Savings.Placed each : savings.of(user)) {
                printer.printRecord(
                        each.reference(),
                        each.home(),
                        each.provider(),
                        each.broker(),
                        each.agreedOn(),
                        each.year(),
                        pounds(each.firstQuoted()),
                        pounds(each.agreed()),
                        each.medianOfOthers() == null ? "" : pounds(each.medianOfOthers()),
                        pounds(each.negotiatedAYear()),
                        pounds(each.belowTheMarketAYear()),
                        pounds(each.overClaimsStopped()),
                        pounds(each.saved()));
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("savings.csv")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv"))
                .body(csv.toString());
    }

    private static String pounds(Money money) {
        return money.pounds().toPlainString();
    }
}
