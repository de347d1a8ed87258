package uk.placementbroker.notification.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.placementbroker.notification.sending.LocalMailbox;

/** The local mailbox, for administrators (the security rules keep /admin to them). */
@Controller
class MailboxController {

    private final Optional<LocalMailbox> mailbox;

    MailboxController(Optional<LocalMailbox> mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/admin/mailbox")
    String mailbox(Model model) {
        model.addAttribute("local", mailbox.isPresent());
        model.addAttribute("mails", mailbox.map(box -> box.latest(100)).orElse(java.util.List.of()));
        return "notification/mailbox";
    }
}
