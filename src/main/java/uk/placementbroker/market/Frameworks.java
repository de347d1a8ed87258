package uk.placementbroker.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A consortium's frameworks and dynamic purchasing systems, their lots, and the providers on each lot with their fee bands. */
@Component
public class Frameworks {

    public record Framework(long id, String name, String kind, LocalDate startsOn, LocalDate endsOn, List<Lot> lots) {

        public boolean inForce(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }

        public String kindWords() {
            return "DYNAMIC_PURCHASING_SYSTEM".equals(kind) ? "Dynamic purchasing system" : "Framework";
        }
    }

    public record Lot(long id, String name, String placementType, Integer skillLevel, List<LotProvider> providers) {}

    public record LotProvider(
            long providerId, String provider, BigDecimal lowestWeeklyFee, BigDecimal highestWeeklyFee) {}

    public record Provider(long id, String name) {}

    private final JdbcClient jdbc;

    Frameworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Framework> of(long consortiumId) {
        Map<Long, Framework> frameworks = new LinkedHashMap<>();
        jdbc.sql(
                        "select id, name, kind, starts_on, ends_on from market_framework where consortium_id = ? order by starts_on desc, name")
                .param(consortiumId)
                .query((row, number) -> new Framework(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class),
                        new ArrayList<>()))
                .list()
                .forEach(framework -> frameworks.put(framework.id(), framework));
        Map<Long, Lot> lots = new LinkedHashMap<>();
        jdbc.sql("""
                select l.id, l.framework_id, l.name, l.placement_type, l.skill_level
                from market_lot l join market_framework f on f.id = l.framework_id where f.consortium_id = ? order by l.id
                """)
                .param(consortiumId)
                .query((row, number) -> {
                    Lot lot = new Lot(
                            row.getLong(1),
                            row.getString(3),
                            row.getString(4),
                            row.getObject(5, Integer.class),
                            new ArrayList<>());
                    frameworks.get(row.getLong(2)).lots().add(lot);
                    lots.put(lot.id(), lot);
                    return lot;
                })
                .list();
        jdbc.sql("""
                select lp.lot_id, p.id, p.name, lp.lowest_weekly_fee, lp.highest_weekly_fee
                from market_lot_provider lp join market_provider p on p.id = lp.provider_id
                join market_lot l on l.id = lp.lot_id join market_framework f on f.id = l.framework_id
                where f.consortium_id = ? order by p.name
                """)
                .param(consortiumId)
                .query((row, number) -> {
                    LotProvider provider = new LotProvider(
                            row.getLong(2), row.getString(3), row.getBigDecimal(4), row.getBigDecimal(5));
                    lots.get(row.getLong(1)).providers().add(provider);
                    return provider;
                })
                .list();
        return List.copyOf(frameworks.values());
    }

    /**
     * Providers that can be put on a lot: every independent provider listed in the shared directory (in-house
     * services are not bought; one waiting for the consortium's confirmation, or retired, is not offered).
     */
    public List<Provider> providers() {
        return jdbc.sql("""
                        select id, name from market_provider where kind <> 'IN_HOUSE_FOSTERING' and directory_status = 'LISTED' order by name
                        """).query(Provider.class).list();
    }

    /** Whether the lot belongs to one of the consortium's frameworks. */
    public boolean lotOf(long consortiumId, long lotId) {
        return jdbc.sql(
                        "select exists (select 1 from market_lot l join market_framework f on f.id = l.framework_id where l.id = ? and f.consortium_id = ?)")
                .params(lotId, consortiumId)
                .query(Boolean.class)
                .single();
    }

    public boolean frameworkOf(long consortiumId, long frameworkId) {
        return jdbc.sql("select exists (select 1 from market_framework where id = ? and consortium_id = ?)")
                .params(frameworkId, consortiumId)
                .query(Boolean.class)
                .single();
    }

    /** Puts the provider on the lot with this band, or changes its band if it is on it already. */
    public void setBand(long lotId, long providerId, BigDecimal lowest, BigDecimal highest) {
        jdbc.sql("""
                insert into market_lot_provider (lot_id, provider_id, lowest_weekly_fee, highest_weekly_fee) values (?, ?, ?, ?)
                on conflict (lot_id, provider_id) do update set lowest_weekly_fee = excluded.lowest_weekly_fee, highest_weekly_fee = excluded.highest_weekly_fee
                """).params(lotId, providerId, lowest, highest).update();
    }
}
