package uk.placementbroker.market;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.matching.Candidate;
import uk.placementbroker.matching.CandidatePool;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * The open vacancies of the market as candidates a council can search: every independent provider's,
 * and its own in-house fostering service's (never another council's), each with the fee band of the
 * consortium's framework lot its provider is on.
 */
@Component
public class MarketDirectory {

    private final JdbcClient jdbc;

    MarketDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The candidates a council can search, laid out for the matching engine.
     *
     * @param inHouseProviders the providers that are the council's own fostering service, asked first
     */
    public record Searchable(CandidatePool pool, Set<String> inHouseProviders) {

        public boolean inHouse(Candidate candidate) {
            return inHouseProviders.contains(candidate.providerId());
        }
    }

    /** The candidates for a search by a council of a consortium. */
    public Searchable candidates(long localAuthorityId, Long consortiumId, LocalDate today) {
        Map<String, Candidate.FeeBand> bands = feeBands(consortiumId, today);
        List<Candidate> candidates = new ArrayList<>();
        jdbc.sql("""
                select v.id, v.places, v.available_from, v.last_confirmed, v.weekly_fee,
                       'Foster household ' || h.reference as name, h.minimum_age, h.maximum_age, h.sexes, h.skill_level, h.specialisms,
                       h.languages, h.religion, h.ethnicities, h.pets, h.youngest_other_child, h.adaptations, h.outward_code, h.district,
                       h.latitude, h.longitude, 'FOSTERING' as placement_type, true as registered,
                       p.overall_effectiveness, p.id as provider_id, p.name as provider_name, p.suspended, p.unplanned_ending_rate
                from market_vacancy v
                join market_foster_household h on h.id = v.household_id
                join market_provider p on p.id = h.provider_id
                where v.filled_on is null and p.directory_status = 'LISTED' and (p.kind <> 'IN_HOUSE_FOSTERING' or p.local_authority_id = ?)
                union all
                select v.id, v.places, v.available_from, v.last_confirmed, v.weekly_fee,
                       s.name, s.minimum_age, s.maximum_age, s.sexes, s.skill_level, s.specialisms,
                       '{}'::text[], null, '{}'::text[], false, null, s.adaptations, s.outward_code, s.district,
                       s.latitude, s.longitude, s.placement_type, s.registration_status = 'ACTIVE',
                       s.overall_effectiveness, p.id, p.name, p.suspended, p.unplanned_ending_rate
                from market_vacancy v
                join market_setting s on s.id = v.setting_id
                join market_provider p on p.id = s.provider_id
                where v.filled_on is null and p.directory_status = 'LISTED'
                order by 1
                """).param(localAuthorityId).query((ResultSet row) -> {
            candidates.add(candidate(row, bands));
        });
        Set<String> inHouse = Set.copyOf(jdbc.sql(
                        "select id::text from market_provider where kind = 'IN_HOUSE_FOSTERING' and local_authority_id = ?")
                .param(localAuthorityId)
                .query(String.class)
                .list());
        return new Searchable(CandidatePool.of(candidates), inHouse);
    }

    private static Candidate candidate(ResultSet row, Map<String, Candidate.FeeBand> bands) throws SQLException {
        PlacementType type = PlacementType.valueOf(row.getString("placement_type"));
        String providerId = String.valueOf(row.getLong("provider_id"));
        int skillLevel = row.getInt("skill_level");
        double latitude = row.getDouble("latitude");
        GeoPoint location = row.wasNull() ? null : new GeoPoint(latitude, row.getDouble("longitude"));
        Candidate.FeeBand band = bands.getOrDefault(
                providerId + "/" + type + "/" + skillLevel, bands.get(providerId + "/" + type + "/"));
        BigDecimal endingRate = row.getBigDecimal("unplanned_ending_rate");
        int youngest = row.getInt("youngest_other_child");
        Integer youngestOtherChild = row.wasNull() ? null : youngest;
        int overall = row.getInt("overall_effectiveness");
        Integer ofsted = row.wasNull() ? null : overall;
        return new Candidate(
                "V" + row.getLong("id"),
                type == PlacementType.FOSTERING ? Candidate.Kind.FOSTER_HOUSEHOLD : Candidate.Kind.SETTING,
                providerId,
                row.getString("provider_name"),
                row.getString("name"),
                type,
                row.getInt("minimum_age"),
                row.getInt("maximum_age"),
                sexes(row.getArray("sexes")),
                row.getInt("places"),
                row.getObject("available_from", LocalDate.class),
                row.getObject("last_confirmed", LocalDate.class),
                row.getBoolean("registered"),
                ofsted,
                row.getBoolean("suspended"),
                location,
                row.getString("outward_code"),
                row.getString("district"),
                needs(row.getArray("specialisms")),
                skillLevel,
                strings(row.getArray("languages")),
                row.getString("religion"),
                strings(row.getArray("ethnicities")),
                row.getBoolean("pets"),
                youngestOtherChild,
                strings(row.getArray("adaptations")),
                Money.of(row.getBigDecimal("weekly_fee")),
                band,
                endingRate == null ? null : endingRate.doubleValue());
    }

    /**
     * One of a provider's homes as a candidate, for screening a provider's offer of it: the fee and the
     * date are the offer's; empty when the home is not the provider's.
     */
    public Optional<Candidate> offeredHome(
            String candidateId,
            long providerId,
            HomeRef home,
            Long consortiumId,
            Money weeklyFee,
            LocalDate availableFrom,
            LocalDate today) {
        boolean setting = home instanceof HomeRef.Setting;
        long id = home.id();
        Map<String, Candidate.FeeBand> bands = feeBands(consortiumId, today);
        String select = setting ? """
                select s.id, s.registered_places as places, cast(:available as date) as available_from, cast(:today as date) as last_confirmed,
                       cast(:fee as numeric) as weekly_fee, s.name, s.minimum_age, s.maximum_age, s.sexes, s.skill_level, s.specialisms,
                       '{}'::text[] as languages, null as religion, '{}'::text[] as ethnicities, false as pets, null::int as youngest_other_child,
                       s.adaptations, s.outward_code, s.district, s.latitude, s.longitude, s.placement_type,
                       s.registration_status = 'ACTIVE' as registered, s.overall_effectiveness, p.id as provider_id, p.name as provider_name,
                       p.suspended, p.unplanned_ending_rate
                from market_setting s join market_provider p on p.id = s.provider_id
                where s.id = :id and p.id = :provider
                """ : """
                select h.id, h.approved_children as places, cast(:available as date) as available_from, cast(:today as date) as last_confirmed,
                       cast(:fee as numeric) as weekly_fee, 'Foster household ' || h.reference as name, h.minimum_age, h.maximum_age, h.sexes,
                       h.skill_level, h.specialisms, h.languages, h.religion, h.ethnicities, h.pets, h.youngest_other_child, h.adaptations,
                       h.outward_code, h.district, h.latitude, h.longitude, 'FOSTERING' as placement_type, true as registered,
                       p.overall_effectiveness, p.id as provider_id, p.name as provider_name, p.suspended, p.unplanned_ending_rate
                from market_foster_household h join market_provider p on p.id = h.provider_id
                where h.id = :id and p.id = :provider
                """;
        return jdbc.sql(select)
                .param("id", id)
                .param("provider", providerId)
                .param("available", availableFrom)
                .param("today", today)
                .param("fee", weeklyFee.pounds())
                .query((row, number) -> candidate(row, bands))
                .optional()
                .map(candidate -> new Candidate(
                        candidateId,
                        candidate.kind(),
                        candidate.providerId(),
                        candidate.providerName(),
                        candidate.name(),
                        candidate.placementType(),
                        candidate.minimumAge(),
                        candidate.maximumAge(),
                        candidate.sexes(),
                        candidate.places(),
                        candidate.availableFrom(),
                        candidate.lastConfirmed(),
                        candidate.registrationActive(),
                        candidate.ofstedOverall(),
                        candidate.providerSuspended(),
                        candidate.location(),
                        candidate.outwardCode(),
                        candidate.district(),
                        candidate.specialisms(),
                        candidate.skillLevel(),
                        candidate.languages(),
                        candidate.religion(),
                        candidate.ethnicities(),
                        candidate.pets(),
                        candidate.youngestOtherChild(),
                        candidate.adaptations(),
                        candidate.weeklyFee(),
                        candidate.feeBand(),
                        candidate.unplannedEndingRate()));
    }

    /**
     * A home as the child's 903 episode records it once a placement there is agreed.
     *
     * @param councilsOwn whether the council's own service provides it (903 PLACE_PROVIDER PR1)
     * @param outwardCode where it is (PL_POST), or null
     * @param district its local authority district, or null
     * @param urn the Ofsted URN of the setting, or of the fostering service for a foster household
     * @param places how many children it may take: the setting's registered places, or the children the household is approved for
     */
    public record PlacedHome(
            PlacementType type, boolean councilsOwn, String outwardCode, String district, String urn, int places) {

        public String placeCode() {
            return type.placeCode();
        }

        /** The 903 PLACE_PROVIDER code: the council's own provision, or private. */
        public String providerCode() {
            return councilsOwn ? "PR1" : "PR4";
        }
    }

    /** The local authority district of each of these homes that has one, in two queries. */
    public Map<HomeRef, String> districtsOf(java.util.Collection<HomeRef> homes) {
        List<Long> settings = homes.stream()
                .filter(HomeRef.Setting.class::isInstance)
                .map(HomeRef::id)
                .toList();
        List<Long> households = homes.stream()
                .filter(HomeRef.FosterHousehold.class::isInstance)
                .map(HomeRef::id)
                .toList();
        Map<HomeRef, String> districts = new HashMap<>();
        if (!settings.isEmpty()) {
            jdbc.sql("select id, district from market_setting where id in (:ids) and district is not null")
                    .param("ids", settings)
                    .query((row, number) -> districts.put(HomeRef.setting(row.getLong(1)), row.getString(2)))
                    .list();
        }
        if (!households.isEmpty()) {
            jdbc.sql("select id, district from market_foster_household where id in (:ids) and district is not null")
                    .param("ids", households)
                    .query((row, number) -> districts.put(HomeRef.fosterHousehold(row.getLong(1)), row.getString(2)))
                    .list();
        }
        return districts;
    }

    public Optional<PlacedHome> placedHome(HomeRef home) {
        long id = home.id();
        String select = home instanceof HomeRef.Setting ? """
                select s.placement_type, p.kind = 'IN_HOUSE_FOSTERING', s.outward_code, s.district, s.urn, s.registered_places
                from market_setting s join market_provider p on p.id = s.provider_id where s.id = ?
                """ : """
                select 'FOSTERING', p.kind = 'IN_HOUSE_FOSTERING', h.outward_code, h.district, p.ofsted_urn, h.approved_children
                from market_foster_household h join market_provider p on p.id = h.provider_id where h.id = ?
                """;
        return jdbc.sql(select)
                .param(id)
                .query((row, number) -> new PlacedHome(
                        PlacementType.valueOf(row.getString(1)),
                        row.getBoolean(2),
                        row.getString(3) == null || row.getString(3).isBlank() ? null : row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getInt(6)))
                .optional();
    }

    /** The kind of placement each home offers, read at once for many homes (a foster household is fostering). */
    public Map<HomeRef, PlacementType> placementTypes(java.util.Collection<HomeRef> homes) {
        Map<HomeRef, PlacementType> types = new java.util.HashMap<>();
        List<Long> settings = homes.stream()
                .filter(home -> home instanceof HomeRef.Setting)
                .map(HomeRef::id)
                .toList();
        if (!settings.isEmpty()) {
            jdbc.sql("select id, placement_type from market_setting where id in (:ids)")
                    .param("ids", settings)
                    .query((row, number) ->
                            Map.entry(HomeRef.setting(row.getLong(1)), PlacementType.valueOf(row.getString(2))))
                    .list()
                    .forEach(entry -> types.put(entry.getKey(), entry.getValue()));
        }
        homes.stream()
                .filter(home -> !(home instanceof HomeRef.Setting))
                .forEach(home -> types.put(home, PlacementType.FOSTERING));
        return types;
    }

    /** A provider to send a referral to. */
    /** @param providerOrganisationId the organisation whose portal users answer for the provider, or null */
    public record Contact(long providerId, String name, String email, Long providerOrganisationId) {}

    /** The address the provider takes referrals and placement mail at, where it has given one. */
    public Optional<String> referralEmailOf(long providerId) {
        return jdbc.sql("select referral_email from market_provider where id = ? and referral_email is not null")
                .param(providerId)
                .query(String.class)
                .optional();
    }

    /**
     * The providers to ask in a round: the council's own fostering service (in-house); the providers on a
     * lot of the consortium's frameworks in force for one of the placement types (framework); or every
     * other provider offering one of them (spot purchase). Only those with an address for referrals.
     */
    public List<Contact> providersToAsk(
            long localAuthorityId, Long consortiumId, String round, Set<PlacementType> types, LocalDate today) {
        String[] typeNames = types.stream().map(Enum::name).toArray(String[]::new);
        String offering = """
                (exists (select 1 from market_setting s where s.provider_id = p.id and s.placement_type = any (:types))
                 or ('FOSTERING' = any (:types) and exists (select 1 from market_foster_household h where h.provider_id = p.id)))
                """;
        String onFramework = """
                exists (select 1 from market_lot_provider lp join market_lot l on l.id = lp.lot_id join market_framework f on f.id = l.framework_id
                        where lp.provider_id = p.id and f.consortium_id = :consortium and :today between f.starts_on and f.ends_on
                          and l.placement_type = any (:types))
                """;
        String where = switch (round) {
            case "IN_HOUSE" ->
                "p.kind = 'IN_HOUSE_FOSTERING' and p.local_authority_id = :council and 'FOSTERING' = any (:types)";
            case "FRAMEWORK" -> "p.kind <> 'IN_HOUSE_FOSTERING' and " + onFramework;
            case "SPOT" -> "p.kind <> 'IN_HOUSE_FOSTERING' and not " + onFramework + " and " + offering;
            default -> throw new IllegalArgumentException("No such round: " + round);
        };
        return jdbc.sql(
                        "select p.id as provider_id, p.name, p.referral_email as email, p.provider_organisation_id from market_provider p where p.referral_email is not null and not p.suspended and p.directory_status = 'LISTED' and "
                                + where + " order by p.name")
                .param("types", typeNames)
                .param("council", localAuthorityId)
                .param("consortium", consortiumId == null ? -1L : consortiumId)
                .param("today", today)
                .query(Contact.class)
                .list();
    }

    /** Each provider's band on the consortium's lots in force, by provider, placement type and skill level ("" for any level). */
    private Map<String, Candidate.FeeBand> feeBands(Long consortiumId, LocalDate today) {
        Map<String, Candidate.FeeBand> bands = new HashMap<>();
        if (consortiumId == null) {
            return bands;
        }
        jdbc.sql("""
                select lp.provider_id, l.placement_type, l.skill_level, lp.lowest_weekly_fee, lp.highest_weekly_fee
                from market_lot_provider lp join market_lot l on l.id = lp.lot_id join market_framework f on f.id = l.framework_id
                where f.consortium_id = ? and ? between f.starts_on and f.ends_on
                """).params(consortiumId, today).query((ResultSet row) -> {
            Integer level = row.getObject("skill_level", Integer.class);
            String key = row.getLong("provider_id") + "/" + row.getString("placement_type") + "/"
                    + (level == null ? "" : level);
            bands.put(
                    key,
                    new Candidate.FeeBand(
                            Money.of(row.getBigDecimal("lowest_weekly_fee")),
                            Money.of(row.getBigDecimal("highest_weekly_fee"))));
        });
        return bands;
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null
                ? Set.of()
                : Arrays.stream((String[]) array.getArray()).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Need> needs(Array array) throws SQLException {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        strings(array).forEach(name -> needs.add(Need.valueOf(name)));
        return needs;
    }

    private static Set<Criteria.Sex> sexes(Array array) throws SQLException {
        Set<Criteria.Sex> sexes = EnumSet.noneOf(Criteria.Sex.class);
        strings(array).forEach(name -> sexes.add(Criteria.Sex.valueOf(name)));
        return sexes;
    }
}
