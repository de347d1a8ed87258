package uk.placementbroker.system;

import java.util.List;
import uk.placementbroker.identity.Role;

/** What each role comes to the service to do, in the order they usually do it. */
final class RoleTasks {

    private static final RoleTask CHILDREN = new RoleTask(
            "Look up a child's record",
            "See a child's details and their episodes of care. Every view is recorded in the audit log.",
            "/children");

    private static final RoleTask STABILITY = new RoleTask(
            "See placement stability",
            "The DfE's stability measures from your 903 returns, by year and care group.",
            "/insight");

    private static final RoleTask DRIFT = new RoleTask(
            "Children to act on now",
            "Two placements this year, reviews overdue, placements about to reach two years.",
            "/insight/drift");

    private static final RoleTask SUFFICIENCY = new RoleTask(
            "Sufficiency",
            "Children looked after and referrals waiting, against the vacant places that could take them.",
            "/insight/sufficiency");

    private static final RoleTask DIRECTORY = new RoleTask(
            "Market directory",
            "Every provider the consortium shares and its homes, each with a profile.",
            "/market/directory");

    private static final RoleTask PROVIDER_ANSWERS = new RoleTask(
            "Providers’ answers",
            "How often each provider offers, and why providers could not: what the market is short of.",
            "/brokerage/providers");

    private RoleTasks() {}

    static String summary(Role role) {
        return switch (role) {
            case SOCIAL_WORKER ->
                "You write referrals for the children you work with, see the offers that come back, and propose a choice.";
            case TEAM_MANAGER -> "You give permission to look for a placement, and permission to place.";
            case HEAD_OF_SERVICE ->
                "You approve placements above the cost threshold and act on referrals that are not finding a home.";
            case BROKER ->
                "You quality-check referrals, run the search rounds, screen and rank offers, and write the placement contract.";
            case PROVIDER_USER ->
                "You see the anonymised referrals sent to your organisation and answer them with an offer or a reason you cannot offer.";
            case IN_HOUSE_FOSTERING ->
                "You read in full the referrals the council asks its own foster carers about, and answer each with an offer of one of the carers or the reason they cannot.";
            case INDEPENDENT_REVIEWING_OFFICER ->
                "You record placement reviews and each child's progress against their outcomes.";
            case FINANCE_OFFICER -> "You approve invoices that match their placement contract and export payments.";
            case COMMISSIONER ->
                "You manage frameworks and provider quality, and read market and sufficiency reports across councils.";
            case ADMINISTRATOR ->
                "You add people to the service, give them roles and a local authority, and check the audit log.";
        };
    }

    static List<RoleTask> of(Role role) {
        return switch (role) {
            case SOCIAL_WORKER ->
                List.of(
                        CHILDREN,
                        new RoleTask(
                                "Refer a child for a placement",
                                "Describe the child's needs, risks and outcomes on one structured referral.",
                                "/referrals/new"));
            case TEAM_MANAGER ->
                List.of(
                        CHILDREN,
                        STABILITY,
                        DRIFT,
                        new RoleTask(
                                "Authorise searches",
                                "Give permission to look for referrals from your team.",
                                "/referrals"),
                        new RoleTask(
                                "Authorise placements",
                                "Give permission to place once the social worker proposes one of the offers.",
                                "/referrals"));
            case HEAD_OF_SERVICE ->
                List.of(
                        CHILDREN,
                        STABILITY,
                        DRIFT,
                        new RoleTask(
                                "Referrals not finding a home",
                                "Searches whose round closed with no acceptable offer are marked.",
                                "/brokerage"),
                        new RoleTask(
                                "Approve high-cost placements",
                                "Placements above the cost threshold wait for you once the team manager agrees them.",
                                "/referrals"),
                        new RoleTask(
                                "What the brokerage team saves",
                                "Negotiation and over-claims stopped, each year against the target, by broker and placement.",
                                "/finance/savings"),
                        new RoleTask(
                                "Approve changes to prices",
                                "A placement's new price above the threshold waits for you once the broker agrees it.",
                                "/placements#variations"),
                        PROVIDER_ANSWERS,
                        SUFFICIENCY);
            case BROKER ->
                List.of(
                        CHILDREN,
                        new RoleTask(
                                "Quality-check new referrals",
                                "Check that each referral is complete before it goes out.",
                                "/referrals"),
                        new RoleTask(
                                "Search the market",
                                "Every vacancy that could take a child, ranked and explained; in-house carers first.",
                                "/market/search"),
                        DIRECTORY,
                        new RoleTask(
                                "Run search rounds",
                                "Your queue, the most urgent referral and the nearest deadline first.",
                                "/brokerage"),
                        PROVIDER_ANSWERS,
                        new RoleTask(
                                "Write the placement contracts",
                                "The council's placements, each contract's signatures, and those started unsigned.",
                                "/placements"));
            case PROVIDER_USER ->
                List.of(
                        new RoleTask(
                                "Read the referrals sent to you",
                                "Anonymised referrals from councils, with what the child needs.",
                                "/portal/referrals"),
                        new RoleTask(
                                "Your placements",
                                "Children placed with you: contracts to accept, reviews, changes to the price.",
                                "/placements"),
                        new RoleTask(
                                "Send invoices",
                                "Each checked against the placement's contract as you send it; see what is approved and paid.",
                                "/portal/invoices"),
                        new RoleTask(
                                "Keep your vacancies up to date",
                                "Vacancies not confirmed for 14 days are shown as stale.",
                                "/portal/vacancies"));
            case IN_HOUSE_FOSTERING ->
                List.of(new RoleTask(
                        "Answer the referrals for our carers",
                        "Referrals the broker has asked the council’s own fostering service about, the nearest deadline first.",
                        "/in-house/referrals"));
            case INDEPENDENT_REVIEWING_OFFICER ->
                List.of(
                        CHILDREN,
                        DRIFT,
                        new RoleTask(
                                "Record a placement review",
                                "Progress against each of the child's outcomes, from the council's placements and when each review is due.",
                                "/placements"));
            case FINANCE_OFFICER ->
                List.of(
                        new RoleTask(
                                "Approve reconciled invoices",
                                "Invoices checked against the placement contract as they arrive, the oldest first; payments exported once.",
                                "/finance/invoices"),
                        new RoleTask(
                                "What the brokerage team saves",
                                "Negotiation and over-claims stopped, each year against the target.",
                                "/finance/savings"));
            case COMMISSIONER ->
                List.of(
                        new RoleTask(
                                "Import an Ofsted provider list",
                                "Keep the market directory in step with Ofsted's registrations and judgements.",
                                "/market/ofsted"),
                        new RoleTask(
                                "Manage frameworks",
                                "Frameworks, lots and the providers on them, with their fee bands.",
                                "/market/frameworks"),
                        DIRECTORY,
                        new RoleTask(
                                "Read stability reports",
                                "Placement stability by year and care group, and councils side by side.",
                                "/insight"),
                        new RoleTask(
                                "Import a 903 return",
                                "Bring in a council's SSDA903 return to compute its stability measures.",
                                "/insight/returns"),
                        SUFFICIENCY,
                        PROVIDER_ANSWERS);
            case ADMINISTRATOR ->
                List.of(
                        new RoleTask(
                                "Add or change a user",
                                "Create accounts, assign roles and a local authority, unlock accounts.",
                                "/admin/users"),
                        new RoleTask(
                                "Search the audit log",
                                "Who viewed or changed which record, when and from where.",
                                "/admin/audit"),
                        new RoleTask(
                                "Set the council’s area",
                                "The districts that make up your council, for the share of children placed outside it.",
                                "/admin/area"),
                        new RoleTask(
                                "Import a 903 return",
                                "Bring in your council's SSDA903 return to compute its stability measures.",
                                "/insight/returns"));
        };
    }
}
