package uk.placementbroker.children;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.placementbroker.identity.CurrentUser;

@Controller
class ChildrenController {

    private final ChildRecords childRecords;

    ChildrenController(ChildRecords childRecords) {
        this.childRecords = childRecords;
    }

    @GetMapping("/children")
    String list(CurrentUser user, @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "1") int page, Model model) {
        List<ChildSummary> children = childRecords.list(user, search, page);
        model.addAttribute("children", children.stream().limit(ChildRecords.PAGE_SIZE).toList());
        model.addAttribute("search", search);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("hasNextPage", children.size() > ChildRecords.PAGE_SIZE);
        model.addAttribute("today", LocalDate.now());
        return "children/list";
    }

    /** Another council's child, or a made-up id, is "not found": the answer must not reveal that a record exists. */
    @GetMapping("/children/{id}")
    String view(CurrentUser user, @PathVariable long id, Model model) {
        Child child = childRecords.open(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("child", child);
        model.addAttribute("today", LocalDate.now());
        return "children/view";
    }
}
