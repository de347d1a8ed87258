package uk.placementbroker.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.placementbroker.identity.AccountDetails;
import uk.placementbroker.identity.Accounts;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.OrganisationChoice;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.identity.accounts.AccountDirectory;
import uk.placementbroker.identity.accounts.AdministrationScope;
import uk.placementbroker.identity.accounts.StoredAccount;
import uk.placementbroker.shared.NotFound;

/** Administrators add people, give them roles and an organisation, and unlock or disable accounts. */
@Controller
class UsersController {

    private final Accounts accounts;
    private final AccountDirectory directory;
    private final Organisations organisations;
    private final AuditLog auditLog;

    UsersController(Accounts accounts, AccountDirectory directory, Organisations organisations, AuditLog auditLog) {
        this.accounts = accounts;
        this.directory = directory;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @InitBinder
    public void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "email", "password", "roles", "organisation");
    }

    @GetMapping("/admin/users")
    public String list(CurrentUser administrator, Model model) {
        model.addAttribute("accounts", directory.manageableBy(administrator));
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    public String newAccount(CurrentUser administrator, Model model) {
        return form(administrator, new AccountForm(), Map.of(), null, model);
    }

    @PostMapping("/admin/users/new")
    public String create(
            CurrentUser administrator,
            @ModelAttribute("account") AccountForm form,
            Model model,
            RedirectAttributes redirect) {
        AccountDetails details = form.details(administrator.consortiumId());
        Map<String, String> problems = problems(administrator, details, true);
        if (!problems.isEmpty()) {
            return form(administrator, form, problems, null, model);
        }
        long id = accounts.register(details);
        auditLog.record(AuditAction.CREATED, "user account", id, "Roles: " + details.roles());
        redirect.addFlashAttribute("success", "Account created for " + details.displayName());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/admin/users/{id}")
    public String view(CurrentUser administrator, @PathVariable long id, Model model) {
        model.addAttribute("stored", manageable(administrator, id));
        return "identity/user";
    }

    @GetMapping("/admin/users/{id}/edit")
    public String edit(CurrentUser administrator, @PathVariable long id, Model model) {
        return form(administrator, AccountForm.of(manageable(administrator, id)), Map.of(), id, model);
    }

    @PostMapping("/admin/users/{id}/edit")
    public String change(
            CurrentUser administrator,
            @PathVariable long id,
            @ModelAttribute("account") AccountForm form,
            Model model,
            RedirectAttributes redirect) {
        StoredAccount stored = manageable(administrator, id);
        form.setUsername(stored.user().username());
        AccountDetails details = form.details(administrator.consortiumId());
        Map<String, String> problems = problems(administrator, details, false);
        if (!problems.isEmpty()) {
            return form(administrator, form, problems, id, model);
        }
        accounts.change(id, details);
        auditLog.record(
                AuditAction.UPDATED,
                "user account",
                id,
                "Roles: " + details.roles() + (details.password() != null ? "; password changed" : ""));
        redirect.addFlashAttribute("success", "Changes saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    public String unlock(CurrentUser administrator, @PathVariable long id, RedirectAttributes redirect) {
        manageable(administrator, id);
        accounts.resumeSigningIn(id);
        auditLog.record(AuditAction.UNLOCKED, "user account", id);
        redirect.addFlashAttribute("success", "They can sign in again from anywhere");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/disable")
    public String disable(CurrentUser administrator, @PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(administrator, id, false, redirect);
    }

    @PostMapping("/admin/users/{id}/enable")
    public String enable(CurrentUser administrator, @PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(administrator, id, true, redirect);
    }

    private String setEnabled(CurrentUser administrator, long id, boolean enabled, RedirectAttributes redirect) {
        manageable(administrator, id);
        if (!enabled && id == administrator.id()) {
            redirect.addFlashAttribute("problem", "You cannot disable your own account");
            return "redirect:/admin/users/" + id;
        }
        accounts.enable(id, enabled);
        auditLog.record(AuditAction.UPDATED, "user account", id, enabled ? "Enabled" : "Disabled");
        redirect.addFlashAttribute(
                "success", enabled ? "Account enabled" : "Account disabled: the person can no longer sign in");
        return "redirect:/admin/users/" + id;
    }

    private StoredAccount manageable(CurrentUser administrator, long id) {
        return directory
                .byId(id)
                .filter(account -> AdministrationScope.mayManage(administrator, account.user()))
                .orElseThrow(() -> new NotFound());
    }

    private Map<String, String> problems(CurrentUser administrator, AccountDetails details, boolean newAccount) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(details.problems(newAccount));
        if (newAccount && !problems.containsKey("username") && accounts.usernameTaken(details.username())) {
            problems.put("username", "That username is already taken");
        }
        boolean organisationAllowed = organisationChoices(administrator).stream()
                .anyMatch(choice -> choice.value().equals(AccountForm.organisationValue(details)));
        if (!problems.containsKey("organisation") && !problems.containsKey("roles") && !organisationAllowed) {
            problems.put("organisation", "Select an organisation you administer");
        }
        return problems;
    }

    private String form(
            CurrentUser administrator, AccountForm form, Map<String, String> problems, Long id, Model model) {
        model.addAttribute("account", form);
        model.addAttribute("problems", problems);
        model.addAttribute("accountId", id);
        Map<String, String> roleOptions = new LinkedHashMap<>();
        assignableRoles(administrator).forEach(role -> roleOptions.put(role.name(), role.label()));
        model.addAttribute("roleOptions", roleOptions);
        List<OrganisationChoice> choices = organisationChoices(administrator);
        model.addAttribute("organisations", choices);
        model.addAttribute(
                "organisationGroups",
                choices.stream().map(OrganisationChoice::group).distinct().toList());
        return "identity/user-form";
    }

    private static List<Role> assignableRoles(CurrentUser administrator) {
        EnumSet<Role> roles = EnumSet.allOf(Role.class);
        if (!AdministrationScope.isConsortiumLevel(administrator)) {
            roles.remove(Role.PROVIDER_USER);
        }
        return List.copyOf(roles);
    }

    private List<OrganisationChoice> organisationChoices(CurrentUser administrator) {
        List<OrganisationChoice> choices = new ArrayList<>();
        if (!AdministrationScope.isConsortiumLevel(administrator)) {
            organisations
                    .localAuthority(administrator.localAuthorityId())
                    .ifPresent(council -> choices.add(
                            new OrganisationChoice("Local authorities", "la:" + council.id(), council.name())));
            return choices;
        }
        if (administrator.consortiumId() == null) {
            return choices;
        }
        organisations
                .consortium(administrator.consortiumId())
                .ifPresent(consortium -> choices.add(
                        new OrganisationChoice("Consortium", "consortium:" + consortium.id(), consortium.name())));
        organisations
                .localAuthoritiesOf(administrator.consortiumId())
                .forEach(council ->
                        choices.add(new OrganisationChoice("Local authorities", "la:" + council.id(), council.name())));
        organisations
                .providerOrganisations()
                .forEach(provider -> choices.add(new OrganisationChoice(
                        "Provider organisations", "provider:" + provider.id(), provider.name())));
        return choices;
    }
}
