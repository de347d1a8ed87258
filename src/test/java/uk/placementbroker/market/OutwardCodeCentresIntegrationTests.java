package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.OutwardCodeCentres;
import uk.placementbroker.shared.Postcode;
import uk.placementbroker.support.IntegrationTest;

/** The postcode-district centres shipped with the product fill the locations, and their licence is shown to anyone. */
@IntegrationTest
class OutwardCodeCentresIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Locations locations;

    @Test
    void everyDistrictOfGreatBritainIsLocatedFromTheShippedCentresKeepingTheDemosDistricts() {
        assertThat(OutwardCodeCentres.all()).hasSize(2_996);
        assertThat(jdbc.sql("select count(*) from market_outward_code where source = ?")
                        .param(OutwardCodeCentres.SOURCE)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2_990);
        GeoPoint aberdeen =
                locations.locate(Postcode.parse("AB10 1AA").orElseThrow()).orElseThrow();
        assertThat(aberdeen.latitude()).isEqualTo(57.13488);
        assertThat(aberdeen.longitude()).isEqualTo(-2.11742);
        GeoPoint northampton =
                locations.locate(Postcode.parse("NN3 6AD").orElseThrow()).orElseThrow();
        assertThat(northampton).isEqualTo(OutwardCodeCentres.centre("NN3").orElseThrow());
        assertThat(locations.district(Postcode.parse("NN3 6AD").orElseThrow()))
                .as("the demo's district kept with the real centre")
                .isPresent();
    }

    @Test
    void theLicencesPageCarriesTheAttributionWithoutSigningIn() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/licences"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Open Government Licence v3.0", "National Statistics Postcode Lookup, May 2025")
                .contains("Contains Royal Mail data");
    }
}
