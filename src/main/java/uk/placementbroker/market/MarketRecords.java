package uk.placementbroker.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Postcode;

/** Adds to the market directory: providers, settings, foster households, vacancies, frameworks and where outward codes are. */
@Component
public class MarketRecords {

    /** The kinds of provider organisation in the directory. */
    public enum ProviderKind {
        IN_HOUSE_FOSTERING,
        INDEPENDENT_FOSTERING_AGENCY,
        CHILDRENS_HOME_OPERATOR,
        SUPPORTED_ACCOMMODATION_PROVIDER,
        RESIDENTIAL_SPECIAL_SCHOOL,
        PARENT_AND_CHILD
    }

    /**
     * @param providerOrganisationId the organisation whose users answer for the provider in the portal, or null
     * @param localAuthorityId the council, for an in-house fostering service; otherwise null
     */
    public record NewProvider(
            String name,
            ProviderKind kind,
            Long providerOrganisationId,
            Long localAuthorityId,
            String ofstedUrn,
            Integer overallEffectiveness,
            LocalDate inspectionDate,
            BigDecimal unplannedEndingRate,
            String referralEmail) {}

    public record NewSetting(
            long providerId,
            String urn,
            String name,
            PlacementType placementType,
            int registeredPlaces,
            int minimumAge,
            int maximumAge,
            Set<Criteria.Sex> sexes,
            Set<Need> specialisms,
            Set<String> adaptations,
            int skillLevel,
            Postcode postcode,
            String district,
            Integer overallEffectiveness,
            Integer childrenSafety,
            Integer leadershipManagement,
            LocalDate inspectionDate) {}

    public record NewHousehold(
            long providerId,
            String reference,
            int minimumAge,
            int maximumAge,
            int approvedChildren,
            Set<Criteria.Sex> sexes,
            int skillLevel,
            Set<Need> specialisms,
            Set<String> languages,
            String religion,
            Set<String> ethnicities,
            boolean pets,
            Integer youngestOtherChild,
            Set<String> adaptations,
            Postcode postcode,
            String district) {}

    private final JdbcClient jdbc;
    private final Locations locations;

    MarketRecords(JdbcClient jdbc, Locations locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    @Transactional
    public long addProvider(NewProvider provider) {
        return jdbc.sql("""
                insert into market_provider (name, kind, provider_organisation_id, local_authority_id, ofsted_urn, overall_effectiveness,
                                             inspection_date, unplanned_ending_rate, referral_email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        provider.name(),
                        provider.kind().name(),
                        provider.providerOrganisationId(),
                        provider.localAuthorityId(),
                        provider.ofstedUrn(),
                        provider.overallEffectiveness(),
                        provider.inspectionDate(),
                        provider.unplannedEndingRate(),
                        provider.referralEmail())
                .query(Long.class)
                .single();
    }

    @Transactional
    public long addSetting(NewSetting setting) {
        var centre = locations.locate(setting.postcode());
        return jdbc.sql("""
                insert into market_setting (provider_id, urn, name, placement_type, registered_places, minimum_age, maximum_age, sexes,
                    specialisms, adaptations, skill_level, postcode, outward_code, district, latitude, longitude, overall_effectiveness,
                    children_safety, leadership_management, inspection_date)
                values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        setting.providerId(),
                        setting.urn(),
                        setting.name(),
                        setting.placementType().name(),
                        setting.registeredPlaces(),
                        setting.minimumAge(),
                        setting.maximumAge(),
                        array(setting.sexes()),
                        array(setting.specialisms()),
                        array(setting.adaptations()),
                        setting.skillLevel(),
                        setting.postcode().toString(),
                        setting.postcode().outwardCode(),
                        setting.district(),
                        centre.map(point -> point.latitude()).orElse(null),
                        centre.map(point -> point.longitude()).orElse(null),
                        setting.overallEffectiveness(),
                        setting.childrenSafety(),
                        setting.leadershipManagement(),
                        setting.inspectionDate())
                .query(Long.class)
                .single();
    }

    @Transactional
    public long addHousehold(NewHousehold household) {
        var centre = locations.locate(household.postcode());
        return jdbc.sql("""
                insert into market_foster_household (provider_id, reference, minimum_age, maximum_age, approved_children, sexes, skill_level,
                    specialisms, languages, religion, ethnicities, pets, youngest_other_child, adaptations, postcode, outward_code, district,
                    latitude, longitude)
                values (?, ?, ?, ?, ?, ?::text[], ?, ?::text[], ?::text[], ?, ?::text[], ?, ?, ?::text[], ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        household.providerId(),
                        household.reference(),
                        household.minimumAge(),
                        household.maximumAge(),
                        household.approvedChildren(),
                        array(household.sexes()),
                        household.skillLevel(),
                        array(household.specialisms()),
                        array(household.languages()),
                        household.religion(),
                        array(household.ethnicities()),
                        household.pets(),
                        household.youngestOtherChild(),
                        array(household.adaptations()),
                        household.postcode().toString(),
                        household.postcode().outwardCode(),
                        household.district(),
                        centre.map(point -> point.latitude()).orElse(null),
                        centre.map(point -> point.longitude()).orElse(null))
                .query(Long.class)
                .single();
    }

    /** A vacancy in a setting ({@code settingId}) or a household ({@code householdId}); the other is null. */
    @Transactional
    public long addVacancy(
            Long settingId,
            Long householdId,
            int places,
            LocalDate availableFrom,
            LocalDate lastConfirmed,
            BigDecimal weeklyFee) {
        return jdbc.sql("""
                insert into market_vacancy (setting_id, household_id, places, available_from, last_confirmed, weekly_fee)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(settingId, householdId, places, availableFrom, lastConfirmed, weeklyFee)
                .query(Long.class)
                .single();
    }

    @Transactional
    public long addFramework(
            long consortiumId, String name, boolean dynamicPurchasingSystem, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql(
                        "insert into market_framework (consortium_id, name, kind, starts_on, ends_on) values (?, ?, ?, ?, ?) returning id")
                .params(
                        consortiumId,
                        name,
                        dynamicPurchasingSystem ? "DYNAMIC_PURCHASING_SYSTEM" : "FRAMEWORK",
                        startsOn,
                        endsOn)
                .query(Long.class)
                .single();
    }

    /** @param skillLevel the carers' or staff's level the lot is for, or null for any */
    @Transactional
    public long addLot(long frameworkId, String name, PlacementType placementType, Integer skillLevel) {
        return jdbc.sql(
                        "insert into market_lot (framework_id, name, placement_type, skill_level) values (?, ?, ?, ?) returning id")
                .params(frameworkId, name, placementType.name(), skillLevel)
                .query(Long.class)
                .single();
    }

    @Transactional
    public void addToLot(long lotId, long providerId, BigDecimal lowestWeeklyFee, BigDecimal highestWeeklyFee) {
        jdbc.sql(
                        "insert into market_lot_provider (lot_id, provider_id, lowest_weekly_fee, highest_weekly_fee) values (?, ?, ?, ?)")
                .params(lotId, providerId, lowestWeeklyFee, highestWeeklyFee)
                .update();
    }

    /**
     * The local authority district an outward code is in, for areas to avoid given by district; where the shipped
     * centres do not hold the code, the centre given is kept with it.
     */
    @Transactional
    public void nameDistrict(String code, String district, double latitude, double longitude, String source) {
        jdbc.sql("""
                insert into market_outward_code (code, latitude, longitude, district, source) values (?, ?, ?, ?, ?)
                on conflict (code) do update set district = excluded.district
                """).params(code, latitude, longitude, district, source).update();
    }

    private static String array(Set<?> values) {
        StringBuilder array = new StringBuilder("{");
        for (Object value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"')
                    .append(value.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return array.append('}').toString();
    }
}
