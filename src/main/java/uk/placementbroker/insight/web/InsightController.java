package uk.placementbroker.insight.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.placementbroker.brokerage.BrokerageFigures;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.insight.InsightAccess;
import uk.placementbroker.insight.indicators.Measure;
import uk.placementbroker.insight.indicators.StabilityTally;
import uk.placementbroker.insight.indicators.Sufficiency;
import uk.placementbroker.insight.records.DriftLists;
import uk.placementbroker.insight.records.RecordsMeasures;
import uk.placementbroker.insight.records.SufficiencyFigures;
import uk.placementbroker.insight.returns.ImportJobs;
import uk.placementbroker.insight.returns.Measures;
import uk.placementbroker.insight.returns.ReturnExport;
import uk.placementbroker.insight.returns.Returns;
import uk.placementbroker.placement.PlacementMeasures;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

@Controller
class InsightController {

    private final Organisations organisations;
    private final Measures measures;
    private final Returns returns;
    private final RecordsMeasures recordsMeasures;
    private final ReturnExport exporter;
    private final AuditLog auditLog;
    private final DriftLists driftLists;
    private final ImportJobs importJobs;
    private final BrokerageFigures brokerageFigures;
    private final SufficiencyFigures sufficiencyFigures;
    private final Placements placements;

    static final String SOURCE_RECORDS = "records";
    static final String SOURCE_RETURNS = "returns";

    InsightController(
            Organisations organisations,
            Measures measures,
            Returns returns,
            RecordsMeasures recordsMeasures,
            ReturnExport exporter,
            AuditLog auditLog,
            DriftLists driftLists,
            ImportJobs importJobs,
            BrokerageFigures brokerageFigures,
            SufficiencyFigures sufficiencyFigures,
            Placements placements) {
        this.organisations = organisations;
        this.measures = measures;
        this.returns = returns;
        this.recordsMeasures = recordsMeasures;
        this.exporter = exporter;
        this.auditLog = auditLog;
        this.driftLists = driftLists;
        this.importJobs = importJobs;
        this.brokerageFigures = brokerageFigures;
        this.sufficiencyFigures = sufficiencyFigures;
        this.placements = placements;
    }

    /** A council's page, or for consortium-level staff, their councils side by side. */
    @GetMapping("/insight")
    String stability(
            CurrentUser user,
            @RequestParam(defaultValue = "all") String careGroup,
            @RequestParam(required = false) String source,
            Model model) {
        if (!InsightAccess.reads(user)) {
            throw new Refused("Your role does not include this part of the service");
        }
        List<LocalAuthority> councils = councilsOf(user);
        List<Long> ids = councils.stream().map(LocalAuthority::id).toList();
        boolean fromRecords = SOURCE_RECORDS.equals(source)
                || (source == null && returns.of(ids).isEmpty());
        List<Measures.Row> allRows = fromRecords ? recordsMeasures.of(councils) : null;
        List<String> cuts = fromRecords
                ? allRows.stream().map(Measures.Row::cut).distinct().sorted().toList()
                : measures.cuts(ids);
        String cut = cuts.contains(careGroup) ? careGroup : "all";
        List<Measures.Row> rows = fromRecords
                ? allRows.stream().filter(row -> row.cut().equals(cut)).toList()
                : measures.of(ids, cut);
        model.addAttribute("fromRecords", fromRecords);
        model.addAttribute("consortium", user.localAuthorityId() == null);
        model.addAttribute("careGroups", careGroups(cuts));
        model.addAttribute("careGroup", cut);
        model.addAttribute("careGroupLabel", StabilityPage.describeCut(cut));
        model.addAttribute(
                "lookedAfter",
                StabilityPage.counts(
                        Measure.SHORT_TERM_STABILITY,
                        "Children looked after on 31 March",
                        "How many children were looked after on 31 March, not counting those on an agreed series of short breaks",
                        councils,
                        rows));
        model.addAttribute(
                "shortTerm",
                StabilityPage.trend(
                        Measure.SHORT_TERM_STABILITY,
                        "Short-term stability: 3 or more placements in the year",
                        councils,
                        rows));
        model.addAttribute(
                "twoYear",
                StabilityPage.trend(Measure.TWO_YEAR_STABILITY, "3 or more placements in 2 years", councils, rows));
        model.addAttribute(
                "longTerm",
                StabilityPage.trend(
                        Measure.LONG_TERM_STABILITY, "Long-term stability: same carer for 2 years", councils, rows));
        model.addAttribute(
                "farFromHome",
                StabilityPage.share(
                        Measure.DISTANCE_FROM_HOME,
                        StabilityTally.FAR,
                        "Placed more than 20 miles from home",
                        councils,
                        rows));
        model.addAttribute(
                "outsideArea",
                StabilityPage.share(
                        Measure.PLACED_IN_AREA,
                        StabilityTally.OUTSIDE,
                        "Placed outside the council's area",
                        councils,
                        rows));
        if (user.localAuthorityId() != null) {
            model.addAttribute(
                    "placementTypes",
                    StabilityPage.breakdown(
                            Measure.LOOKED_AFTER_BY_PLACEMENT_TYPE,
                            "Children looked after on 31 March by placement type",
                            user.localAuthorityId(),
                            rows));
            model.addAttribute(
                    "moves",
                    StabilityPage.breakdown(
                            Measure.MOVES_BY_REASON,
                            "Placement moves during the year by reason",
                            user.localAuthorityId(),
                            rows));
            model.addAttribute(
                    "distances",
                    StabilityPage.breakdown(
                            Measure.DISTANCE_FROM_HOME,
                            "Children looked after on 31 March by distance from home",
                            user.localAuthorityId(),
                            rows));
        }
        model.addAttribute("brokerage", brokerageFigures.of(ids));
        Map<Long, String> councilNames =
                councils.stream().collect(Collectors.toMap(LocalAuthority::id, LocalAuthority::name));
        PlacementMeasures.Measures endings = placements.measures(ids, councilNames);
        model.addAttribute("endings", endings);
        model.addAttribute("endingsChart", StabilityPage.endingsChart(endings.byProvider()));
        model.addAttribute("councilNames", councilNames);
        model.addAttribute("canImport", InsightAccess.imports(user));
        model.addAttribute("seesChildren", user.seesChildrensRecords());
        return "insight/stability";
    }

    /** Demand for placements against the vacancies that could meet it: counts a commissioner can take to a sufficiency strategy. */
    @GetMapping("/insight/sufficiency")
    String sufficiency(CurrentUser user, @RequestParam(required = false) String source, Model model) {
        if (!InsightAccess.reads(user)) {
            throw new Refused("Your role does not include this part of the service");
        }
        List<LocalAuthority> councils = councilsOf(user);
        boolean anyReturn =
                !returns.of(councils.stream().map(LocalAuthority::id).toList()).isEmpty();
        boolean fromReturns = anyReturn && !SOURCE_RECORDS.equals(source) && source != null;
        Sufficiency sufficiency = sufficiencyFigures.of(councils, fromReturns, LocalDate.now());
        model.addAttribute("anyReturn", anyReturn);
        model.addAttribute("fromReturns", fromReturns);
        model.addAttribute("sufficiency", sufficiency);
        model.addAttribute("chart", SufficiencyChart.of(sufficiency));
        model.addAttribute("consortium", user.localAuthorityId() == null);
        return "insight/sufficiency";
    }

    /** Children to act on now: named children, so only for those who work with children's records. */
    @GetMapping("/insight/drift")
    String drift(CurrentUser user, Model model) {
        if (!user.seesChildrensRecords()) {
            throw new Refused("Your role does not include this part of the service");
        }
        LocalDate today = LocalDate.now();
        model.addAttribute("today", today);
        model.addAttribute("monthsAhead", DriftLists.MONTHS_AHEAD);
        model.addAttribute("shown", DriftLists.SHOWN);
        DriftLists.Lists lists = driftLists.of(user.localAuthorityId(), today);
        // The children the page shows: the first of each list.
        auditLog.listed(
                "Drift lists",
                java.util.stream.Stream.of(
                                lists.twoPlacementsThisYear(),
                                lists.reachingTwoYears(),
                                lists.noPermanencePlan(),
                                lists.reviewsOverdue(),
                                lists.placementReviewsOverdue())
                        .flatMap(list -> list.stream().limit(DriftLists.SHOWN))
                        .map(entry -> entry.childId() != null
                                ? entry.childId().toString()
                                : "return child " + entry.reference())
                        .toList());
        model.addAttribute("lists", lists);
        return "insight/drift";
    }

    @GetMapping("/insight/returns")
    String returns(CurrentUser user, Model model) {
        if (!InsightAccess.reads(user)) {
            throw new Refused("Your role does not include this part of the service");
        }
        addReturns(user, model);
        model.addAttribute("canImport", InsightAccess.imports(user));
        return "insight/returns";
    }

    @PostMapping("/insight/returns")
    String importReturn(
            CurrentUser user,
            @RequestParam(required = false) String year,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean repairOverlaps,
            Model model) {
        long council = InsightAccess.councilImportedBy(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer collectionYear = parseYear(year);
        if (collectionYear == null) {
            errors.put("year", "Enter the collection year as 4 digits, such as 2024 for April 2023 to March 2024");
        }
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
            errors.put("files", "Choose the return's CSV files or its XML file");
        }
        if (errors.isEmpty()) {
            try {
                UUID id = importJobs.start(user, council, collectionYear, files, repairOverlaps);
                return "redirect:/insight/returns/imports/" + id;
            } catch (ImportJobs.Unacceptable unacceptable) {
                errors.put("files", unacceptable.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("year", year);
        model.addAttribute("repairOverlaps", repairOverlaps);
        addReturns(user, model);
        model.addAttribute("canImport", true);
        return "insight/returns";
    }

    /** The council's own records as the year's 903 Header and Episodes files, zipped; an export of child-level data, so audited. */
    @GetMapping("/insight/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) String year) {
        long council = InsightAccess.councilImportedBy(user);
        Integer collectionYear = parseYear(year);
        if (collectionYear == null) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Enter the collection year as 4 digits, such as 2024");
        }
        LocalAuthority authority = organisations.localAuthority(council).orElseThrow();
        auditLog.record(
                AuditAction.EXPORTED,
                "903 return",
                authority.code() + "/" + collectionYear,
                "Header and Episodes from Placement Broker's records");
        StreamingResponseBody body = out -> exporter.write(council, collectionYear, out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ssda903-" + authority.code() + "-" + collectionYear + ".zip")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(body);
    }

    /** An import while it runs (with its progress bar) and how it ended. Another council's import is not found. */
    @GetMapping("/insight/returns/imports/{id}")
    String importProgress(CurrentUser user, @PathVariable UUID id, Model model) {
        ImportJobs.Job job =
                importJobs.find(id, InsightAccess.councilImportedBy(user)).orElseThrow(() -> new NotFound());
        model.addAttribute("job", job);
        if (job.state() == ImportJobs.State.REFUSED) {
            model.addAttribute(
                    "errors",
                    Map.of(
                            "problems",
                            "The return was not imported: " + job.fatalCount() + " problem"
                                    + (job.fatalCount() == 1 ? "" : "s")
                                    + " must be put right first. Nothing was saved."));
            model.addAttribute(
                    "overlaps",
                    job.problems().stream()
                            .anyMatch(problem -> problem.message().contains("next episode starts")));
        }
        return "insight/import";
    }

    /** Every problem an import found, not only those its page lists; they quote the return's rows, so audited. */
    @GetMapping("/insight/returns/imports/{id}/problems.csv")
    ResponseEntity<StreamingResponseBody> importProblems(CurrentUser user, @PathVariable UUID id) {
        long council = InsightAccess.councilImportedBy(user);
        importJobs.find(id, council).orElseThrow(() -> new NotFound());
        auditLog.record(AuditAction.EXPORTED, "903 import", id, "Every problem found, as CSV");
        StreamingResponseBody body = out -> {
            java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            importJobs.writeProblems(id, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("903-import-problems-" + id + ".csv")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(body);
    }

    /** What the progress bar polls. */
    @GetMapping(path = "/insight/returns/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> importProgressJson(CurrentUser user, @PathVariable UUID id) {
        ImportJobs.Job job =
                importJobs.find(id, InsightAccess.councilImportedBy(user)).orElseThrow(() -> new NotFound());
        return Map.of("percent", job.percent(), "stage", job.stage(), "finished", job.finished() || job.stopped());
    }

    private void addReturns(CurrentUser user, Model model) {
        List<LocalAuthority> councils = councilsOf(user);
        model.addAttribute(
                "returns", returns.of(councils.stream().map(LocalAuthority::id).toList()));
        model.addAttribute(
                "councilNames", councils.stream().collect(Collectors.toMap(LocalAuthority::id, LocalAuthority::name)));
        model.addAttribute("consortium", user.localAuthorityId() == null);
        model.addAttribute("latestYear", RecordsMeasures.latestCompleteYear(LocalDate.now()));
    }

    private List<LocalAuthority> councilsOf(CurrentUser user) {
        if (user.localAuthorityId() != null) {
            return organisations.localAuthority(user.localAuthorityId()).stream()
                    .toList();
        }
        return organisations.localAuthoritiesOf(user.consortiumId());
    }

    private static Map<String, String> careGroups(List<String> cuts) {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("all", StabilityPage.describeCut("all"));
        cuts.stream()
                .filter(cut -> !cut.equals("all"))
                .sorted(uk.placementbroker.insight.indicators.CareGroup.NATURAL_ORDER)
                .forEach(cut -> groups.put(cut, StabilityPage.describeCut(cut)));
        return groups;
    }

    private static Integer parseYear(String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year.strip());
        return value >= 2000 && value <= 2100 ? value : null;
    }
}
