package uk.placementbroker.market;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.market.ofsted.ListProblem;
import uk.placementbroker.market.ofsted.ProviderListEntry;
import uk.placementbroker.market.ofsted.ProviderListReader;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Postcode;

/**
 * Brings an Ofsted or DfE provider list into the market directory, all or nothing: settings are
 * matched by URN and fostering services by their Ofsted URN, so importing a list again updates what
 * changed and adds nothing twice. A list is first read and compared (a {@link Mode#preview}: everything is
 * worked out and rolled back), then stored as previewed. A provider added by a council's import waits
 * for the consortium's commissioner to confirm it before any council sees it.
 */
@Service
public class OfstedListImport {

    /**
     * How the import went (or would go): counts, what it adds and changes, or the problems that stopped it;
     * warnings either way. Everything is counted, but only the first {@link #SHOWN} problems of each kind and the
     * first {@link #SHOWN} additions and changes are kept to show (the import keeps every problem for its download);
     * {@code changesDigest} stands for every addition and change, in order, to tell whether storing the list did
     * what its preview said.
     */
    public record Outcome(
            int added,
            int updated,
            int unchanged,
            List<ListProblem> fatal,
            List<ListProblem> warnings,
            List<Change> additions,
            List<Change> changes,
            int fatalCount,
            int warningCount,
            int additionCount,
            int changeCount,
            String changesDigest) {

        public static final int SHOWN = 200;

        public Outcome {
            fatalCount = Math.max(fatalCount, fatal.size());
            warningCount = Math.max(warningCount, warnings.size());
            additionCount = Math.max(additionCount, additions.size());
            changeCount = Math.max(changeCount, changes.size());
        }

        public Outcome(int added, int updated, int unchanged, List<ListProblem> fatal, List<ListProblem> warnings) {
            this(added, updated, unchanged, fatal, warnings, List.of(), List.of(), 0, 0, 0, 0, null);
        }

        /** Whether more problems were found than are kept to show. */
        public boolean problemsCut() {
            return fatalCount > fatal.size() || warningCount > warnings.size();
        }

        public boolean imported() {
            return fatalCount == 0;
        }

        /** Whether storing the list did exactly what its preview said. */
        public boolean sameChangesAs(Outcome preview) {
            return java.util.Objects.equals(changesDigest, preview.changesDigest())
                    && additionCount == preview.additionCount()
                    && changeCount == preview.changeCount();
        }
    }

    /** The problems of one import as they are found: each is told to {@code every}, the first few kept to show. */
    private static final class Problems {

        private final java.util.function.Consumer<ListProblem> every;
        private final List<ListProblem> fatal = new java.util.ArrayList<>();
        private final List<ListProblem> warnings = new java.util.ArrayList<>();
        private int fatalCount;
        private int warningCount;

        Problems(java.util.function.Consumer<ListProblem> every) {
            this.every = every;
        }

        void add(ListProblem problem) {
            every.accept(problem);
            if (problem.fatal() && fatalCount++ < Outcome.SHOWN) {
                fatal.add(problem);
            } else if (!problem.fatal() && warningCount++ < Outcome.SHOWN) {
                warnings.add(problem);
            }
        }
    }

    /** What the list adds and changes, as it is worked out: the first few kept to show, all of them digested. */
    private static final class Changes {

        private final List<Change> additions = new java.util.ArrayList<>();
        private final List<Change> changes = new java.util.ArrayList<>();
        /** Providers found or added, by their name in lower case: a provider owns many settings of a list. */
        private final Map<String, Long> providers = new java.util.HashMap<>();

        private final java.security.MessageDigest digest = sha256();
        private int additionCount;
        private int changeCount;

        void added(Change addition) {
            digest("added", addition);
            if (additionCount++ < Outcome.SHOWN) {
                additions.add(addition);
            }
        }

        void changed(Change change) {
            digest("changed", change);
            if (changeCount++ < Outcome.SHOWN) {
                changes.add(change);
            }
        }

        private void digest(String what, Change change) {
            for (String part : List.of(what, change.record(), change.name(), change.urn(), change.detail())) {
                digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        }

        String digest() {
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        private static java.security.MessageDigest sha256() {
            try {
                return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * One record the list adds or changes.
     *
     * @param record "Provider", "Setting" or "Fostering service"
     * @param detail for a change, what changes, from and to; for an addition, where it goes
     */
    public record Change(String record, String name, String urn, String detail) {}

    /** Who imports the list, and whether this is the preview or the real thing. */
    public record Mode(
            boolean store, String importer, Long localAuthorityId, java.util.UUID importId, Outcome preview) {

        public static Mode preview(String importer, Long localAuthorityId, java.util.UUID importId) {
            return new Mode(false, importer, localAuthorityId, importId, null);
        }

        public static Mode store(String importer, Long localAuthorityId, java.util.UUID importId, Outcome preview) {
            return new Mode(true, importer, localAuthorityId, importId, preview);
        }

        /** A council's import proposes new providers; the consortium's own commissioner lists them. */
        boolean proposes() {
            return localAuthorityId != null;
        }
    }

    private static final Map<PlacementType, MarketRecords.ProviderKind> OPERATOR = Map.of(
            PlacementType.RESIDENTIAL, MarketRecords.ProviderKind.CHILDRENS_HOME_OPERATOR,
            PlacementType.SUPPORTED_ACCOMMODATION, MarketRecords.ProviderKind.SUPPORTED_ACCOMMODATION_PROVIDER,
            PlacementType.SEND_RESIDENTIAL_SCHOOL, MarketRecords.ProviderKind.RESIDENTIAL_SPECIAL_SCHOOL,
            PlacementType.PARENT_AND_CHILD, MarketRecords.ProviderKind.PARENT_AND_CHILD);

    private final JdbcClient jdbc;
    private final Locations locations;
    private final Organisations organisations;
    private final AuditLog auditLog;

    OfstedListImport(JdbcClient jdbc, Locations locations, Organisations organisations, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /** Told how far a list has got: entries stored of all the entries read. */
    @FunctionalInterface
    public interface Progress {
        void stored(int done, int total);
    }

    /** How often progress is told, in entries: each may look up a postcode over the network. */
    static final int PROGRESS_EVERY = 25;

    /**
     * Reads the list and works out every entry, or nothing when it has a fatal problem; tells {@code progress} as it
     * goes and {@code everyProblem} of each problem. The file is read twice, as it streams: first to check it (so that
     * a list with a fatal problem touches nothing), then to work out each entry. In {@link Mode#store} it keeps what
     * it did only when that is what the preview said (otherwise the directory changed in between, and the outcome
     * says so by differing); in a {@link Mode#preview} it keeps nothing.
     */
    @Transactional
    public Outcome importList(
            String fileName,
            Path xlsx,
            Progress progress,
            Mode mode,
            java.util.function.Consumer<ListProblem> everyProblem) {
        Problems problems = new Problems(everyProblem);
        int[] total = {0};
        ProviderListReader reader = new ProviderListReader();
        reader.read(xlsx, new ProviderListReader.Sink() {
            @Override
            public void entry(ProviderListEntry entry) {
                total[0]++;
            }

            @Override
            public void problem(ListProblem problem) {
                problems.add(problem);
            }
        });
        if (problems.fatalCount > 0) {
            return outcome(new int[3], problems, new Changes());
        }
        Changes changes = new Changes();
        int[] counts = new int[3];
        int[] done = {0};
        progress.stored(0, total[0]);
        reader.read(xlsx, new ProviderListReader.Sink() {
            @Override
            public void entry(ProviderListEntry entry) {
                if (done[0] > 0 && done[0] % PROGRESS_EVERY == 0) {
                    progress.stored(done[0], total[0]);
                }
                done[0]++;
                Optional<Boolean> added = workOut(entry, problems, mode, changes);
                if (added != null) {
                    counts[added.isEmpty() ? 2 : added.get() ? 0 : 1]++;
                }
            }

            @Override
            public void problem(ListProblem problem) {
                // Told already, when the list was checked.
            }
        });
        Outcome outcome = outcome(counts, problems, changes);
        if (!mode.store() || (mode.preview() != null && !outcome.sameChangesAs(mode.preview()))) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return outcome;
        }
        auditLog.record(
                AuditAction.CREATED,
                "Ofsted provider list",
                fileName,
                counts[0] + " added, " + counts[1] + " updated, " + counts[2] + " unchanged"
                        + (mode.proposes() ? ", new providers waiting for the consortium's confirmation" : ""));
        return outcome;
    }

    private static Outcome outcome(int[] counts, Problems problems, Changes changes) {
        return new Outcome(
                counts[0],
                counts[1],
                counts[2],
                List.copyOf(problems.fatal),
                List.copyOf(problems.warnings),
                List.copyOf(changes.additions),
                List.copyOf(changes.changes),
                problems.fatalCount,
                problems.warningCount,
                changes.additionCount,
                changes.changeCount,
                changes.digest());
    }

    /** @return true when added, false when updated, empty when nothing changed, null when not read */
    private Optional<Boolean> workOut(ProviderListEntry entry, Problems problems, Mode mode, Changes changes) {
        return switch (entry.kind()) {
            case SETTING -> setting(entry, problems, mode, changes);
            case INDEPENDENT_FOSTERING_AGENCY -> fosteringService(entry, null, mode, changes);
            case LOCAL_AUTHORITY_FOSTERING -> {
                Optional<LocalAuthority> council = council(entry.localAuthority());
                if (council.isEmpty()) {
                    problems.add(
                            new ListProblem(
                                    false,
                                    entry.sheet(),
                                    entry.row(),
                                    "Local authority",
                                    entry.localAuthority()
                                            + " is not a council of this service: its own fostering service is not open to other councils, so it was not read"));
                    yield null;
                }
                yield fosteringService(entry, council.get().id(), mode, changes);
            }
        };
    }

    /** A setting as the directory holds it, before the list changes it: what the preview compares. */
    private record SettingNow(
            String name,
            String provider,
            String registrationStatus,
            Integer registeredPlaces,
            String postcode,
            Integer overallEffectiveness,
            java.time.LocalDate inspectionDate) {}

    /** @return true when added, false when updated, empty when nothing changed */
    private Optional<Boolean> setting(ProviderListEntry entry, Problems problems, Mode mode, Changes changes) {
        long provider = providerNamed(entry.owner(), OPERATOR.get(entry.placementType()), mode, changes);
        Optional<SettingNow> before =
                jdbc.sql("""
                        select s.name, p.name as provider, s.registration_status, s.registered_places, s.postcode,
                               s.overall_effectiveness::int as overall_effectiveness, s.inspection_date
                        from market_setting s join market_provider p on p.id = s.provider_id where s.urn = ?
                        """).param(entry.urn()).query(SettingNow.class).optional();
        Optional<Postcode> postcode = Postcode.parse(entry.postcode()).filter(Postcode::complete);
        if (postcode.isEmpty()) {
            problems.add(new ListProblem(
                    false,
                    entry.sheet(),
                    entry.row(),
                    "Postcode",
                    (entry.postcode().isEmpty() ? "(blank)" : entry.postcode())
                            + " is not a postcode: the setting's distance cannot be worked out"));
        }
        Optional<GeoPoint> centre = postcode.flatMap(locations::locate);
        int[] ages = ages(entry.placementType());
        Optional<Boolean> result = jdbc.sql("""
                insert into market_setting (provider_id, urn, name, placement_type, registration_status, registered_places, minimum_age,
                    maximum_age, sexes, specialisms, postcode, outward_code, district, latitude, longitude, overall_effectiveness,
                    children_safety, leadership_management, inspection_date)
                values (:provider, :urn, :name, :type, :status, :places, :minimumAge, :maximumAge, '{MALE,FEMALE}', :specialisms::text[],
                    :postcode, :outward, :district, :latitude, :longitude, :overall, :safety, :leadership, :inspected)
                on conflict (urn) do update set provider_id = excluded.provider_id, name = excluded.name,
                    placement_type = excluded.placement_type, registration_status = excluded.registration_status,
                    registered_places = coalesce(:placesGiven, market_setting.registered_places),
                    specialisms = case when cardinality(excluded.specialisms) > 0 then excluded.specialisms else market_setting.specialisms end,
                    postcode = excluded.postcode, outward_code = excluded.outward_code, district = coalesce(excluded.district, market_setting.district),
                    latitude = excluded.latitude, longitude = excluded.longitude, overall_effectiveness = excluded.overall_effectiveness,
                    children_safety = excluded.children_safety, leadership_management = excluded.leadership_management,
                    inspection_date = excluded.inspection_date
                where (market_setting.provider_id, market_setting.name, market_setting.placement_type, market_setting.registration_status,
                       market_setting.registered_places, market_setting.postcode, market_setting.latitude, market_setting.longitude,
                       market_setting.overall_effectiveness, market_setting.children_safety, market_setting.leadership_management,
                       market_setting.inspection_date)
                  is distinct from (excluded.provider_id, excluded.name, excluded.placement_type, excluded.registration_status,
                       coalesce(:placesGiven, market_setting.registered_places), excluded.postcode, excluded.latitude, excluded.longitude,
                       excluded.overall_effectiveness, excluded.children_safety, excluded.leadership_management, excluded.inspection_date)
                   or (cardinality(excluded.specialisms) > 0 and market_setting.specialisms is distinct from excluded.specialisms)
                returning (xmax = 0) as inserted
                """)
                .param("provider", provider)
                .param("urn", entry.urn())
                .param("name", entry.name())
                .param("type", entry.placementType().name())
                .param("status", entry.registrationStatus())
                .param("places", entry.places() == null ? 0 : entry.places())
                .param("placesGiven", entry.places(), java.sql.Types.INTEGER)
                .param("minimumAge", ages[0])
                .param("maximumAge", ages[1])
                .param(
                        "specialisms",
                        "{"
                                + String.join(
                                        ",",
                                        entry.specialisms().stream()
                                                .map(Enum::name)
                                                .sorted()
                                                .toList()) + "}")
                .param("postcode", postcode.map(Postcode::toString).orElse(entry.postcode()))
                .param("outward", postcode.map(Postcode::outwardCode).orElse(""))
                .param("district", postcode.flatMap(locations::district).orElse(null), java.sql.Types.VARCHAR)
                .param("latitude", centre.map(GeoPoint::latitude).orElse(null), java.sql.Types.DOUBLE)
                .param("longitude", centre.map(GeoPoint::longitude).orElse(null), java.sql.Types.DOUBLE)
                .param("overall", entry.overallEffectiveness(), java.sql.Types.SMALLINT)
                .param("safety", entry.childrenSafety(), java.sql.Types.SMALLINT)
                .param("leadership", entry.leadershipManagement(), java.sql.Types.SMALLINT)
                .param("inspected", entry.inspectionDate(), java.sql.Types.DATE)
                .query(Boolean.class)
                .optional();
        if (result.isPresent() && result.get()) {
            changes.added(new Change(
                    "Setting", entry.name(), entry.urn(), entry.placementType().words() + " of " + entry.owner()));
        } else if (result.isPresent() && before.isPresent()) {
            SettingNow was = before.get();
            List<String> what = new java.util.ArrayList<>();
            differs(what, "name", was.name(), entry.name());
            differs(what, "provider", was.provider(), entry.owner());
            differs(what, "registration", was.registrationStatus(), entry.registrationStatus());
            if (entry.places() != null) {
                differs(what, "places", was.registeredPlaces(), entry.places());
            }
            differs(
                    what,
                    "postcode",
                    was.postcode(),
                    postcode.map(Postcode::toString).orElse(entry.postcode()));
            differs(
                    what,
                    "Ofsted judgement",
                    judgement(was.overallEffectiveness()),
                    judgement(entry.overallEffectiveness()));
            differs(what, "inspected", was.inspectionDate(), entry.inspectionDate());
            changes.changed(new Change(
                    "Setting", entry.name(), entry.urn(), what.isEmpty() ? "its details" : String.join("; ", what)));
        }
        return result;
    }

    private static void differs(List<String> what, String field, Object was, Object now) {
        if (!java.util.Objects.equals(was, now)) {
            what.add(field + " " + (was == null ? "none" : was) + " → " + (now == null ? "none" : now));
        }
    }

    /** A judgement in words, or null for none (so that a first inspection reads "none → Good"). */
    private static String judgement(Integer grade) {
        return grade == null ? null : SharedDirectory.judgementWords(grade);
    }

    /** A fostering service as the directory holds it, before the list changes it. */
    private record ServiceNow(
            String name, String kind, Integer overallEffectiveness, java.time.LocalDate inspectionDate) {}

    private Optional<Boolean> fosteringService(ProviderListEntry entry, Long council, Mode mode, Changes changes) {
        String kind = council == null ? "INDEPENDENT_FOSTERING_AGENCY" : "IN_HOUSE_FOSTERING";
        Optional<ServiceNow> before =
                jdbc.sql("""
                        select name, kind, overall_effectiveness::int as overall_effectiveness, inspection_date
                        from market_provider where ofsted_urn = ?
                        """).param(entry.urn()).query(ServiceNow.class).optional();
        Optional<Boolean> result = jdbc.sql("""
                insert into market_provider (name, kind, local_authority_id, ofsted_urn, overall_effectiveness, inspection_date,
                    directory_status, proposed_by, proposed_in)
                values (:name, :kind, :council, :urn, :overall, :inspected, :status, :proposedBy, :proposedIn)
                on conflict (ofsted_urn) do update set name = excluded.name, kind = excluded.kind, local_authority_id = excluded.local_authority_id,
                    overall_effectiveness = excluded.overall_effectiveness, inspection_date = excluded.inspection_date
                where (market_provider.name, market_provider.kind, market_provider.local_authority_id, market_provider.overall_effectiveness,
                       market_provider.inspection_date)
                  is distinct from (excluded.name, excluded.kind, excluded.local_authority_id, excluded.overall_effectiveness, excluded.inspection_date)
                returning (xmax = 0) as inserted
                """)
                .param("name", entry.name())
                .param("kind", kind)
                .param("council", council, java.sql.Types.BIGINT)
                .param("urn", entry.urn())
                .param("overall", entry.overallEffectiveness(), java.sql.Types.SMALLINT)
                .param("inspected", entry.inspectionDate(), java.sql.Types.DATE)
                .param("status", mode.proposes() ? "PROPOSED" : "LISTED")
                .param("proposedBy", mode.proposes() ? mode.importer() : null, java.sql.Types.VARCHAR)
                .param("proposedIn", mode.proposes() ? mode.importId() : null, java.sql.Types.OTHER)
                .query(Boolean.class)
                .optional();
        if (result.isPresent() && result.get()) {
            changes.added(new Change("Fostering service", entry.name(), entry.urn(), addedTo(mode)));
        } else if (result.isPresent() && before.isPresent()) {
            ServiceNow was = before.get();
            List<String> what = new java.util.ArrayList<>();
            differs(what, "name", was.name(), entry.name());
            differs(what, "kind", was.kind(), kind);
            differs(
                    what,
                    "Ofsted judgement",
                    judgement(was.overallEffectiveness()),
                    judgement(entry.overallEffectiveness()));
            differs(what, "inspected", was.inspectionDate(), entry.inspectionDate());
            changes.changed(new Change(
                    "Fostering service",
                    entry.name(),
                    entry.urn(),
                    what.isEmpty() ? "its details" : String.join("; ", what)));
        }
        return result;
    }

    private static String addedTo(Mode mode) {
        return mode.proposes()
                ? "a new provider: it waits for the consortium's commissioner to confirm it"
                : "a new provider in the shared directory";
    }

    private long providerNamed(String name, MarketRecords.ProviderKind kind, Mode mode, Changes changes) {
        return changes.providers.computeIfAbsent(
                name.toLowerCase(Locale.ROOT),
                lowerCase -> jdbc.sql("select id from market_provider where lower(name) = ?")
                        .param(lowerCase)
                        .query(Long.class)
                        .optional()
                        .orElseGet(() -> {
                            changes.added(new Change("Provider", name, "", addedTo(mode)));
                            return jdbc.sql("""
                                    insert into market_provider (name, kind, directory_status, proposed_by, proposed_in)
                                    values (?, ?, ?, ?, ?) returning id
                                    """)
                                    .params(
                                            name,
                                            kind.name(),
                                            mode.proposes() ? "PROPOSED" : "LISTED",
                                            mode.proposes() ? mode.importer() : null,
                                            mode.proposes() ? mode.importId() : null)
                                    .query(Long.class)
                                    .single();
                        }));
    }

    private Optional<LocalAuthority> council(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return organisations.localAuthorities().stream()
                .filter(council -> council.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** Lists give no age range: a new setting starts with its type's usual one, for the provider to narrow in the portal. */
    private static int[] ages(PlacementType type) {
        return switch (type) {
            case SUPPORTED_ACCOMMODATION -> new int[] {16, 17};
            case SEND_RESIDENTIAL_SCHOOL -> new int[] {5, 17};
            default -> new int[] {0, 17};
        };
    }
}
