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
import uk.placementbroker.demo.ConsortiumScale;
import uk.placementbroker.support.DemoAccounts;

/**
 * {@code scripts/bench pages}: a load run against the whole service (test PostgreSQL database) by 200 signed-in
 * users at once, each reading the pages of their role (home, children and a child's record, referrals, the
 * brokerage queue and a search, the market search and directory, the stability, drift and sufficiency pages,
 * the provider portal) with a second's thought between pages. It runs on a consortium the size of the largest
 * regional one ({@link ConsortiumScale}: 23 councils, about 15,000 children, 600 providers, 5,000 homes, 2,000
 * referrals, from a fixed seed); {@code -Dscale=demo} runs it on the demo instead. Latency is timed from request
 * to whole response, after a warm-up; any answer but 200 is an error.
 */
public final class PagesBench {

    /** 200 users for the recorded figure; fewer (-Dusers=1) to see what a page costs without queuing. */
    static final int USERS = Integer.getInteger("users", 200);

    static final long WARM_UP_MILLIS = 20_000;
    static final long MEASURE_MILLIS = Long.getLong("seconds", 60) * 1000;
    static final long THINK_MILLIS = 1_000;
    static final boolean CONSORTIUM = !"demo".equals(System.getProperty("scale", "consortium"));
    static final long SEED = 20_261_202L;

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
                "--placementbroker.demo-data.enabled=" + !CONSORTIUM,
                "--placementbroker.demo-data.referrals=true",
                "--placementbroker.mail.mode=local-mailbox",
                "--logging.level.uk.placementbroker=WARN",
                "--server.tomcat.threads.max=200")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            long loading = System.nanoTime();
            List<Role> roles = CONSORTIUM
                    ? consortiumRoles(context.getBean(JdbcClient.class), ConsortiumScale.load(context, SEED))
                    : roles(context.getBean(JdbcClient.class));
            long loadedSeconds = (System.nanoTime() - loading) / 1_000_000_000;
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
            params.put(
                    "data", CONSORTIUM ? consortiumSize(context.getBean(JdbcClient.class), loadedSeconds) : "the demo");
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

    /** How big the generated consortium came out, from the database, with the time it took to load. */
    private static Map<String, Object> consortiumSize(JdbcClient jdbc, long loadedSeconds) {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("seed", SEED);
        size.put("councils", count(jdbc, "select count(*) from identity_local_authority"));
        size.put("children", count(jdbc, "select count(*) from children_child"));
        size.put("childrenLookedAfterNow", count(jdbc, """
                select count(*) from children_child c
                where exists (select 1 from children_episode e where e.child_id = c.id and e.end_date is null)
                """));
        size.put("episodes", count(jdbc, "select count(*) from children_episode"));
        size.put("providers", count(jdbc, "select count(*) from market_provider"));
        size.put(
                "homes",
                count(
                        jdbc,
                        "select (select count(*) from market_setting) + (select count(*) from market_foster_household)"));
        size.put("referrals", count(jdbc, "select count(*) from referral_referral"));
        size.put(
                "referralsByStatus",
                jdbc.sql("select status, count(*) from referral_referral group by status order by status")
                        .query((row, number) -> row.getString(1) + ": " + row.getLong(2))
                        .list());
        size.put("placements", count(jdbc, "select count(*) from placement_placement"));
        size.put("loadSeconds", loadedSeconds);
        return size;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Every council's staff with the pages of their role, the consortium's commissioner and the providers' users. */
    private static List<Role> consortiumRoles(JdbcClient jdbc, ConsortiumScale.Loaded loaded) {
        List<Role> roles = new ArrayList<>();
        loaded.councilCodes().forEach((council, code) -> roles.addAll(councilRoles(jdbc, council, code)));
        roles.add(new Role("commissioner.consortium", COMMISSIONER_PAGES));
        loaded.providerUsers()
                .forEach(provider ->
                        roles.add(new Role(provider, List.of("/", "/portal/referrals", "/portal/vacancies"))));
        return roles;
    }

    private static final List<String> COMMISSIONER_PAGES = List.of(
            "/", "/insight", "/insight/sufficiency", "/market/frameworks", "/brokerage/providers", "/market/directory");

    /** The demo's three councils' staff, its consortium's commissioner and two providers. */
    private static List<Role> roles(JdbcClient jdbc) {
        List<Role> roles = new ArrayList<>();
        roles.addAll(councilRoles(jdbc, "northbridge", "991"));
        roles.addAll(councilRoles(jdbc, "eastmoor", "992"));
        roles.addAll(councilRoles(jdbc, "westhaven", "993"));
        roles.add(new Role("commissioner.threerivers", COMMISSIONER_PAGES));
        roles.add(new Role("provider.oakfield", List.of("/", "/portal/referrals", "/portal/vacancies")));
        roles.add(new Role("provider.riverside", List.of("/", "/portal/referrals", "/portal/vacancies")));
        return roles;
    }

    /** A council's social worker, broker, team manager, head of service and fostering team, with the pages each reads. */
    private static List<Role> councilRoles(JdbcClient jdbc, String council, String code) {
        List<String> children = jdbc.sql("""
                select '/children/' || c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = ? order by c.id limit 20
                """).param(code).query(String.class).list();
        List<String> searches = jdbc.sql("""
                select '/referrals/' || r.id || '/search' from referral_referral r join identity_local_authority la on la.id = r.local_authority_id
                where la.code = ? and r.status in ('SEARCHING', 'CHOOSING', 'PLACED') order by r.id limit 20
                """).param(code).query(String.class).list();
        List<String> socialWorker = new ArrayList<>(List.of("/", "/children", "/referrals", "/referrals/new"));
        socialWorker.addAll(children);
        List<String> broker = new ArrayList<>(List.of(
                "/", "/brokerage", "/brokerage/providers", "/referrals", "/market/search", "/market/directory"));
        broker.addAll(searches);
        return List.of(
                new Role("sw." + council, socialWorker),
                new Role("broker." + council, broker),
                new Role("tm." + council, List.of("/", "/insight", "/insight/drift", "/referrals", "/children")),
                new Role("hos." + council, List.of("/", "/insight", "/insight/sufficiency", "/brokerage")),
                new Role("fostering." + council, List.of("/", "/in-house/referrals")));
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
