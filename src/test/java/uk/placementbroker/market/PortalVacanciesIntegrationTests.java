package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** Providers keep their own vacancies up to date, and cannot touch another provider's, however they ask. */
@IntegrationTest
class PortalVacanciesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderConfirmsChangesFillsAndAddsItsOwnVacancies() {
        long vacancy = openVacancyOf("Oakfield Fostering");
        jdbc.sql("update market_vacancy set last_confirmed = ? where id = ?")
                .params(LocalDate.now().minusDays(30), vacancy)
                .update();
        WebSession provider = signedIn("provider.oakfield");

        assertThat(provider.get("/portal/vacancies").body()).contains("Your vacancies", "Stale");
        assertThat(provider.follow(provider.post("/portal/vacancies/" + vacancy + "/confirm", Map.of()))
                        .body())
                .contains("confirmed as still available");
        assertThat(lastConfirmed(vacancy)).isEqualTo(LocalDate.now());

        provider.get("/portal/vacancies/" + vacancy);
        HttpResponse<String> invalid = provider.post(
                "/portal/vacancies/" + vacancy,
                Map.of("places", "0", "day", "31", "month", "2", "year", "2027", "weeklyFee", "lots"));
        assertThat(invalid.body())
                .contains(
                        "Error: Change a vacancy",
                        "Enter how many children",
                        "must be a real date",
                        "Enter the weekly fee");
        provider.follow(provider.post(
                "/portal/vacancies/" + vacancy,
                Map.of("places", "2", "day", "1", "month", "12", "year", "2026", "weeklyFee", "925.50")));
        assertThat(jdbc.sql("select weekly_fee from market_vacancy where id = ?")
                        .param(vacancy)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("925.50");

        assertThat(provider.follow(provider.post("/portal/vacancies/" + vacancy + "/fill", Map.of()))
                        .body())
                .contains("the place is filled and no longer offered");
        assertThat(jdbc.sql("select filled_on from market_vacancy where id = ?")
                        .param(vacancy)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now());

        String home = jdbc.sql("""
                select 'H' || h.id from market_foster_household h join market_provider p on p.id = h.provider_id
                where p.name = 'Oakfield Fostering' limit 1
                """).query(String.class).single();
        provider.get("/portal/vacancies/new");
        HttpResponse<String> added = provider.post(
                "/portal/vacancies/new",
                Map.of("home", home, "places", "1", "day", "5", "month", "1", "year", "2027", "weeklyFee", "880"));
        assertThat(provider.follow(added).body()).contains("Vacancy added");
    }

    @Test
    void anotherProvidersVacancyIsNotFoundByUrlGuessingAndCannotBeChanged() {
        long harbourVacancy = openVacancyOf("Harbour Lane Children's Homes");
        LocalDate confirmed = lastConfirmed(harbourVacancy);
        WebSession oakfield = signedIn("provider.oakfield");
        oakfield.get("/portal/vacancies");

        assertThat(oakfield.get("/portal/vacancies/" + harbourVacancy).statusCode())
                .isEqualTo(404);
        assertThat(oakfield.post("/portal/vacancies/" + harbourVacancy + "/confirm", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(oakfield.post("/portal/vacancies/" + harbourVacancy + "/fill", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(oakfield.get("/portal/vacancies").body()).doesNotContain("Harbour Lane House");
        String harbourHome = jdbc.sql(
                        "select 'S' || id from market_setting where name like 'Harbour Lane House%' limit 1")
                .query(String.class)
                .single();
        oakfield.get("/portal/vacancies/new");
        assertThat(oakfield.post(
                                "/portal/vacancies/new",
                                Map.of(
                                        "home",
                                        harbourHome,
                                        "places",
                                        "1",
                                        "day",
                                        "5",
                                        "month",
                                        "1",
                                        "year",
                                        "2027",
                                        "weeklyFee",
                                        "880"))
                        .body())
                .contains("Select one of your homes");
        assertThat(lastConfirmed(harbourVacancy)).isEqualTo(confirmed);
        assertThat(jdbc.sql("select filled_on is null from market_vacancy where id = ?")
                        .param(harbourVacancy)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void councilStaffHaveNoPortal() {
        assertThat(signedIn("broker.northbridge").get("/portal/vacancies").statusCode())
                .isEqualTo(403);
    }

    private long openVacancyOf(String provider) {
        return jdbc.sql("""
                select v.id from market_vacancy v
                left join market_setting s on s.id = v.setting_id left join market_foster_household h on h.id = v.household_id
                join market_provider p on p.id = coalesce(s.provider_id, h.provider_id)
                where p.name = ? and v.filled_on is null order by v.id limit 1
                """).param(provider).query(Long.class).single();
    }

    private LocalDate lastConfirmed(long vacancy) {
        return jdbc.sql("select last_confirmed from market_vacancy where id = ?")
                .param(vacancy)
                .query(LocalDate.class)
                .single();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
