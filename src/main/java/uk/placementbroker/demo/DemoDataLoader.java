package uk.placementbroker.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.children.PermanencePlan;
import uk.placementbroker.identity.AccountDetails;
import uk.placementbroker.identity.Accounts;
import uk.placementbroker.identity.Consortium;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.ProviderOrganisation;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketRecords;

/** Loads the demonstration data into an empty database. The accounts and password are listed in the README. */
@Component
@ConditionalOnBooleanProperty("placementbroker.demo-data.enabled")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2026";
    static final long SEED = 20_261_125L;
    static final int CHILDREN_PER_COUNCIL = 60;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    record DemoCouncil(String code, String name, String shortName, List<String> outwardCodes) {}

    static final List<DemoCouncil> COUNCILS = List.of(
            new DemoCouncil(
                    "991", "Northbridge City Council", "northbridge", List.of("NN1", "NN2", "NN3", "NN4", "NN5")),
            new DemoCouncil("992", "Eastmoor County Council", "eastmoor", List.of("PE1", "PE2", "PE3", "PE4", "PE7")),
            new DemoCouncil(
                    "993", "Westhaven Borough Council", "westhaven", List.of("MK1", "MK2", "MK3", "MK6", "MK9")));

    static final List<String> PROVIDERS = List.of(
            "Oakfield Fostering",
            "Harbour Lane Children's Homes",
            "Brightpath Supported Living",
            "Meadowbank Residential School",
            "Willow Tree Parent and Child",
            "Riverside Family Placements");

    private final Organisations organisations;
    private final Accounts accounts;
    private final ChildRecords childRecords;
    private final MarketRecords marketRecords;
    private final DemoReferrals referrals;
    private final boolean withReferrals;

    DemoDataLoader(
            Organisations organisations,
            Accounts accounts,
            ChildRecords childRecords,
            MarketRecords marketRecords,
            DemoReferrals referrals,
            @Value("${placementbroker.demo-data.referrals:true}") boolean withReferrals) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.childRecords = childRecords;
        this.marketRecords = marketRecords;
        this.referrals = referrals;
        this.withReferrals = withReferrals;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.anyLocalAuthority()) {
            return;
        }
        Random random = new Random(SEED);
        DemoPeople people = new DemoPeople(random);
        Consortium consortium = organisations.createConsortium("Three Rivers Placement Partnership");
        List<AccountDetails> accountsToRegister = new ArrayList<>();
        List<String> allOutwardCodes = COUNCILS.stream()
                .flatMap(council -> council.outwardCodes().stream())
                .toList();
        DemoChildren children = new DemoChildren(random, LocalDate.now());
        Map<Long, List<String>> councilAreas = new LinkedHashMap<>();
        Map<String, List<DemoReferrals.ChildOnRecord>> childrenByCouncil = new LinkedHashMap<>();
        for (DemoCouncil council : COUNCILS) {
            LocalAuthority authority =
                    organisations.createLocalAuthority(council.code(), council.name(), consortium.id());
            councilAreas.put(authority.id(), council.outwardCodes());
            organisations.setAreaOf(
                    authority.id(),
                    DemoMarket.AREAS.stream()
                            .filter(area -> council.outwardCodes().contains(area.code()))
                            .map(DemoMarket.Area::district)
                            .distinct()
                            .toList());
            for (Role role : Role.values()) {
                if (role != Role.PROVIDER_USER) {
                    accountsToRegister.add(people.account(
                            shortRole(role) + "." + council.shortName(),
                            council.shortName(),
                            Set.of(role),
                            authority.id(),
                            null,
                            null));
                }
            }
            List<String> elsewhere = allOutwardCodes.stream()
                    .filter(code -> !council.outwardCodes().contains(code))
                    .toList();
            childrenByCouncil.put(
                    council.shortName(),
                    children.generate(council.code(), council.outwardCodes(), elsewhere, CHILDREN_PER_COUNCIL).stream()
                            .map(child -> new DemoReferrals.ChildOnRecord(
                                    childRecords.register(authority.id(), child.details(), child.episodes()),
                                    child.details(),
                                    child.episodes()
                                            .get(child.episodes().size() - 1)
                                            .open()))
                            .toList());
        }
        accountsToRegister.add(people.account(
                "admin.threerivers", "threerivers", Set.of(Role.ADMINISTRATOR), null, null, consortium.id()));
        accountsToRegister.add(people.account(
                "commissioner.threerivers", "threerivers", Set.of(Role.COMMISSIONER), null, null, consortium.id()));
        Map<String, Long> providerOrganisations = new LinkedHashMap<>();
        Map<Long, String> providerUsers = new LinkedHashMap<>();
        for (String name : PROVIDERS) {
            ProviderOrganisation provider = organisations.createProviderOrganisation(name);
            providerOrganisations.put(name, provider.id());
            String shortName = name.toLowerCase().split(" ")[0];
            providerUsers.put(provider.id(), "provider." + shortName);
            accountsToRegister.add(people.account(
                    "provider." + shortName,
                    shortName.replace("'", ""),
                    Set.of(Role.PROVIDER_USER),
                    null,
                    provider.id(),
                    consortium.id()));
        }
        accounts.registerAll(accountsToRegister);
        // Its own random sequence, so that the market can grow without changing the children and accounts above.
        new DemoMarket(new Random(SEED + 1), marketRecords, LocalDate.now())
                .generate(consortium.id(), councilAreas, providerOrganisations);
        recordPermanencePlans(childrenByCouncil, new Random(SEED + 2), LocalDate.now());
        if (withReferrals) {
            String first = COUNCILS.get(0).shortName();
            referrals.generate(first, childrenByCouncil.get(first), providerUsers, LocalDate.now());
        }
        log.info(
                "Loaded demo data: {} councils, {} accounts (password {}), {} providers, {} children",
                COUNCILS.size(),
                accountsToRegister.size(),
                PASSWORD,
                PROVIDERS.size(),
                COUNCILS.size() * CHILDREN_PER_COUNCIL);
    }

    /** Most children looked after for a while have a plan, recorded by their social worker; some do not yet, as in life. */
    private void recordPermanencePlans(
            Map<String, List<DemoReferrals.ChildOnRecord>> childrenByCouncil, Random random, LocalDate today) {
        childrenByCouncil.forEach((council, children) -> {
            CurrentUser socialWorker = accounts.byUsername("sw." + council).orElseThrow();
            for (DemoReferrals.ChildOnRecord child : children) {
                if (child.lookedAfter() && random.nextInt(4) != 0) {
                    int age = java.time.Period.between(child.details().dateOfBirth(), today)
                            .getYears();
                    PermanencePlan.Kind kind = age < 5
                            ? PermanencePlan.Kind.ADOPTION
                            : age >= 16
                                    ? PermanencePlan.Kind.INDEPENDENCE
                                    : random.nextInt(5) == 0
                                            ? PermanencePlan.Kind.RETURN_HOME
                                            : PermanencePlan.Kind.LONG_TERM_FOSTERING;
                    childRecords.recordPermanencePlan(
                            socialWorker, child.id(), kind, null, today.minusDays(random.nextInt(200)));
                }
            }
        });
    }

    static String shortRole(Role role) {
        return switch (role) {
            case SOCIAL_WORKER -> "sw";
            case TEAM_MANAGER -> "tm";
            case HEAD_OF_SERVICE -> "hos";
            case BROKER -> "broker";
            case PROVIDER_USER -> "provider";
            case IN_HOUSE_FOSTERING -> "fostering";
            case INDEPENDENT_REVIEWING_OFFICER -> "iro";
            case FINANCE_OFFICER -> "finance";
            case COMMISSIONER -> "commissioner";
            case ADMINISTRATOR -> "admin";
        };
    }
}
