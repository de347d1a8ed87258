package uk.placementbroker.market.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.Vacancies;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/** The provider portal's vacancies: a provider's users confirm, change, fill and add their own, and nobody else's. */
@Controller
class PortalVacanciesController {

    private final Vacancies vacancies;

    PortalVacanciesController(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @GetMapping("/portal/vacancies")
    String list(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("vacancies", vacancies.openOf(organisation(user)));
        model.addAttribute("today", today);
        model.addAttribute("staleAfter", Vacancies.STALE_AFTER_DAYS);
        return "market/portal-vacancies";
    }

    @PostMapping("/portal/vacancies/{id}/confirm")
    String confirm(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Vacancies.Vacancy vacancy = vacancies.openOf(organisation(user), id).orElseThrow(() -> new NotFound("Vacancy"));
        vacancies.confirm(
                organisation(user),
                id,
                vacancy.places(),
                vacancy.availableFrom(),
                vacancy.weeklyFee(),
                LocalDate.now());
        redirect.addFlashAttribute("message", vacancy.home() + ": confirmed as still available");
        return "redirect:/portal/vacancies";
    }

    @PostMapping("/portal/vacancies/{id}/fill")
    String fill(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Vacancies.Vacancy vacancy = vacancies.openOf(organisation(user), id).orElseThrow(() -> new NotFound("Vacancy"));
        vacancies.fill(organisation(user), id, LocalDate.now());
        redirect.addFlashAttribute("message", vacancy.home() + ": the place is filled and no longer offered");
        return "redirect:/portal/vacancies";
    }

    @GetMapping("/portal/vacancies/{id}")
    String change(CurrentUser user, @PathVariable long id, Model model) {
        Vacancies.Vacancy vacancy = vacancies.openOf(organisation(user), id).orElseThrow(() -> new NotFound("Vacancy"));
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("form", VacancyForm.of(vacancy));
        return "market/portal-vacancy";
    }

    @PostMapping("/portal/vacancies/{id}")
    String saveChange(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") VacancyForm form,
            Model model,
            RedirectAttributes redirect) {
        Vacancies.Vacancy vacancy = vacancies.openOf(organisation(user), id).orElseThrow(() -> new NotFound("Vacancy"));
        Map<String, String> problems = form.problems(false);
        if (!problems.isEmpty()) {
            model.addAttribute("vacancy", vacancy);
            model.addAttribute("errors", problems);
            return "market/portal-vacancy";
        }
        vacancies.confirm(
                organisation(user), id, form.placesValue(), form.availableFrom(), form.fee(), LocalDate.now());
        redirect.addFlashAttribute("message", vacancy.home() + ": changed and confirmed");
        return "redirect:/portal/vacancies";
    }

    @GetMapping("/portal/vacancies/new")
    String add(CurrentUser user, Model model) {
        model.addAttribute("homes", vacancies.homesOf(organisation(user)));
        model.addAttribute("form", new VacancyForm());
        return "market/portal-vacancy";
    }

    @PostMapping("/portal/vacancies/new")
    String saveNew(
            CurrentUser user, @ModelAttribute("form") VacancyForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = form.problems(true);
        Optional<HomeRef> home = HomeRef.fromKey(form.getHome());
        if (problems.isEmpty()
                && home.isPresent()
                && vacancies
                        .add(
                                organisation(user),
                                home.get(),
                                form.placesValue(),
                                form.availableFrom(),
                                form.fee(),
                                LocalDate.now())
                        .isPresent()) {
            redirect.addFlashAttribute("message", "Vacancy added: councils searching the market can see it now");
            return "redirect:/portal/vacancies";
        }
        if (problems.isEmpty()) {
            problems.put("home", "Select one of your homes");
        }
        model.addAttribute("homes", vacancies.homesOf(organisation(user)));
        model.addAttribute("errors", problems);
        return "market/portal-vacancy";
    }

    private static long organisation(CurrentUser user) {
        if (!user.hasRole(Role.PROVIDER_USER) || user.providerOrganisationId() == null) {
            throw new Refused("Your role does not include this part of the service");
        }
        return user.providerOrganisationId();
    }
}
