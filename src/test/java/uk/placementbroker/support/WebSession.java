package uk.placementbroker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: real HTTP to the running server, cookies kept, redirects
 * not followed (so tests can see them), and the CSRF token taken from the last page, as a form would.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String baseUrl;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String csrfToken;

    public WebSession(int port) {
        this("http://localhost:" + port);
    }

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * From then on, the session's requests say they come from {@code clientAddress} through a proxy, as a
     * load balancer's X-Forwarded-For does (tests trust it: {@code server.forward-headers-strategy=native}).
     */
    public WebSession from(String clientAddress) {
        return header("X-Forwarded-For", clientAddress);
    }

    /** Sends {@code value} as the header {@code name} on every request from then on. */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Accept", ACCEPT)
                .GET()
                .build());
    }

    /** As a program asking for JSON would. */
    public HttpResponse<String> getJson(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    /** A download, such as a zip, as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        return postWithoutCsrfToken(path, withToken);
    }

    /** Posts a form whose fields may each hold several values (checkboxes), with the CSRF token of the last page. */
    public HttpResponse<String> postAll(String path, Map<String, List<String>> fields) {
        List<String> pairs = new ArrayList<>();
        if (csrfToken != null && !fields.containsKey("_csrf")) {
            pairs.add("_csrf=" + encode(csrfToken));
        }
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build());
    }

    public HttpResponse<String> postWithoutCsrfToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a multipart form, as a form with file inputs does, with the CSRF token of the last page fetched. */
    public HttpResponse<String> postFiles(String path, Map<String, String> fields, String fileField, List<Path> files) {
        return postFiles(
                path,
                fields,
                fileField,
                files,
                files.stream().map(file -> file.getFileName().toString()).toList());
    }

    /** As {@link #postFiles(String, Map, String, List)}, each file sent under the name at the same place in {@code names}. */
    public HttpResponse<String> postFiles(
            String path, Map<String, String> fields, String fileField, List<Path> files, List<String> names) {
        String boundary = "----PlacementBrokerTest" + System.nanoTime();
        // Each file is read from disk as it is sent, as a browser does: a large return is never held in memory here.
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        withToken.forEach((name, value) -> parts.add(HttpRequest.BodyPublishers.ofString(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n",
                StandardCharsets.UTF_8)));
        for (int index = 0; index < files.size(); index++) {
            parts.add(HttpRequest.BodyPublishers.ofString(
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + names.get(index).replace("\"", "%22") + "\"\r\nContent-Type: text/csv\r\n\r\n",
                    StandardCharsets.UTF_8));
            try {
                parts.add(HttpRequest.BodyPublishers.ofFile(files.get(index)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))
                .build());
    }

    /** Signs in on the sign-in page and returns where the server sends the browser next. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Follows redirects from a response, as a browser would, and returns the final page. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location).toString());
        }
        return current;
    }

    /**
     * Follows a background import started by {@code started} (a redirect to its page) until its progress
     * says it has finished, then returns its page.
     */
    public String finishedImport(HttpResponse<String> started) {
        String location = started.headers().firstValue("Location").orElseThrow();
        for (int poll = 0; poll < 600; poll++) {
            String progress = get(location + "/progress").body();
            if (progress.contains("\"finished\":true")) {
                return get(location).body();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import did not finish within a minute: "
                + get(location + "/progress").body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest.Builder withHeaders = HttpRequest.newBuilder(request, (name, value) -> true);
            headers.forEach(withHeaders::header);
            HttpResponse<String> response = client.send(withHeaders.build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrfToken = matcher.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
