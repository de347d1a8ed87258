package uk.placementbroker.brokerage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.placementbroker.brokerage.ProviderResponses;
import uk.placementbroker.brokerage.RefusalReason;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.shared.Refused;

/** How providers answered the referrals sent to them, and why they could not offer. */
@Controller
class ProviderResponsesController {

    static final int LATEST_REFUSALS = 100;

    private final ProviderResponses responses;

    ProviderResponsesController(ProviderResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/brokerage/providers")
    String responses(CurrentUser user, Model model) {
        if (!ProviderResponses.mayRead(user)) {
            throw new Refused("Your role does not include this part of the service");
        }
        model.addAttribute("tallies", responses.tallies(user));
        model.addAttribute("refusals", responses.latestRefusals(user, LATEST_REFUSALS));
        model.addAttribute("reasons", RefusalReason.values());
        model.addAttribute("linksToReferrals", user.seesChildrensRecords());
        return "brokerage/providers";
    }
}
