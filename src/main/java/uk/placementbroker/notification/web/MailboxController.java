package uk.placementbroker.notification.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.notification.sending.LocalMailbox;

/**
 * The local mailbox, for administrators (the security rules keep /admin to them): a council's administrator reads
 * the mail sent for their council; the consortium's, the mail of every council in it.
 */
@Controller
class MailboxController {

    private final Optional<LocalMailbox> mailbox;
    private final Organisations organisations;

    MailboxController(Optional<LocalMailbox> mailbox, Organisations organisations) {
        this.mailbox = mailbox;
        this.organisations = organisations;
    }

    @GetMapping("/admin/mailbox")
    String mailbox(CurrentUser user, Model model) {
        boolean consortium = user.localAuthorityId() == null && user.consortiumId() != null;
        List<Long> councils = user.localAuthorityId() != null
                ? List.of(user.localAuthorityId())
                : consortium
                        ? organisations.localAuthoritiesOf(user.consortiumId()).stream()
                                .map(LocalAuthority::id)
                                .toList()
                        : List.of();
        model.addAttribute("local", mailbox.isPresent());
        model.addAttribute(
                "mails",
                mailbox.map(box -> box.latest(councils, consortium, 100)).orElse(List.of()));
        return "notification/mailbox";
    }
}
