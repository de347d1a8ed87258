package uk.placementbroker.market.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.OfstedListImport;

/** Commissioners keep the directory in step with Ofsted: upload a provider list, see what changed or what is wrong with it. */
@Controller
class OfstedListController {

    private final OfstedListImport importer;

    OfstedListController(OfstedListImport importer) {
        this.importer = importer;
    }

    @GetMapping("/market/ofsted")
    String form(CurrentUser user) {
        requireCommissioner(user);
        return "market/ofsted";
    }

    @PostMapping("/market/ofsted")
    String upload(CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        requireCommissioner(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", Map.of("file", "Choose the provider list to import: an Excel file (.xlsx)"));
            return "market/ofsted";
        }
        try (InputStream in = file.getInputStream()) {
            OfstedListImport.Outcome outcome = importer.importList(file.getOriginalFilename(), in);
            model.addAttribute("outcome", outcome);
            model.addAttribute("fileName", file.getOriginalFilename());
            if (!outcome.imported()) {
                model.addAttribute("errors", Map.of("file", "The list was not imported: " + outcome.fatal().size()
                        + (outcome.fatal().size() == 1 ? " problem" : " problems") + " must be put right first. Nothing was saved."));
            }
        }
        return "market/ofsted";
    }

    private static void requireCommissioner(CurrentUser user) {
        if (!user.hasRole(Role.COMMISSIONER) && !user.hasRole(Role.ADMINISTRATOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
