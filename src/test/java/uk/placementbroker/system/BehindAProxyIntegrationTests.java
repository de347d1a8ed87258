package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** Behind a proxy that ends TLS and says so in X-Forwarded-Proto, as the README's production set-up has. */
@IntegrationTest
class BehindAProxyIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void overHttpsTheSessionCookieIsSecureAndBrowsersAreToldToKeepToHttps() {
        WebSession browser = new WebSession(port).from("198.51.100.40").header("X-Forwarded-Proto", "https");

        HttpResponse<String> signIn = browser.signIn("tm.westhaven", DemoAccounts.PASSWORD);

        assertThat(signIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(browser.get("/login").headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void redirectsDoNotSendTheBrowserToAHostTheRequestNamed() throws IOException {
        String plain = rawGet("/", "Host: evil.example\r\n");
        String forwarded = rawGet("/", "Host: localhost\r\nX-Forwarded-Host: evil.example\r\n");

        assertThat(plain).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        assertThat(forwarded).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        assertThat(location(plain)).isEqualTo("/login");
    }

    /** The JDK's HTTP client will not send a Host header of our choosing, so this one request goes by hand. */
    private String rawGet(String path, String headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n\r\n"));
        }
    }

    private static String location(String head) {
        return head.lines()
                .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).trim())
                .findFirst()
                .orElseThrow();
    }
}
