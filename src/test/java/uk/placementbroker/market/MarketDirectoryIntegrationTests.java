package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.matching.Candidate;
import uk.placementbroker.support.IntegrationTest;

@IntegrationTest
class MarketDirectoryIntegrationTests {

    @Autowired
    MarketDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCouncilSearchesIndependentProvidersAndOnlyItsOwnInHouseCarers() {
        long northbridge = council("991");
        Long consortium = jdbc.sql("select consortium_id from identity_local_authority where id = ?")
                .param(northbridge)
                .query(Long.class)
                .single();

        MarketDirectory.Searchable market = directory.candidates(northbridge, consortium, LocalDate.now());
        List<Candidate> candidates = candidates(market);

        assertThat(candidates)
                .extracting(Candidate::providerName)
                .contains("Northbridge Fostering Service", "Oakfield Fostering", "Harbour Lane Children's Homes")
                .doesNotContain("Eastmoor Fostering Service", "Westhaven Fostering Service");
        assertThat(candidates)
                .filteredOn(market::inHouse)
                .extracting(Candidate::providerName)
                .containsOnly("Northbridge Fostering Service");
        long openVacancies = jdbc.sql("""
                select count(*) from market_vacancy v
                left join market_foster_household h on h.id = v.household_id left join market_provider p on p.id = h.provider_id
                where v.filled_on is null and (p.kind is null or p.kind <> 'IN_HOUSE_FOSTERING' or p.local_authority_id = ?)
                """).param(northbridge).query(Long.class).single();
        assertThat(candidates).hasSize((int) openVacancies);
    }

    @Test
    void frameworkProvidersCarryTheirLotsFeeBand() {
        long northbridge = council("991");
        Long consortium = jdbc.sql("select consortium_id from identity_local_authority where id = ?")
                .param(northbridge)
                .query(Long.class)
                .single();

        List<Candidate> candidates = candidates(directory.candidates(northbridge, consortium, LocalDate.now()));

        assertThat(candidates)
                .filteredOn(candidate -> candidate.providerName().equals("Oakfield Fostering"))
                .allSatisfy(candidate -> assertThat(candidate.feeBand()).isNotNull());
        assertThat(candidates)
                .filteredOn(candidate -> candidate.providerName().equals("Harbour Lane Children's Homes"))
                .isNotEmpty()
                .allSatisfy(candidate -> assertThat(candidate.feeBand())
                        .isEqualTo(new uk.placementbroker.matching.Candidate.FeeBand(
                                uk.placementbroker.shared.Money.pounds(4_500),
                                uk.placementbroker.shared.Money.pounds(6_500))));
        assertThat(candidates)
                .filteredOn(candidate -> candidate.providerName().equals("Meadowbank Residential School"))
                .allSatisfy(candidate -> assertThat(candidate.feeBand()).isNull());
        assertThat(candidates(directory.candidates(northbridge, null, LocalDate.now())))
                .allSatisfy(candidate -> assertThat(candidate.feeBand()).isNull());
    }

    private static List<Candidate> candidates(MarketDirectory.Searchable market) {
        return market.pool().candidates();
    }

    private long council(String code) {
        return jdbc.sql("select id from identity_local_authority where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }
}
