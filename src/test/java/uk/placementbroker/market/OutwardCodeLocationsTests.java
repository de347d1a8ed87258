package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.Postcode;

/** The postcodes.io-compatible lookup, against a local server that answers as postcodes.io does. */
class OutwardCodeLocationsTests {

    private HttpServer server;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void startAFakePostcodeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/outcodes/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/outcodes/".length());
            asked.add(code);
            String body = code.equals("NN1")
                    ? "{\"status\":200,\"result\":{\"outcode\":\"NN1\",\"longitude\":-0.8908,\"latitude\":52.2367,\"admin_district\":[\"West Northamptonshire\"]}}"
                    : "{\"status\":404,\"error\":\"Outcode not found\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code.equals("NN1") ? 200 : 404, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void looksAnOutwardCodeUpAndSaysWhenItIsUnknown() {
        PostcodesIoClient client =
                new PostcodesIoClient("http://127.0.0.1:" + server.getAddress().getPort());

        PostcodesIoClient.Outcode found = client.outcode("NN1").orElseThrow();

        assertThat(found.centre().latitude()).isEqualTo(52.2367);
        assertThat(found.centre().longitude()).isEqualTo(-0.8908);
        assertThat(found.district()).isEqualTo("West Northamptonshire");
        assertThat(client.outcode("ZZ99")).isEmpty();
        assertThat(asked).containsExactly("NN1", "ZZ99");
    }

    @Test
    void anUnreachableServiceIsNoLocationRatherThanAFailure() {
        PostcodesIoClient client = new PostcodesIoClient("http://127.0.0.1:9");

        assertThat(client.outcode("NN1")).isEmpty();
    }

    @Test
    void postcodesAreCheckedAndNormalised() {
        assertThat(Postcode.parse(" nn1  2ab ")).map(Postcode::toString).contains("NN1 2AB");
        assertThat(Postcode.parse("SW1A 1AA")).map(Postcode::outwardCode).contains("SW1A");
        assertThat(Postcode.parse("mk9")).map(postcode -> postcode.complete()).contains(false);
        assertThat(Postcode.parse("NN1 2A")).isEmpty();
        assertThat(Postcode.parse("12345")).isEmpty();
        assertThat(Postcode.parse(null)).isEmpty();
    }
}
