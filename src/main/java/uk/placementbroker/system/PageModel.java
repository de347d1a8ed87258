package uk.placementbroker.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.CurrentUsers;
import uk.placementbroker.identity.Role;
import uk.placementbroker.insight.InsightAccess;
import uk.placementbroker.market.MarketAccess;

/** Adds the signed-in user and their navigation to every page's model, so the layout can show them. */
@ControllerAdvice
class PageModel {

    private final CurrentUsers currentUsers;

    PageModel(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("signedIn")
    CurrentUser signedIn() {
        return currentUsers.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        Optional<CurrentUser> user = currentUsers.current();
        if (user.isEmpty()) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("Home", "/", path.equals("/")));
        if (user.get().seesChildrensRecords()) {
            items.add(new NavigationItem("Children", "/children", path.startsWith("/children")));
        }
        if (user.get().seesChildrensRecords()) {
            items.add(new NavigationItem("Referrals", "/referrals", path.startsWith("/referrals")));
        }
        if (user.get().hasRole(Role.PROVIDER_USER)) {
            items.add(new NavigationItem("Referrals", "/portal/referrals", path.startsWith("/portal/referrals")));
            items.add(new NavigationItem("Vacancies", "/portal/vacancies", path.startsWith("/portal/vacancies")));
            items.add(new NavigationItem("Invoices", "/portal/invoices", path.startsWith("/portal/invoices")));
        }
        if (user.get().hasRole(Role.FINANCE_OFFICER) && user.get().localAuthorityId() != null) {
            items.add(new NavigationItem("Invoices", "/finance/invoices", path.startsWith("/finance")));
        }
        if (user.get().hasRole(Role.IN_HOUSE_FOSTERING)) {
            items.add(new NavigationItem("Referrals", "/in-house/referrals", path.startsWith("/in-house/referrals")));
        }
        if (MarketAccess.searches(user.get())) {
            items.add(new NavigationItem("Market", "/market/search", path.startsWith("/market")));
        }
        if (user.get().hasRole(Role.COMMISSIONER) && user.get().consortiumId() != null) {
            items.add(new NavigationItem("Frameworks", "/market/frameworks", path.startsWith("/market/frameworks")));
        }
        if (InsightAccess.reads(user.get())) {
            items.add(new NavigationItem("Stability", "/insight", path.startsWith("/insight")));
        }
        if (user.get().hasRole(Role.ADMINISTRATOR)) {
            items.add(new NavigationItem("Mailbox", "/admin/mailbox", path.startsWith("/admin/mailbox")));
            items.add(new NavigationItem("Users", "/admin/users", path.startsWith("/admin/users")));
            items.add(new NavigationItem("Audit log", "/admin/audit", path.startsWith("/admin/audit")));
        }
        return items;
    }
}
