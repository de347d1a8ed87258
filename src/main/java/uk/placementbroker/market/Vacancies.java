package uk.placementbroker.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.shared.HomeRef;

/**
 * A provider's own vacancies, as its users keep them up to date in the portal. Every query names the
 * provider organisation, so one provider never sees or changes another's.
 */
@Component
public class Vacancies {

    /** A vacancy as the portal lists it. */
    public record Vacancy(
            long id,
            String home,
            String provider,
            int places,
            LocalDate availableFrom,
            LocalDate lastConfirmed,
            BigDecimal weeklyFee) {

        public long daysSinceConfirmed(LocalDate today) {
            return today.toEpochDay() - lastConfirmed.toEpochDay();
        }

        public boolean stale(LocalDate today) {
            return daysSinceConfirmed(today) > STALE_AFTER_DAYS;
        }
    }

    /** A home of the provider's that a vacancy can be added to or an offer made of. */
    public record Home(HomeRef ref, String name) {

        /** The form value that names the home. */
        public String key() {
            return ref.key();
        }
    }

    /** After this many days without confirmation a vacancy is shown as stale, and weighs less in a search. */
    public static final int STALE_AFTER_DAYS = 14;

    private static final String OPEN_VACANCIES_OF_ORGANISATION = """
            select v.id, coalesce(s.name, 'Foster household ' || h.reference) as home, p.name as provider, v.places, v.available_from,
                   v.last_confirmed, v.weekly_fee
            from market_vacancy v
            left join market_setting s on s.id = v.setting_id
            left join market_foster_household h on h.id = v.household_id
            join market_provider p on p.id = coalesce(s.provider_id, h.provider_id)
            where v.filled_on is null and p.provider_organisation_id = :organisation
            """;

    private final JdbcClient jdbc;

    Vacancies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Vacancy> openOf(long providerOrganisationId) {
        return jdbc.sql(OPEN_VACANCIES_OF_ORGANISATION + " order by v.available_from, home")
                .param("organisation", providerOrganisationId)
                .query(Vacancy.class)
                .list();
    }

    public Optional<Vacancy> openOf(long providerOrganisationId, long vacancyId) {
        return jdbc.sql(OPEN_VACANCIES_OF_ORGANISATION + " and v.id = :vacancy")
                .param("organisation", providerOrganisationId)
                .param("vacancy", vacancyId)
                .query(Vacancy.class)
                .optional();
    }

    /** The vacancy is still there, with these details: it is confirmed today. False when it is not the organisation's open vacancy. */
    @Transactional
    public boolean confirm(
            long providerOrganisationId,
            long vacancyId,
            int places,
            LocalDate availableFrom,
            BigDecimal weeklyFee,
            LocalDate today) {
        return openOf(providerOrganisationId, vacancyId).isPresent()
                && jdbc.sql(
                                        "update market_vacancy set places = ?, available_from = ?, weekly_fee = ?, last_confirmed = ? where id = ?")
                                .params(places, availableFrom, weeklyFee, today, vacancyId)
                                .update()
                        == 1;
    }

    /** The place has gone. False when it is not the organisation's open vacancy. */
    @Transactional
    public boolean fill(long providerOrganisationId, long vacancyId, LocalDate today) {
        return openOf(providerOrganisationId, vacancyId).isPresent()
                && jdbc.sql("update market_vacancy set filled_on = ? where id = ?")
                                .params(today, vacancyId)
                                .update()
                        == 1;
    }

    /** The organisation's settings and households. */
    public List<Home> homesOf(long providerOrganisationId) {
        return homes("p.provider_organisation_id = :id", providerOrganisationId);
    }

    /** The homes of one provider in the directory: for the council's own fostering service, its carers. */
    public List<Home> homesOfProvider(long providerId) {
        return homes("p.id = :id", providerId);
    }

    private List<Home> homes(String whose, long id) {
        return jdbc.sql("""
                select true as setting, s.id, s.name as name from market_setting s join market_provider p on p.id = s.provider_id
                where %1$s and s.registration_status = 'ACTIVE'
                union all
                select false, h.id, 'Foster household ' || h.reference from market_foster_household h join market_provider p on p.id = h.provider_id
                where %1$s
                order by 3
                """.formatted(whose))
                .param("id", id)
                .query((row, number) -> new Home(
                        row.getBoolean(1) ? HomeRef.setting(row.getLong(2)) : HomeRef.fosterHousehold(row.getLong(2)),
                        row.getString(3)))
                .list();
    }

    /** A new vacancy in one of the organisation's homes; empty when the home is not theirs. */
    @Transactional
    public Optional<Long> add(
            long providerOrganisationId,
            HomeRef ref,
            int places,
            LocalDate availableFrom,
            BigDecimal weeklyFee,
            LocalDate today) {
        if (homesOf(providerOrganisationId).stream()
                .noneMatch(home -> home.ref().equals(ref))) {
            return Optional.empty();
        }
        long home = ref.id();
        boolean setting = ref instanceof HomeRef.Setting;
        return Optional.of(jdbc.sql("""
                insert into market_vacancy (setting_id, household_id, places, available_from, last_confirmed, weekly_fee)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(setting ? home : null, setting ? null : home, places, availableFrom, today, weeklyFee)
                .query(Long.class)
                .single());
    }
}
