package uk.placementbroker.brokerage.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.AnonymisedReferral;
import uk.placementbroker.referral.Referrals;

/** The provider portal's referrals: only those sent to the provider's organisation, and only as anonymised. */
@Controller
class PortalReferralsController {

    private final Rounds rounds;
    private final Referrals referrals;

    PortalReferralsController(Rounds rounds, Referrals referrals) {
        this.rounds = rounds;
        this.referrals = referrals;
    }

    @GetMapping("/portal/referrals")
    String list(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now();
        List<AnonymisedReferral> sent = rounds.sentTo(organisation(user)).stream()
                .map(id -> referrals.anonymised(id, today)).flatMap(Optional::stream).toList();
        model.addAttribute("referrals", sent);
        return "brokerage/portal-referrals";
    }

    /** Another provider's referral, or one never sent to this provider, is simply not found. */
    @GetMapping("/portal/referrals/{id}")
    String view(CurrentUser user, @PathVariable long id, Model model) {
        if (!rounds.wasSentTo(id, organisation(user))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("referral", referrals.anonymised(id, LocalDate.now()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "brokerage/portal-referral";
    }

    private static long organisation(CurrentUser user) {
        if (!user.hasRole(Role.PROVIDER_USER) || user.providerOrganisationId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.providerOrganisationId();
    }
}
