package uk.placementbroker.finance.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.finance.InvoiceRecord;
import uk.placementbroker.finance.Invoices;
import uk.placementbroker.finance.reconciliation.InvoiceCsv;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;
import uk.placementbroker.shared.Typed;

/**
 * Invoices: the provider's in the portal ({@code /portal/invoices}), and the council's finance officer's queue, checks
 * and payment exports ({@code /finance}). The same invoice page serves both, each seeing the steps that are theirs.
 */
@Controller
class InvoicesController {

    private final Invoices invoices;

    InvoicesController(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/portal/invoices")
    String providersInvoices(CurrentUser user, Model model) {
        requireProvider(user);
        model.addAttribute("invoices", invoices.ofProvider(user));
        return "finance/portal-invoices";
    }

    @GetMapping({"/portal/invoices/new", "/finance/invoices/new"})
    String newInvoice(CurrentUser user, @RequestParam(required = false) Long placement, Model model) {
        requireProviderOrFinance(user);
        Map<String, String> form = new LinkedHashMap<>();
        if (placement != null) {
            form.put("placement", String.valueOf(placement));
        }
        return form(user, form, Map.of(), model);
    }

    @PostMapping({"/portal/invoices", "/finance/invoices"})
    String submit(CurrentUser user, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        requireProviderOrFinance(user);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        Optional<InvoiceForm.Entered> entered = InvoiceForm.read(form, today, errors);
        if (entered.isEmpty()) {
            return form(user, form, errors, model);
        }
        long id;
        try {
            id = invoices.submit(
                    user, entered.get().placementId(), entered.get().invoice(), today);
        } catch (MovedOn | Refused refused) {
            return form(user, form, Map.of("number", refused.getMessage()), model);
        }
        redirect.addFlashAttribute(
                "message",
                "Invoice " + entered.get().invoice().number() + " is received and checked against the contract");
        return "redirect:" + base(user) + "/invoices/" + id;
    }

    @GetMapping({"/portal/invoices/upload", "/finance/invoices/upload"})
    String upload(CurrentUser user, Model model) {
        requireProviderOrFinance(user);
        return uploadPage(user, List.of(), model);
    }

    /** Many invoices in one CSV file: every one received, or none, with each problem named by row and column. */
    @PostMapping({"/portal/invoices/upload", "/finance/invoices/upload"})
    String uploaded(
            CurrentUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        requireProviderOrFinance(user);
        if (file == null || file.isEmpty()) {
            return uploadPage(user, List.of("Choose a CSV file of invoices"), model);
        }
        InvoiceCsv.Result read;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            read = InvoiceCsv.read(reader);
        }
        if (!read.problems().isEmpty()) {
            return uploadPage(user, read.problems(), model);
        }
        int received;
        try {
            received = invoices.submitAll(user, read.invoices(), LocalDate.now());
        } catch (Refused refused) {
            return uploadPage(user, List.of(refused.getMessage()), model);
        }
        redirect.addFlashAttribute(
                "message",
                received + (received == 1 ? " invoice is" : " invoices are")
                        + " received and checked against the contracts");
        return "redirect:" + (Invoices.isFinanceOfficer(user) ? "/finance/invoices" : "/portal/invoices");
    }

    @GetMapping({"/portal/invoices/{id}", "/finance/invoices/{id}"})
    String invoice(CurrentUser user, @PathVariable long id, Model model) {
        return page(user, invoices.open(user, id), Map.of(), model);
    }

    @GetMapping("/finance/invoices")
    String queue(CurrentUser user, @RequestParam(defaultValue = "TO_CHECK") String state, Model model) {
        InvoiceRecord.State shown;
        try {
            shown = InvoiceRecord.State.valueOf(state);
        } catch (IllegalArgumentException unknown) {
            shown = InvoiceRecord.State.TO_CHECK;
        }
        model.addAttribute("invoices", invoices.queue(user, shown));
        model.addAttribute("counts", invoices.counts(user));
        model.addAttribute("state", shown);
        model.addAttribute("batches", invoices.batches(user));
        return "finance/queue";
    }

    @PostMapping("/finance/invoices/{id}/approve")
    String approve(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        if ("invoiced".equals(amount) && reason.isBlank()) {
            return page(user, invoices.open(user, id), Map.of("reason", "Say why the invoiced amount is paid"), model);
        }
        return step(user, id, model, redirect, "Approved", () -> {
            if ("invoiced".equals(amount)) {
                invoices.approveInvoiced(user, id, reason);
            } else {
                invoices.approveReconciled(user, id);
            }
        });
    }

    @PostMapping("/finance/invoices/{id}/second-approval")
    String secondApproval(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "Approved second", () -> invoices.secondApprove(user, id));
    }

    @PostMapping("/finance/invoices/{id}/query")
    String query(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            Model model,
            RedirectAttributes redirect) {
        if (question.isBlank()) {
            return page(user, invoices.open(user, id), Map.of("question", "Enter what you ask the provider"), model);
        }
        return step(
                user, id, model, redirect, "The query is with the provider", () -> invoices.query(user, id, question));
    }

    @PostMapping("/finance/invoices/{id}/reject")
    String reject(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String rejection,
            Model model,
            RedirectAttributes redirect) {
        if (rejection.isBlank()) {
            return page(user, invoices.open(user, id), Map.of("rejection", "Say why the invoice is rejected"), model);
        }
        return step(user, id, model, redirect, "Rejected", () -> invoices.reject(user, id, rejection));
    }

    @PostMapping("/portal/invoices/{id}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String credit,
            Model model,
            RedirectAttributes redirect) {
        InvoiceRecord invoice = invoices.open(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (answer.isBlank()) {
            errors.put("answer", "Enter your answer to the query");
        }
        Optional<Money> creditNote = credit.isBlank()
                ? Optional.of(Money.ZERO)
                : Typed.pounds(credit).map(Money::of);
        if (creditNote.isEmpty()) {
            errors.put("credit", "Enter the credit note in pounds, such as 180.04, or leave it blank");
        }
        if (!errors.isEmpty()) {
            return page(user, invoice, errors, model);
        }
        return step(
                user,
                id,
                model,
                redirect,
                "Your answer is with the council's finance team",
                () -> invoices.answer(user, id, answer, creditNote.get()));
    }

    @PostMapping("/finance/exports")
    String export(CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            long batch = invoices.export(user);
            redirect.addFlashAttribute("message", "Batch " + batch + " is made: download it for the finance system");
        } catch (MovedOn nothing) {
            redirect.addFlashAttribute("message", nothing.getMessage());
        }
        return "redirect:/finance/invoices?state=EXPORTED";
    }

    @GetMapping("/finance/exports/{batch}.csv")
    ResponseEntity<String> download(CurrentUser user, @PathVariable long batch) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("payments-batch-" + batch + ".csv")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv"))
                .body(invoices.batchCsv(user, batch));
    }

    private String step(
            CurrentUser user, long id, Model model, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
        } catch (MovedOn | Refused refused) {
            return page(user, invoices.open(user, id), Map.of("invoice", refused.getMessage()), model);
        }
        redirect.addFlashAttribute("message", done);
        return "redirect:" + base(user) + "/invoices/" + id;
    }

    private String uploadPage(CurrentUser user, List<String> problems, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(problems.size(), 100); i++) {
            errors.put(i == 0 ? "file" : "file-" + i, problems.get(i));
        }
        if (problems.size() > 100) {
            errors.put("file-more", "And " + (problems.size() - 100) + " more problems");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("columns", InvoiceCsv.COLUMNS);
        model.addAttribute("items", PriceItem.values());
        model.addAttribute("base", base(user));
        return "finance/invoice-upload";
    }

    private String page(CurrentUser user, InvoiceRecord invoice, Map<String, String> errors, Model model) {
        model.addAttribute("invoice", invoice);
        model.addAttribute("finance", Invoices.isFinanceOfficer(user));
        model.addAttribute("base", base(user));
        model.addAttribute("secondApproverAbove", invoices.secondApproverAbove());
        model.addAttribute("errors", errors);
        return "finance/invoice";
    }

    private String form(CurrentUser user, Map<String, String> form, Map<String, String> errors, Model model) {
        Map<String, String> options = new LinkedHashMap<>();
        invoices.invoiceable(user, LocalDate.now())
                .forEach(placement -> options.put(
                        String.valueOf(placement.placementId()),
                        placement.invoicingReference() + ": " + placement.homeName() + ", from "
                                + placement
                                        .startDate()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                                + (placement.endedOn() == null
                                        ? ""
                                        : " to "
                                                + placement
                                                        .endedOn()
                                                        .format(java.time.format.DateTimeFormatter.ofPattern(
                                                                "d MMMM yyyy")))
                                + (Invoices.isFinanceOfficer(user) ? " (" + placement.providerName() + ")" : "")));
        model.addAttribute("placements", options);
        model.addAttribute("items", PriceItem.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("base", base(user));
        return "finance/invoice-form";
    }

    private static String base(CurrentUser user) {
        return Invoices.isFinanceOfficer(user) ? "/finance" : "/portal";
    }

    private static void requireProvider(CurrentUser user) {
        if (!user.hasRole(Role.PROVIDER_USER)) {
            throw new NotFound("Page");
        }
    }

    private static void requireProviderOrFinance(CurrentUser user) {
        if (!user.hasRole(Role.PROVIDER_USER) && !Invoices.isFinanceOfficer(user)) {
            throw new NotFound("Page");
        }
    }
}
