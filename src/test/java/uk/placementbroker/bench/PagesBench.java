package uk.placementbroker.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.PlacementBrokerApplication;
import uk.placementbroker.support.DemoAccounts;

/**
 * {@code scripts/bench pages}: a load run against the whole service (test PostgreSQL database, the demo
 * data with its referrals) by 200 signed-in users at once, each reading the pages of their role (home,
 * children and a child's record, referrals, the brokerage queue and a search, the market search, the
 * stability, drift and sufficiency pages, the provider portal) with a second's thought between pages.
 * Latency is timed from request to whole response, after a warm-up; any answer but 200 is an error.
 */
public final class PagesBench {

    /** 200 users for the recorded figure; fewer (-Dusers=1) to see what a page costs without queuing. */
    static final int USERS = Integer.getInteger("users", 200);

    static final long WARM_UP_MILLIS = 20_000;
    static final long MEASURE_MILLIS = Long.getLong("seconds", 60) * 1000;
    static final long THINK_MILLIS = 1_000;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private record Role(String username, List<String> pages) {}

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(PlacementBrokerApplication.class);
        application.setAdditionalProfiles("test");
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton(
                        "cleanThenMigrate",
                        (org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy) flyway -> {
                            flyway.clean();
                            flyway.migrate();
                        }));
        try (ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--placementbroker.demo-data.referrals=true",
                "--placementbroker.mail.mode=local-mailbox",
                "--logging.level.uk.placementbroker=WARN",
                "--server.tomcat.threads.max=200")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            List<Role> roles = roles(context.getBean(JdbcClient.class));
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            String base = "http://localhost:" + port;
            List<String> sessions = signIn(client, base, roles);

            Map<String, List<Double>> byPage = new ConcurrentHashMap<>();
            List<Double> millis = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            AtomicLong requests = new AtomicLong();
            long start = System.currentTimeMillis();
            long measureFrom = start + WARM_UP_MILLIS;
            long end = measureFrom + MEASURE_MILLIS;
            ExecutorService users = Executors.newFixedThreadPool(USERS);
            CountDownLatch done = new CountDownLatch(USERS);
            for (int user = 0; user < USERS; user++) {
                Role role = roles.get(user % roles.size());
                String session = sessions.get(user);
                Random random = new Random(user);
                users.execute(() -> {
                    try {
                        Thread.sleep(random.nextInt((int) THINK_MILLIS));
                        while (System.currentTimeMillis() < end) {
                            String page =
                                    role.pages().get(random.nextInt(role.pages().size()));
                            long sent = System.nanoTime();
                            HttpResponse<String> response = client.send(
                                    HttpRequest.newBuilder(URI.create(base + page))
                                            .header("Cookie", session)
                                            .header("Accept", "text/html")
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            double elapsed = (System.nanoTime() - sent) / 1e6;
                            if (System.currentTimeMillis() >= measureFrom) {
                                requests.incrementAndGet();
                                millis.add(elapsed);
                                byPage.computeIfAbsent(
                                                page.replaceAll("/\\d+", "/{id}"),
                                                key -> Collections.synchronizedList(new ArrayList<>()))
                                        .add(elapsed);
                                if (response.statusCode() != 200) {
                                    errors.incrementAndGet();
                                    System.err.println(response.statusCode() + " " + role.username() + " " + page);
                                }
                            }
                            Thread.sleep(THINK_MILLIS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                        System.err.println(role.username() + ": " + e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
            users.shutdown();

            double p50 = BenchResults.percentile(millis, 50);
            double p95 = BenchResults.percentile(millis, 95);
            double p99 = BenchResults.percentile(millis, 99);
            Map<String, Object> pagesP95 = new LinkedHashMap<>();
            byPage.keySet().stream()
                    .sorted()
                    .forEach(page ->
                            pagesP95.put(page, Math.round(BenchResults.percentile(byPage.get(page), 95) * 10) / 10.0));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("users", USERS);
            params.put("thinkMillis", THINK_MILLIS);
            params.put("measuredSeconds", MEASURE_MILLIS / 1000);
            params.put("requests", requests.get());
            params.put("requestsPerSecond", Math.round(requests.get() * 10.0 / (MEASURE_MILLIS / 1000.0)) / 10.0);
            params.put("errors", errors.get());
            params.put("p95", Math.round(p95 * 1000) / 1000.0);
            params.put("p95ByPage", pagesP95);
            params.put("cores", Runtime.getRuntime().availableProcessors());
            params.put("loadGenerator", "one HTTP client in the same JVM as the server, sharing its cores");
            System.out.printf(
                    "%d requests, %d errors: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    requests.get(), errors.get(), p50, p95, p99);
            BenchResults.write("pages", "ms", p50, p99, p95, params);
            if (errors.get() > 0) {
                throw new IllegalStateException(errors.get() + " requests did not answer 200");
            }
        }
    }

    /** Who signs in, and the pages each reads: the first council's staff, its neighbours', a commissioner and providers. */
    private static List<Role> roles(JdbcClient jdbc) {
        List<Role> roles = new ArrayList<>();
        for (String council : List.of("northbridge", "eastmoor", "westhaven")) {
            String code = switch (council) {
                case "northbridge" -> "991";
                case "eastmoor" -> "992";
                default -> "993";
            };
            List<String> children =
                    jdbc.sql("""
                    select '/children/' || c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                    where la.code = ? order by c.id limit 20
                    """).param(code).query(String.class).list();
            List<String> searches =
                    jdbc.sql("""
                    select '/referrals/' || r.id || '/search' from referral_referral r join identity_local_authority la on la.id = r.local_authority_id
                    where la.code = ? and r.status in ('SEARCHING', 'CHOOSING', 'PLACED')
                    """).param(code).query(String.class).list();
            List<String> socialWorker = new ArrayList<>(List.of("/", "/children", "/referrals", "/referrals/new"));
            socialWorker.addAll(children);
            roles.add(new Role("sw." + council, socialWorker));
            List<String> broker =
                    new ArrayList<>(List.of("/", "/brokerage", "/brokerage/providers", "/referrals", "/market/search"));
            broker.addAll(searches);
            roles.add(new Role("broker." + council, broker));
            roles.add(new Role("tm." + council, List.of("/", "/insight", "/insight/drift", "/referrals", "/children")));
            roles.add(new Role("hos." + council, List.of("/", "/insight", "/insight/sufficiency", "/brokerage")));
        }
        roles.add(new Role(
                "commissioner.threerivers",
                List.of("/", "/insight", "/insight/sufficiency", "/market/frameworks", "/brokerage/providers")));
        roles.add(new Role("provider.oakfield", List.of("/", "/portal/referrals", "/portal/vacancies")));
        roles.add(new Role("provider.riverside", List.of("/", "/portal/referrals", "/portal/vacancies")));
        return roles;
    }

    /**
     * Each user signs in as a browser would (the sign-in page for its CSRF token and session, then the
     * form); the load run then sends each user's session cookie. One HTTP client serves every user, so
     * that the load generator takes as little as it can of the cores the server runs on.
     */
    private static List<String> signIn(HttpClient client, String base, List<Role> roles) throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            HttpResponse<String> form = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(form.body());
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on the sign-in page");
            }
            String body = "username=" + encode(roles.get(user % roles.size()).username()) + "&password="
                    + encode(DemoAccounts.PASSWORD) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> signedIn = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Cookie", sessionCookie(form))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302
                    || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException(
                        "Sign-in failed for " + roles.get(user % roles.size()).username());
            }
            sessions.add(sessionCookie(signedIn));
        }
        return sessions;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
