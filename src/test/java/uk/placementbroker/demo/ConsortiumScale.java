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
import org.springframework.context.ApplicationContext;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.identity.AccountDetails;
import uk.placementbroker.identity.Accounts;
import uk.placementbroker.identity.Consortium;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.ProviderOrganisation;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.market.MarketRecords.ProviderKind;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * A consortium the size of the largest regional one, for the pages benchmark, from a fixed seed: 23 councils with
 * about 15,000 children looked after or once looked after (each with their history of care), 600 providers with
 * about 5,000 homes and households, and about 2,000 referrals in every state of the brokerage flow, taken there
 * through the product's own services as the demo's are. Usernames follow the demo's: {@code sw.c01}, {@code
 * broker.c01}, ... and the demo's six provider users; the password is the demo's.
 */
public final class ConsortiumScale {

    private static final Logger log = LoggerFactory.getLogger(ConsortiumScale.class);

    public static final int COUNCILS = 23;
    static final int CHILDREN_PER_COUNCIL = 650;
    static final int PROVIDERS = 600;
    static final int REFERRAL_BATCHES_PER_COUNCIL = 8;

    /** What was loaded: each council's short name and DfE number, and the providers' portal users. */
    public record Loaded(Map<String, String> councilCodes, List<String> providerUsers) {}

    private ConsortiumScale() {}

    public static Loaded load(ApplicationContext context, long seed) {
        Organisations organisations = context.getBean(Organisations.class);
        Accounts accounts = context.getBean(Accounts.class);
        ChildRecords childRecords = context.getBean(ChildRecords.class);
        MarketRecords marketRecords = context.getBean(MarketRecords.class);
        DemoReferrals referrals = context.getBean(DemoReferrals.class);
        LocalDate today = LocalDate.now();
        Random random = new Random(seed);
        DemoPeople people = new DemoPeople(random);
        DemoChildren children = new DemoChildren(random, today);
        List<String> codes =
                DemoMarket.AREAS.stream().map(DemoMarket.Area::code).toList();

        Consortium consortium = organisations.createConsortium("Benchmark Regional Placements");
        List<AccountDetails> toRegister = new ArrayList<>();
        Map<String, String> councilCodes = new LinkedHashMap<>();
        Map<Long, List<String>> councilAreas = new LinkedHashMap<>();
        Map<String, List<DemoReferrals.ChildOnRecord>> childrenByCouncil = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int number = 1; number <= COUNCILS; number++) {
            String shortName = String.format("c%02d", number);
            String code = String.valueOf(900 + number);
            LocalAuthority council =
                    organisations.createLocalAuthority(code, "Benchmark Council " + number, consortium.id());
            List<String> area = List.of(
                            codes.get(number % codes.size()),
                            codes.get((number * 5 + 1) % codes.size()),
                            codes.get((number * 7 + 3) % codes.size()))
                    .stream()
                    .distinct()
                    .toList();
            councilCodes.put(shortName, code);
            councilAreas.put(council.id(), area);
            for (Role role : Role.values()) {
                if (role != Role.PROVIDER_USER) {
                    toRegister.add(people.account(
                            DemoDataLoader.shortRole(role) + "." + shortName,
                            shortName,
                            Set.of(role),
                            council.id(),
                            null,
                            null));
                }
            }
            List<String> elsewhere =
                    codes.stream().filter(other -> !area.contains(other)).toList();
            List<DemoReferrals.ChildOnRecord> registered = new ArrayList<>();
            for (DemoChildren.DemoChild child : children.generate(code, area, elsewhere, CHILDREN_PER_COUNCIL)) {
                registered.add(new DemoReferrals.ChildOnRecord(
                        childRecords.register(council.id(), child.details(), child.episodes()),
                        child.details(),
                        child.episodes().get(child.episodes().size() - 1).open()));
            }
            childrenByCouncil.put(shortName, registered);
        }
        log.info(
                "Benchmark consortium: {} councils' children in {} s",
                COUNCILS,
                (System.nanoTime() - started) / 1_000_000_000);
        toRegister.add(people.account(
                "commissioner.consortium", "consortium", Set.of(Role.COMMISSIONER), null, null, consortium.id()));
        Map<String, Long> providerOrganisations = new LinkedHashMap<>();
        Map<Long, String> providerUsers = new LinkedHashMap<>();
        for (String name : DemoDataLoader.PROVIDERS) {
            ProviderOrganisation provider = organisations.createProviderOrganisation(name);
            providerOrganisations.put(name, provider.id());
            String username = "provider." + name.toLowerCase().split(" ")[0];
            providerUsers.put(provider.id(), username);
            toRegister.add(people.account(
                    username, "provider", Set.of(Role.PROVIDER_USER), null, provider.id(), consortium.id()));
        }
        accounts.registerAll(toRegister);

        DemoMarket market = new DemoMarket(new Random(seed + 1), marketRecords, today);
        market.generate(consortium.id(), Map.of(), providerOrganisations);
        int councilNumber = 0;
        for (Map.Entry<Long, List<String>> council : councilAreas.entrySet()) {
            market.inHouseService(
                    council.getKey(), "Benchmark Council " + ++councilNumber + " Fostering", council.getValue());
        }
        int providers = DemoDataLoader.PROVIDERS.size() + councilAreas.size();
        Random shape = new Random(seed + 2);
        for (int number = 1; providers < PROVIDERS; number++, providers++) {
            boolean fostering = shape.nextInt(10) < 6;
            ProviderKind kind = fostering
                    ? ProviderKind.INDEPENDENT_FOSTERING_AGENCY
                    : shape.nextInt(4) == 0
                            ? ProviderKind.SUPPORTED_ACCOMMODATION_PROVIDER
                            : ProviderKind.CHILDRENS_HOME_OPERATOR;
            String name = String.format("Benchmark %s %03d", fostering ? "Fostering" : "Care", number);
            long provider = market.provider(name, kind, Map.of(), 1 + shape.nextInt(4));
            if (fostering) {
                market.households(
                        provider,
                        String.format("B%03d-", number),
                        codes,
                        6 + shape.nextInt(7),
                        1 + shape.nextInt(3),
                        720,
                        1_200);
            } else if (kind == ProviderKind.SUPPORTED_ACCOMMODATION_PROVIDER) {
                market.settings(
                        provider,
                        PlacementType.SUPPORTED_ACCOMMODATION,
                        name,
                        2 + shape.nextInt(5),
                        16,
                        17,
                        4,
                        new Need[] {Need.MENTAL_HEALTH, Need.EDUCATION},
                        1_000,
                        2_600);
            } else {
                market.settings(
                        provider,
                        PlacementType.RESIDENTIAL,
                        name,
                        2 + shape.nextInt(6),
                        8,
                        17,
                        3 + shape.nextInt(3),
                        DemoMarket.RESIDENTIAL_SPECIALISMS,
                        4_000,
                        7_500);
            }
        }
        log.info(
                "Benchmark consortium: {} providers in {} s", providers, (System.nanoTime() - started) / 1_000_000_000);

        int batches = 0;
        for (Map.Entry<String, List<DemoReferrals.ChildOnRecord>> council : childrenByCouncil.entrySet()) {
            List<DemoReferrals.ChildOnRecord> all = council.getValue();
            int slice = all.size() / REFERRAL_BATCHES_PER_COUNCIL;
            for (int batch = 0; batch < REFERRAL_BATCHES_PER_COUNCIL; batch++) {
                try {
                    referrals.generate(
                            council.getKey(), all.subList(batch * slice, (batch + 1) * slice), providerUsers, today);
                    batches++;
                } catch (RuntimeException stopped) {
                    // A home filled by an earlier batch stops this one part-way, as a real placement would be refused.
                    log.debug("Benchmark referrals for {} stopped: {}", council.getKey(), stopped.getMessage());
                }
            }
        }
        log.info(
                "Benchmark consortium: {} referral batches in {} s",
                batches,
                (System.nanoTime() - started) / 1_000_000_000);
        return new Loaded(councilCodes, List.copyOf(providerUsers.values()));
    }
}
