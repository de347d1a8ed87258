package uk.placementbroker.placement.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.placement.Contract;
import uk.placementbroker.placement.ContractVersion;
import uk.placementbroker.placement.Contracts;
import uk.placementbroker.placement.Endings;
import uk.placementbroker.placement.Matter;
import uk.placementbroker.placement.Matters;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.placement.Price;
import uk.placementbroker.placement.Review;
import uk.placementbroker.placement.ReviewSchedule;
import uk.placementbroker.placement.Reviews;
import uk.placementbroker.placement.Variation;
import uk.placementbroker.placement.Variations;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * A placement's own page, for the child's council and the placed provider while it lasts: who is placed where,
 * from when, at what weekly price item by item, for which outcomes, when the first review is due, and its
 * Individual Placement Contract with each step of it. Anyone else, and the provider once it has ended, finds
 * nothing.
 */
@Controller
class PlacementController {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Placements placements;
    private final Contracts contracts;
    private final Reviews reviews;
    private final Matters matters;
    private final Endings endings;
    private final Variations variations;
    private final ChildRecords children;
    private final MarketDirectory market;
    private final AuditLog auditLog;
    private final uk.placementbroker.identity.Organisations organisations;
    private final uk.placementbroker.identity.Accounts accounts;

    PlacementController(
            Placements placements,
            Contracts contracts,
            Reviews reviews,
            Matters matters,
            Endings endings,
            Variations variations,
            ChildRecords children,
            MarketDirectory market,
            AuditLog auditLog,
            uk.placementbroker.identity.Organisations organisations,
            uk.placementbroker.identity.Accounts accounts) {
        this.placements = placements;
        this.contracts = contracts;
        this.reviews = reviews;
        this.matters = matters;
        this.endings = endings;
        this.variations = variations;
        this.children = children;
        this.market = market;
        this.auditLog = auditLog;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** The referral's placement, for the council's staff. */
    @GetMapping("/referrals/{id}/placed")
    String ofReferral(CurrentUser user, @PathVariable long id) {
        if (user.localAuthorityId() == null) {
            throw new NotFound("Placement");
        }
        Placement placement =
                placements.ofReferral(user.localAuthorityId(), id).orElseThrow(() -> new NotFound("Placement"));
        return "redirect:/placements/" + placement.id();
    }

    /** A row of the council's placements list. */
    record Row(Placement placement, String child, ContractVersion contract, LocalDate nextReviewDue) {}

    /** A change to a price waiting for a decision, with the placement's row. */
    record Waiting(Variation variation, Row row) {}

    /** The council's current placements, with where each contract has got to and when each next review is due. */
    @GetMapping("/placements")
    String list(CurrentUser user, Model model) {
        if (user.localAuthorityId() == null && !user.hasRole(Role.PROVIDER_USER)) {
            throw new NotFound("Page");
        }
        List<Placement> current = placements.currentFor(user);
        Map<Long, ContractVersion> latest = contracts.latestOf(current);
        Map<Long, LocalDate> due = reviews.nextDueOf(current);
        Map<Long, String> names = new java.util.HashMap<>();
        current.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Placement::localAuthorityId,
                        java.util.stream.Collectors.mapping(Placement::childId, java.util.stream.Collectors.toList())))
                .forEach((council, childIds) ->
                        children.summaries(council, childIds).forEach((id, child) -> names.put(id, child.fullName())));
        List<Row> rows = current.stream()
                .map(placement -> new Row(
                        placement,
                        names.getOrDefault(placement.childId(), ""),
                        latest.get(placement.id()),
                        due.get(placement.id())))
                .toList();
        model.addAttribute("rows", rows);
        Map<Long, Row> byPlacement = new java.util.HashMap<>();
        rows.forEach(row -> byPlacement.put(row.placement().id(), row));
        model.addAttribute(
                "waiting",
                variations.waitingIn(user).stream()
                        .filter(variation -> byPlacement.containsKey(variation.placementId()))
                        .map(variation -> new Waiting(variation, byPlacement.get(variation.placementId())))
                        .toList());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("provider", user.localAuthorityId() == null);
        return "placement/list";
    }

    @GetMapping("/placements/{id}")
    String view(CurrentUser user, @PathVariable long id, Model model) {
        return page(user, open(user, id), Map.of(), null, model);
    }

    @PostMapping("/placements/{id}/contract/{version}/draft")
    String saveDraft(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable int version,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Contract edited = ContractForm.read(
                form, contracts.version(placement, version).contract(), placement.startDate(), errors);
        if (!errors.isEmpty()) {
            return page(user, placement, errors, form, model);
        }
        boolean issue = "issue".equals(form.get("then"));
        return step(
                user,
                placement,
                model,
                redirect,
                issue
                        ? "Version " + version
                                + " is issued: it waits for the team manager's signature and the provider's acceptance"
                        : "The draft is saved",
                () -> {
                    contracts.saveDraft(user, placement, version, edited);
                    if (issue) {
                        contracts.issue(user, placement, version);
                    }
                });
    }

    @PostMapping("/placements/{id}/contract/{version}/sign")
    String sign(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable int version,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return step(
                user,
                placement,
                model,
                redirect,
                "You have signed version " + version + " for the council",
                () -> contracts.signForTheCouncil(user, placement, version));
    }

    @PostMapping("/placements/{id}/contract/{version}/accept")
    String accept(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable int version,
            @RequestParam(name = "acceptedAs", required = false) String acceptedAs,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return stepWithText(
                user,
                placement,
                acceptedAs,
                "acceptedAs",
                "Enter your name, as you accept the contract",
                model,
                redirect,
                "You have accepted version " + version + " of the contract",
                typed -> contracts.acceptForTheProvider(user, placement, version, typed));
    }

    @PostMapping("/placements/{id}/contract/{version}/queries")
    String query(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable int version,
            @RequestParam(name = "question", required = false) String question,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return stepWithText(
                user,
                placement,
                question,
                "question",
                "Enter your question about the contract",
                model,
                redirect,
                "Your question is with the council's brokerage team",
                typed -> contracts.query(user, placement, version, typed));
    }

    @PostMapping("/placements/{id}/contract/queries/{query}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long query,
            @RequestParam(name = "answer", required = false) String answer,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return stepWithText(
                user,
                placement,
                answer,
                "answer" + query,
                "Enter your answer to the provider's question",
                model,
                redirect,
                "Your answer is with the provider",
                typed -> contracts.answer(user, placement, query, typed));
    }

    @PostMapping("/placements/{id}/reviews")
    String recordReview(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.Optional<Review.Held> held = ReviewForm.read(
                form,
                outcomesToReview(placement, contracts.versions(placement)),
                placement.startDate(),
                LocalDate.now(),
                errors);
        if (held.isEmpty()) {
            return page(user, placement, errors, form, model);
        }
        return step(
                user,
                placement,
                model,
                redirect,
                "The review is recorded",
                () -> reviews.record(user, placement, held.get()));
    }

    @PostMapping("/placements/{id}/reviews/{review}/feedback")
    String feedback(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long review,
            @RequestParam(name = "feedback", required = false) String feedback,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return stepWithText(
                user,
                placement,
                feedback,
                "feedback" + review,
                "Enter your feedback on the review",
                model,
                redirect,
                "Your feedback is with the review",
                typed -> reviews.feedback(user, placement, review, typed));
    }

    @PostMapping("/placements/{id}/matters")
    String recordMatter(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Matter.Kind kind = null;
        try {
            kind = Matter.Kind.valueOf(form.getOrDefault("kind", ""));
        } catch (IllegalArgumentException notChosen) {
            errors.put("kind", "Choose whether it is a dispute, a complaint or a compliment");
        }
        String raisedBy = form.getOrDefault("raisedBy", "").strip();
        if (raisedBy.isEmpty()) {
            errors.put("raisedBy", "Enter who raised it");
        }
        String about = form.getOrDefault("about", "").strip();
        if (about.isEmpty()) {
            errors.put("about", "Enter what it is about");
        }
        LocalDate today = LocalDate.now();
        java.util.Optional<LocalDate> raisedOn = uk.placementbroker.shared.Typed.date(
                form.get("raisedOnDay"),
                form.get("raisedOnMonth"),
                form.get("raisedOnYear"),
                today.minusYears(1),
                today);
        if (raisedOn.isEmpty()) {
            errors.put(
                    "raisedOnDay",
                    "Enter the date it was raised, within the last year, such as " + today.getDayOfMonth() + " "
                            + today.getMonthValue() + " " + today.getYear());
        }
        if (!errors.isEmpty()) {
            return page(user, placement, errors, form, model);
        }
        Matter.Kind chosen = kind;
        return step(
                user,
                placement,
                model,
                redirect,
                chosen.words() + " recorded",
                () -> matters.record(user, placement, chosen, raisedBy, about, raisedOn.get()));
    }

    @PostMapping("/placements/{id}/matters/{matter}/resolve")
    String resolveMatter(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long matter,
            @RequestParam(name = "resolution", required = false) String resolution,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return stepWithText(
                user,
                placement,
                resolution,
                "resolution" + matter,
                "Enter how it was resolved",
                model,
                redirect,
                "Recorded as resolved",
                typed -> matters.resolve(user, placement, matter, typed));
    }

    @PostMapping("/placements/{id}/variations")
    String askForVariation(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.Optional<Variations.Asked> asked = VariationForm.read(form, placement.startDate(), errors);
        if (asked.isEmpty()) {
            return page(user, placement, errors, form, model);
        }
        try {
            variations.ask(user, placement, asked.get());
        } catch (MovedOn | Refused refused) {
            return page(user, placement, Map.of("variation", refused.getMessage()), form, model);
        }
        redirect.addFlashAttribute(
                "message", "The change to the price is recorded: the page shows where it has got to");
        return "redirect:/placements/" + placement.id() + "#variations";
    }

    @PostMapping("/placements/{id}/variations/{variation}/agree")
    String agreeVariation(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long variation,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return step(
                user,
                placement,
                model,
                redirect,
                "You have agreed the change to the price",
                () -> variations.agree(user, placement, variation));
    }

    @PostMapping("/placements/{id}/variations/{variation}/approve")
    String approveVariation(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long variation,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return step(
                user,
                placement,
                model,
                redirect,
                "You have approved the change: the contract's next version is issued to both parties",
                () -> variations.approve(user, placement, variation));
    }

    @PostMapping("/placements/{id}/variations/{variation}/refuse")
    String refuseVariation(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long variation,
            @RequestParam(name = "refusal", required = false) String refusal,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        return stepWithText(
                user,
                placement,
                refusal,
                "refusal" + variation,
                "Say why the change is refused",
                model,
                redirect,
                "The change to the price is refused",
                typed -> variations.refuse(user, placement, variation, typed));
    }

    @PostMapping("/placements/{id}/ending")
    String end(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = open(user, id);
        if (!placement.current()) {
            return page(
                    user,
                    placement,
                    Map.of("ending", "This placement has ended already: the page shows how"),
                    null,
                    model);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        java.util.Optional<Endings.Asked> asked = EndingForm.read(form, placement.startDate(), today, errors);
        if (asked.isEmpty()) {
            return page(user, placement, errors, form, model);
        }
        try {
            Endings.Ended ended = endings.end(user, placement, asked.get(), today);
            redirect.addFlashAttribute(
                    "message",
                    "The placement ended on "
                            + ended.ending()
                                    .endDate()
                                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                            + (ended.inEpisodesOfCare()
                                    ? ": the episode of care is ended on the child's record, and the provider has been told"
                                    : ": the provider has been told. The child's episodes of care were not changed, as the"
                                            + " open episode is not this placement's: correct them on the child's record"));
        } catch (MovedOn | Refused refused) {
            return page(user, placement, Map.of("ending", refused.getMessage()), form, model);
        }
        return "redirect:/placements/" + placement.id() + "#ending";
    }

    /** One version as a document, to print or save as PDF from the browser. */
    @GetMapping("/placements/{id}/contract/{version}")
    String document(CurrentUser user, @PathVariable long id, @PathVariable int version, Model model) {
        Placement placement = open(user, id);
        ContractVersion shown = contracts.version(placement, version);
        model.addAttribute("placement", placement);
        model.addAttribute("version", shown);
        model.addAttribute("contract", shown.contract());
        model.addAttribute("child", child(placement));
        model.addAttribute("priceLines", shown.contract().price().inForceOn(shown.effectiveFrom()));
        model.addAttribute("weekly", shown.contract().price().weeklyOn(shown.effectiveFrom()));
        return "placement/contract";
    }

    /** One version as JSON, for the council's or the provider's own systems; recorded as an export. */
    @GetMapping("/placements/{id}/contract/{version}/download")
    ResponseEntity<String> download(CurrentUser user, @PathVariable long id, @PathVariable int version) {
        Placement placement = open(user, id);
        ContractVersion shown = contracts.version(placement, version);
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.EXPORTED,
                "placement contract",
                placement.id(),
                "version " + version + " as JSON");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("placement", placement.id());
        document.put("version", shown.version());
        document.put("effectiveFrom", shown.effectiveFrom());
        document.put("state", shown.state());
        document.put("madeBy", shown.madeBy());
        document.put("madeAt", shown.madeAt());
        document.put("reason", shown.reason());
        document.put("councilSignedBy", shown.councilSignedBy());
        document.put("councilSignedAt", shown.councilSignedAt());
        document.put("providerAcceptedAs", shown.providerAcceptedAs());
        document.put("providerAcceptedAt", shown.providerAcceptedAt());
        document.put("contract", shown.contract());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("placement-" + placement.id() + "-contract-v" + version + ".json")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(document));
    }

    private Placement open(CurrentUser user, long id) {
        return placements.open(user, id).orElseThrow(() -> new NotFound("Placement"));
    }

    /** Takes a step; a step the state no longer allows, or the user may not take, gets words on the page. */
    private String step(
            CurrentUser user,
            Placement placement,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable step) {
        try {
            step.run();
        } catch (MovedOn | Refused refused) {
            return page(user, placement, Map.of("contract", refused.getMessage()), null, model);
        }
        redirect.addFlashAttribute("message", done);
        return "redirect:/placements/" + placement.id() + "#contract";
    }

    /** The same, for a step that needs one thing typed: left blank, the field is named on the page. */
    private String stepWithText(
            CurrentUser user,
            Placement placement,
            String typed,
            String field,
            String blank,
            Model model,
            RedirectAttributes redirect,
            String done,
            java.util.function.Consumer<String> step) {
        if (typed == null || typed.isBlank()) {
            return page(user, placement, Map.of(field, blank), null, model);
        }
        return step(user, placement, model, redirect, done, () -> step.accept(typed.strip()));
    }

    private String page(
            CurrentUser user, Placement placement, Map<String, String> errors, Map<String, String> form, Model model) {
        LocalDate today = LocalDate.now();
        LocalDate priceDay = placement.startDate().isAfter(today) ? placement.startDate() : today;
        List<ContractVersion> versions = contracts.versions(placement);
        ContractVersion latest = versions.isEmpty() ? null : versions.get(0);
        Price price =
                latest != null ? latest.contract().price() : Price.agreed(placement.weekly(), placement.startDate());
        model.addAttribute("placement", placement);
        model.addAttribute("child", child(placement));
        model.addAttribute("home", market.placedHome(placement.home()).orElse(null));
        model.addAttribute("priceDay", priceDay);
        model.addAttribute("priceLines", price.inForceOn(priceDay));
        model.addAttribute("weekly", price.weeklyOn(priceDay));
        ReviewSchedule schedule =
                latest == null ? ReviewSchedule.STATUTORY : latest.contract().reviews();
        List<Review> held = reviews.of(placement);
        model.addAttribute("schedule", schedule);
        model.addAttribute("reviews", held);
        model.addAttribute("nextReviewDue", Reviews.nextDue(placement, schedule, held));
        model.addAttribute("reviewOutcomes", outcomesToReview(placement, versions));
        model.addAttribute("ratings", ReviewForm.ratings());
        model.addAttribute("isReviewingOfficer", Reviews.recordsReviews(user, placement));
        model.addAttribute("isSocialWorker", Reviews.givesFeedback(user, placement));
        model.addAttribute("matters", matters.of(user, placement));
        model.addAttribute("resolvesMatters", Matters.resolves(user, placement));
        model.addAttribute("matterKinds", matterKinds());
        model.addAttribute(
                "matterOpen",
                errors.keySet().stream()
                        .anyMatch(field -> List.of("kind", "raisedBy", "about", "raisedOnDay")
                                .contains(field)));
        model.addAttribute(
                "reviewOpen",
                errors.keySet().stream()
                        .anyMatch(field -> field.startsWith("held")
                                || field.startsWith("rating")
                                || List.of("participants", "childsView", "stable")
                                        .contains(field)));
        model.addAttribute("priceHistory", price.lines());
        String socialWorker = accounts.byUsername(placement.proposedBy())
                .map(CurrentUser::displayName)
                .orElse(placement.proposedBy());
        model.addAttribute(
                "socialWorkerContact",
                organisations
                        .staffEmail(placement.localAuthorityId(), placement.proposedBy())
                        .map(email -> socialWorker + ", " + email)
                        .orElse(socialWorker));
        List<Variation> asked = variations.of(placement);
        model.addAttribute("variations", asked);
        model.addAttribute(
                "asksForVariations",
                placement.current()
                        && latest != null
                        && latest.state() != ContractVersion.State.DRAFT
                        && asked.stream()
                                .noneMatch(variation -> variation.state().open())
                        && (Contracts.isCouncilsBroker(user, placement)
                                || Contracts.answersForTheProvider(user, placement)));
        model.addAttribute(
                "isHeadOfService", user.belongsTo(placement.localAuthorityId()) && user.hasRole(Role.HEAD_OF_SERVICE));
        model.addAttribute("threshold", variations.threshold());
        model.addAttribute("upliftCap", variations.upliftCapPercent().toPlainString());
        model.addAttribute("variationReasons", VariationForm.reasons());
        model.addAttribute("priceItems", uk.placementbroker.placement.PriceItem.values());
        model.addAttribute("variationOpen", errors.keySet().stream().anyMatch(VariationForm::fieldOf));
        model.addAttribute("ending", endings.of(placement).orElse(null));
        model.addAttribute("endsPlacements", Endings.ends(user, placement));
        model.addAttribute("endingOpen", errors.keySet().stream().anyMatch(EndingForm::fieldOf));
        model.addAttribute("endingReasons", EndingForm.reasons());
        model.addAttribute("destinations", EndingForm.destinations());
        model.addAttribute("today", today);
        model.addAttribute("councilStaff", user.belongsTo(placement.localAuthorityId()));
        model.addAttribute("versions", versions);
        model.addAttribute("latest", latest);
        model.addAttribute("queries", contracts.queries(placement));
        model.addAttribute("isBroker", Contracts.isCouncilsBroker(user, placement));
        model.addAttribute(
                "isTeamManager", user.belongsTo(placement.localAuthorityId()) && user.hasRole(Role.TEAM_MANAGER));
        model.addAttribute("isProvider", Contracts.answersForTheProvider(user, placement) && placement.current());
        // One form map for the page's forms (their fields do not overlap): the contract's draft as it stands, and what
        // was just posted, so that a mistake in one form neither empties another nor loses what was typed.
        Map<String, String> shown = new LinkedHashMap<>(latest != null ? ContractForm.of(latest.contract()) : Map.of());
        if (form != null) {
            shown.putAll(form);
        }
        model.addAttribute("form", shown);
        model.addAttribute("invoicingOptions", invoicingOptions());
        model.addAttribute("errors", errors);
        return "placement/view";
    }

    /** The outcomes a review rates: those of the contract's latest version, or the referral's before there is one. */
    private static List<String> outcomesToReview(Placement placement, List<ContractVersion> versions) {
        if (versions.isEmpty()) {
            return placement.outcomes();
        }
        return versions.get(0).contract().outcomes().stream()
                .map(Contract.Outcome::outcome)
                .toList();
    }

    private static Map<String, String> matterKinds() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Matter.Kind kind : Matter.Kind.values()) {
            options.put(kind.name(), kind.words());
        }
        return options;
    }

    private static Map<String, String> invoicingOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Contract.InvoicingPeriod period : Contract.InvoicingPeriod.values()) {
            options.put(period.name(), period.words());
        }
        return options;
    }

    private uk.placementbroker.children.ChildDetails child(Placement placement) {
        return children.details(placement.localAuthorityId(), placement.childId())
                .orElseThrow(() -> new NotFound("Placement"));
    }
}
