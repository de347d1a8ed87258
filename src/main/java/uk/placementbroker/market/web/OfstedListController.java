package uk.placementbroker.market.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.OfstedImports;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/** Commissioners keep the directory in step with Ofsted: upload a provider list, see what changed or what is wrong with it. */
@Controller
class OfstedListController {

    private final OfstedImports imports;

    OfstedListController(OfstedImports imports) {
        this.imports = imports;
    }

    @GetMapping("/market/ofsted")
    String form(CurrentUser user) {
        requireCommissioner(user);
        return "market/ofsted";
    }

    @PostMapping("/market/ofsted")
    String upload(CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        requireCommissioner(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", Map.of("file", "Choose the provider list to import: an Excel file (.xlsx)"));
            return "market/ofsted";
        }
        UUID id;
        try (java.io.InputStream upload = file.getInputStream()) {
            id = imports.start(user, file.getOriginalFilename(), upload);
        }
        return "redirect:/market/ofsted/imports/" + id;
    }

    /** An import while it runs (with its progress bar) and how it ended. */
    @GetMapping("/market/ofsted/imports/{id}")
    String progress(CurrentUser user, @PathVariable UUID id, Model model) {
        requireCommissioner(user);
        OfstedImports.Job job = imports.find(user, id).orElseThrow(() -> new NotFound());
        model.addAttribute("job", job);
        model.addAttribute("outcome", job.outcome());
        if (job.state() == OfstedImports.State.REFUSED) {
            int problems = job.outcome().fatalCount();
            model.addAttribute(
                    "errors",
                    Map.of(
                            "problems",
                            "The list was not imported: " + problems + (problems == 1 ? " problem" : " problems")
                                    + " must be put right first. Nothing was saved."));
        }
        return "market/ofsted-import";
    }

    /** Every problem the import found, not only the first its page lists. */
    @GetMapping("/market/ofsted/imports/{id}/problems.csv")
    ResponseEntity<StreamingResponseBody> problems(CurrentUser user, @PathVariable UUID id) {
        requireCommissioner(user);
        imports.find(user, id).orElseThrow(() -> new NotFound());
        StreamingResponseBody body = out -> {
            java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            imports.writeProblems(id, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("provider-list-problems-" + id + ".csv")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(body);
    }

    /** Stores the previewed list as it was compared. */
    @PostMapping("/market/ofsted/imports/{id}/import")
    String importPreviewed(CurrentUser user, @PathVariable UUID id, Model model) {
        requireCommissioner(user);
        try {
            imports.importPreviewed(user, id);
        } catch (MovedOn movedOn) {
            return withError(user, id, movedOn.getMessage(), model);
        }
        return "redirect:/market/ofsted/imports/" + id;
    }

    @PostMapping("/market/ofsted/imports/{id}/discard")
    String discard(CurrentUser user, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        requireCommissioner(user);
        try {
            imports.discard(user, id);
        } catch (MovedOn movedOn) {
            return withError(user, id, movedOn.getMessage(), model);
        }
        redirect.addFlashAttribute("message", "The list was discarded: nothing of it was saved");
        return "redirect:/market/ofsted";
    }

    private String withError(CurrentUser user, UUID id, String message, Model model) {
        progress(user, id, model);
        model.addAttribute("errors", Map.of("import", message));
        return "market/ofsted-import";
    }

    /** What the progress bar polls. */
    @GetMapping(path = "/market/ofsted/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progressJson(CurrentUser user, @PathVariable UUID id) {
        requireCommissioner(user);
        OfstedImports.Job job = imports.find(user, id).orElseThrow(() -> new NotFound());
        return Map.of("percent", job.percent(), "stage", job.stage(), "finished", job.finished() || job.stopped());
    }

    private static void requireCommissioner(CurrentUser user) {
        if (!user.hasRole(Role.COMMISSIONER) && !user.hasRole(Role.ADMINISTRATOR)) {
            throw new Refused("Your role does not include this part of the service");
        }
    }
}
