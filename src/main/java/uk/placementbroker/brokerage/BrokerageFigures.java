package uk.placementbroker.brokerage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Placement choice as the brokerage flow measures it, by council and collection year (1 April to 31
 * March): how many referrals were searched for, how many offers each drew, how many placements were
 * agreed, how long from the social worker's referral to the agreed placement, and how many of those
 * homes are in the council's own area. Counts only, nothing about any child.
 */
@Component
public class BrokerageFigures {

    /**
     * @param medianDaysToPlace from the day the referral was sent to the day the placement was agreed, or null with none agreed
     * @param placedWhereKnown placements whose home's district is known and the council has said what its area is
     */
    public record Year(long localAuthorityId, int year, int searched, int offers, int placed, Double medianDaysToPlace, int placedInArea,
            int placedWhereKnown) {

        /** Offers per referral searched for, to one decimal place; null when none was. */
        public BigDecimal offersPerReferral() {
            return searched == 0 ? null : BigDecimal.valueOf(offers).divide(BigDecimal.valueOf(searched), 1, RoundingMode.HALF_UP);
        }

        /** The median days as a person writes them: "6", "6.5"; null with none agreed. */
        public String medianDays() {
            return medianDaysToPlace == null ? null : BigDecimal.valueOf(medianDaysToPlace).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }

        /** The share of placements (where known) in the council's area, to one decimal place; null when none is known. */
        public BigDecimal percentInArea() {
            return placedWhereKnown == 0 ? null
                    : BigDecimal.valueOf(placedInArea * 100L).divide(BigDecimal.valueOf(placedWhereKnown), 1, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient jdbc;

    BrokerageFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The councils' years with any referral searched for or placement agreed, each council's latest first. */
    public List<Year> of(List<Long> councils) {
        if (councils.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                -- A collection year ends on 31 March: nine months on, a day is in the calendar year the collection year ends in.
                with searched as (
                    select r.local_authority_id, r.referral_id, min(r.opened_at) as first_opened
                    from brokerage_round r where r.local_authority_id in (:councils) group by r.local_authority_id, r.referral_id),
                searches as (
                    select s.local_authority_id, extract(year from (s.first_opened at time zone 'Europe/London') + interval '9 months')::int as year, count(*) as searched,
                           sum((select count(*) from brokerage_answer a where a.referral_id = s.referral_id and a.kind = 'OFFER')) as offers
                    from searched s group by 1, 2),
                placed as (
                    select p.local_authority_id, extract(year from (p.agreed_at at time zone 'Europe/London') + interval '9 months')::int as year, (p.agreed_at at time zone 'Europe/London')::date - f.submitted_on as days,
                           case when p.home_key like 'S%' then (select district from market_setting where id = substr(p.home_key, 2)::bigint)
                                else (select district from market_foster_household where id = substr(p.home_key, 2)::bigint) end as district,
                           la.area_districts
                    from placement_placement p join referral_referral f on f.id = p.referral_id
                         join identity_local_authority la on la.id = p.local_authority_id
                    where p.local_authority_id in (:councils)),
                placements as (
                    select local_authority_id, year, count(*) as placed,
                           percentile_cont(0.5) within group (order by days) as median_days,
                           count(*) filter (where district is not null and cardinality(area_districts) > 0
                               and lower(district) in (select lower(d) from unnest(area_districts) d)) as in_area,
                           count(*) filter (where district is not null and cardinality(area_districts) > 0) as known
                    from placed group by 1, 2)
                select coalesce(s.local_authority_id, p.local_authority_id), coalesce(s.year, p.year), coalesce(s.searched, 0),
                       coalesce(s.offers, 0), coalesce(p.placed, 0), p.median_days, coalesce(p.in_area, 0), coalesce(p.known, 0)
                from searches s full join placements p on p.local_authority_id = s.local_authority_id and p.year = s.year
                order by 1, 2 desc
                """)
                .param("councils", councils)
                .query((row, number) -> new Year(row.getLong(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5),
                        (Double) row.getObject(6), row.getInt(7), row.getInt(8)))
                .list();
    }
}
