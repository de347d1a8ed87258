package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.SecondInstance;
import uk.placementbroker.support.WebSession;

/**
 * Walks every form the product shows, to each role, on the demo data with referrals in every state, and sends each
 * field values no form should take: a NUL byte, text past every length limit, numbers past every range, options
 * that do not exist, dates far off, and values generated at random. No answer may be a 5xx, and where the value is
 * bad for any field (the NUL, the over-long text) nothing may be saved.
 *
 * <p>The product runs in a JVM of its own on a database of its own ({@code placementbroker_forms}, made afresh each
 * run), so what the walk saves reaches no other test.
 */
class EveryFormIntegrationTests {

    private static final String DATABASE = System.getenv()
            .getOrDefault("TEST_FORMS_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/placementbroker_forms");
    private static final String OWNER = System.getenv().getOrDefault("TEST_DATABASE_OWNER_USERNAME", "placementbroker");
    private static final String OWNER_PASSWORD =
            System.getenv().getOrDefault("TEST_DATABASE_OWNER_PASSWORD", "placementbroker");

    /** Wrong for every field of every form. */
    private static final List<String> BAD_FOR_EVERY_FIELD =
            List.of("before\u0000after", "x".repeat(5_001), "long answer ".repeat(130_000));

    /** Wrong for some fields: each must be refused with words or taken, never a 500. */
    private static final List<String> WRONG_FOR_SOME = List.of(
            "",
            " ",
            "abc",
            "BOGUS",
            "2147483647",
            "-2147483648",
            "99999999999",
            "1E+20",
            "99999999",
            "-1",
            "0",
            "0.001",
            "NaN",
            "../..",
            "..\\..\\x",
            "'; drop table children_child; --",
            "<script>alert(1)</script>",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e",
            "99999999-01-01",
            "0000-00-00");

    /** Where each role finds its forms; ids of the demo's referrals are filled in from the database. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    private static SecondInstance product;
    private static final long SEED = Long.getLong("forms.seed", System.nanoTime());

    @BeforeAll
    static void theProductOnItsOwnDatabaseWithTheDemoData() throws Exception {
        Flyway.configure()
                .dataSource(DATABASE, OWNER, OWNER_PASSWORD)
                .cleanDisabled(false)
                .load()
                .clean();
        product = SecondInstance.start(
                "every-form",
                "--spring.datasource.url=" + DATABASE,
                "--placementbroker.demo-data.enabled=true",
                "--placementbroker.demo-data.referrals=true",
                "--placementbroker.outbox.poll-every=PT1H");
    }

    @AfterAll
    static void stopTheProduct() throws InterruptedException {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void noFormTakesABadValueWithA500OrSavesOne() throws Exception {
        System.out.println("Walking every form with seed " + SEED + " (-Dforms.seed=" + SEED + " repeats it)");
        Random random = new Random(SEED);
        List<String> referralPages = referralPages();
        List<String> placementPages = placementPages();
        PAGES.put(
                "sw.northbridge",
                with(
                        with(referralPages, placementPages.toArray(String[]::new)),
                        "/children",
                        "/referrals",
                        "/referrals/new?search=a"));
        PAGES.put("tm.northbridge", with(referralPages, placementPages.toArray(String[]::new)));
        PAGES.put(
                "hos.northbridge",
                with(
                        with(referralPages, placementPages.toArray(String[]::new)),
                        "/insight",
                        "/insight/sufficiency",
                        "/insight/drift"));
        PAGES.put(
                "broker.northbridge",
                with(
                        with(referralPages, placementPages.toArray(String[]::new)),
                        "/brokerage",
                        "/market/search",
                        "/brokerage/providers"));
        PAGES.put("iro.northbridge", placementPages);
        PAGES.put("fostering.northbridge", List.of("/in-house/referrals"));
        PAGES.put(
                "provider.oakfield",
                with(
                        placementPages,
                        "/portal/referrals",
                        "/portal/vacancies",
                        "/portal/vacancies/new",
                        "/portal/invoices",
                        "/portal/invoices/new"));
        PAGES.put("finance.northbridge", List.of("/finance/invoices", "/finance/invoices/new"));
        PAGES.put(
                "admin.northbridge",
                List.of("/admin/users", "/admin/users/new", "/admin/area", "/admin/audit", "/insight/returns"));
        PAGES.put(
                "commissioner.threerivers",
                List.of("/market/frameworks", "/market/directory", "/market/ofsted", "/market/search"));

        // Each form once per role (the same form on each demo referral is one), walked in an order that keeps the
        // demo's referrals in their states as long as it can: the steps that end or move on a record come last.
        Map<String, Walk> walks = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
            WebSession session = new WebSession(product.port());
            session.follow(session.signIn(role.getKey(), DemoAccounts.PASSWORD));
            for (String page : pagesAndTheirLinks(session, role.getValue())) {
                Document document = Jsoup.parse(session.get(page).body());
                for (Element element : document.select("form")) {
                    Form form = Form.of(element, page);
                    if (form != null) {
                        walks.putIfAbsent(
                                role.getKey() + " " + form.method + " " + form.action.replaceAll("\\d+", "N") + " "
                                        + form.editable,
                                new Walk(role.getKey(), session, form));
                    }
                }
            }
        }
        List<Walk> ordered = walks.values().stream()
                .sorted(java.util.Comparator.comparing(walk -> walk.form.movesOn()))
                .toList();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Walk walk : ordered) {
            for (String field : walk.form.editable) {
                Map<String, String> before = walk.form.method.equals("post") ? snapshot() : Map.of();
                for (String value : BAD_FOR_EVERY_FIELD) {
                    if (walk.form.method.equals("get") && value.length() > 6_000) {
                        continue;
                    }
                    int status = walk.form.send(walk.session, field, value).statusCode();
                    sent++;
                    if (status >= 500) {
                        failures.add(describe(walk.user, walk.form, field, value, status));
                    }
                }
                if (walk.form.method.equals("post")) {
                    Map<String, String> after = snapshot();
                    if (!after.equals(before)) {
                        failures.add(walk.user + ": POST " + walk.form.action + " saved a NUL or over-long " + field
                                + ": " + changed(before, after));
                    }
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    values.add(WRONG_FOR_SOME.get(random.nextInt(WRONG_FOR_SOME.size())));
                }
                values.add(generated(random));
                values.add(generated(random));
                for (String value : values) {
                    int status = walk.form.send(walk.session, field, value).statusCode();
                    sent++;
                    if (status >= 500) {
                        failures.add(describe(walk.user, walk.form, field, value, status));
                    }
                }
            }
        }
        for (String listing : List.of("/children", "/admin/audit", "/market/directory", "/referrals")) {
            for (String page : List.of("2147483647", "-2147483648", "99999999999", "abc")) {
                WebSession session = new WebSession(product.port());
                session.follow(session.signIn(
                        listing.startsWith("/admin")
                                ? "admin.northbridge"
                                : listing.startsWith("/market") ? "commissioner.threerivers" : "sw.northbridge",
                        DemoAccounts.PASSWORD));
                int status = session.get(listing + "?page=" + page).statusCode();
                if (status >= 500) {
                    failures.add("GET " + listing + "?page=" + page + " answered " + status);
                }
            }
        }

        System.out.println(
                "Sent " + sent + " bad values to " + ordered.size() + " forms: " + String.join(", ", walks.keySet()));
        assertThat(ordered.size()).as("forms found to walk").isGreaterThan(30);
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    /** The placements list and every demo placement's page (a provider finds those not its own, or ended, not found). */
    private static List<String> placementPages() throws SQLException {
        List<String> pages = new ArrayList<>(List.of("/placements"));
        try (Connection connection = DriverManager.getConnection(DATABASE, OWNER, OWNER_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet placements = statement.executeQuery("select id from placement_placement order by id")) {
            while (placements.next()) {
                pages.add("/placements/" + placements.getLong(1));
            }
        }
        return pages;
    }

    /** Every demo referral's pages, for each state the demo has one in. */
    private static List<String> referralPages() throws SQLException {
        // Ordered so that the forms walked first are those of the referrals the social worker may still change.
        List<String> pages = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(DATABASE, OWNER, OWNER_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet referrals = statement.executeQuery("""
                        select id from (select distinct on (r.status) r.id, r.status from referral_referral r
                        join identity_local_authority la on la.id = r.local_authority_id
                        where la.code = '991'
                        order by r.status, r.id) one
                        order by case status when 'DRAFT' then 0 when 'RETURNED' then 1 else 2 end, id
                        """)) {
            List<Long> ids = new ArrayList<>();
            while (referrals.next()) {
                ids.add(referrals.getLong(1));
            }
            for (long id : ids) {
                for (String page : List.of(
                        "", "/placement", "/location", "/needs", "/living", "/criteria", "/search", "/choice")) {
                    pages.add("/referrals/" + id + page);
                }
            }
        }
        return pages;
    }

    /** The pages, and the record pages their lists link to (the first three of each kind). */
    private static List<String> pagesAndTheirLinks(WebSession session, List<String> pages) {
        Set<String> all = new LinkedHashSet<>(pages);
        for (String page : pages) {
            if (page.contains("/referrals/") && !page.startsWith("/portal") && !page.startsWith("/in-house")) {
                continue;
            }
            Document document = Jsoup.parse(session.get(page).body());
            Map<String, Integer> kinds = new TreeMap<>();
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href");
                if (!href.matches("/(children|portal/referrals|portal/vacancies|in-house/referrals|admin/users"
                        + "|market/directory/providers)/\\d+(/edit)?")) {
                    continue;
                }
                String kind = href.replaceAll("\\d+.*", "");
                if (kinds.merge(kind, 1, Integer::sum) <= 3) {
                    all.add(href);
                }
            }
        }
        return new ArrayList<>(all);
    }

    private static List<String> with(List<String> pages, String... more) {
        List<String> all = new ArrayList<>(pages);
        all.addAll(List.of(more));
        return all;
    }

    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(random.nextBoolean() ? 12 : 300);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            text.appendCodePoint(
                    switch (kind) {
                        case 0 -> '0' + random.nextInt(10);
                        case 1 -> 0x20 + random.nextInt(0x5f);
                        case 2 -> 0x1 + random.nextInt(0x1f);
                        default -> 0xa0 + random.nextInt(0x2ff00);
                    });
        }
        return text.toString();
    }

    private static String describe(String user, Form form, String field, String value, int status) {
        String shown = value.length() > 40
                ? value.substring(0, 40).replace("\u0000", "\\0") + "… (" + value.length() + " characters)"
                : value.replace("\u0000", "\\0");
        return user + ": " + form.method.toUpperCase() + " " + form.action + " with " + field + "=" + shown
                + " answered " + status;
    }

    /** Each table's rows, as a digest: what the product keeps, less what every request adds (sessions, audit). */
    private static Map<String, String> snapshot() throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(DATABASE, OWNER, OWNER_PASSWORD);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("""
                    select tablename from pg_tables where schemaname = 'public'
                    and tablename not in ('identity_audit_event', 'spring_session', 'spring_session_attributes',
                                          'identity_sign_in_pause', 'jobs_instance', 'flyway_schema_history',
                                          'event_publication', 'event_publication_archive')
                    and tablename not like 'insight\\_%'
                    """)) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                // The outbox's sender changes its rows' state as it tries them: only a new mail counts.
                String rows = table.equals("notification_outbox")
                        ? "select count(*) || ':' || coalesce(max(id), 0) from notification_outbox"
                        : "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))),"
                                + " '') from " + table + " t";
                try (ResultSet digest = statement.executeQuery(rows)) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
        }
        return digests;
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream()
                .filter(table -> !after.get(table).equals(before.get(table)))
                .collect(Collectors.joining(", "));
    }

    private record Walk(String user, WebSession session, Form form) {}

    /** A form on a page: where it goes, what it sends as it stands, and which of its fields a person fills in. */
    private record Form(String method, String action, Map<String, List<String>> values, List<String> editable) {

        static Form of(Element form, String page) {
            String method =
                    form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase();
            String action = form.attr("action").isBlank() ? page : form.attr("action");
            if (action.startsWith("http")) {
                action = action.replaceFirst("https?://[^/]+", "");
            }
            if (action.startsWith("/login") || action.startsWith("/logout")) {
                return null;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            Set<String> editable = new LinkedHashSet<>();
            for (Element field : form.select("input[name], select[name], textarea[name]")) {
                String name = field.attr("name");
                String type =
                        field.tagName().equals("input") ? field.attr("type").toLowerCase() : field.tagName();
                if (name.equals("_csrf") || type.equals("file") || type.equals("submit")) {
                    continue;
                }
                editable.add(name);
                switch (type) {
                    case "radio", "checkbox" -> {
                        if (field.hasAttr("checked")) {
                            values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.attr("value"));
                        }
                    }
                    case "select" -> {
                        Element selected = field.selectFirst("option[selected]");
                        if (selected != null) {
                            values.computeIfAbsent(name, n -> new ArrayList<>()).add(selected.attr("value"));
                        }
                    }
                    case "textarea" ->
                        values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.text());
                    default ->
                        values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.attr("value"));
                }
            }
            for (Element button : form.select("button[name]")) {
                values.computeIfAbsent(button.attr("name"), n -> new ArrayList<>())
                        .add(button.attr("value"));
            }
            if (editable.isEmpty() || form.select("input[type=file]").size() > 0) {
                return null;
            }
            return new Form(method, action, values, List.copyOf(editable));
        }

        /** Whether a step that takes it ends a record or moves it on, so that the forms after it would not show. */
        boolean movesOn() {
            return action.matches(".*/(withdraw|disable|enable|retire|fill|discard|decide|send|submit|permission"
                    + "|quality-check|import|unlock|confirm|propose|budget|consider|checks)$");
        }

        HttpResponse<String> send(WebSession session, String field, String value) {
            Map<String, List<String>> sent = new LinkedHashMap<>(values);
            sent.put(field, List.of(value));
            if (method.equals("get")) {
                String query = sent.entrySet().stream()
                        .flatMap(entry ->
                                entry.getValue().stream().map(one -> encode(entry.getKey()) + "=" + encode(one)))
                        .collect(Collectors.joining("&"));
                return session.get(action + (action.contains("?") ? "&" : "?") + query);
            }
            return session.postAll(action, sent);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
