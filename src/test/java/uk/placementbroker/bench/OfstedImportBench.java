package uk.placementbroker.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.placementbroker.PlacementBrokerApplication;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.WebSession;

/**
 * {@code scripts/bench ofsted-import}: a national provider list (200,000 settings by default, {@code -Drows=N} for
 * another size) read and compared, then imported, through the Ofsted list page of the whole service on the test
 * database, as the consortium's commissioner does it, in the heap the service is given ({@code -Xmx1g}). Records the
 * seconds from the upload to the list imported (the headline), each step's seconds, the peak heap (sampled every
 * 50 ms) and the size of the result page.
 */
public final class OfstedImportBench {

    private static final int ROWS = Integer.getInteger("rows", 200_000);

    public static void main(String[] args) throws Exception {
        Path list = Files.createTempFile("synthetic-provider-list", ".xlsx");
        SyntheticProviderList.write(list, ROWS, 20_261_203L);
        System.out.printf("Synthetic list: %,d rows, %,d bytes%n", ROWS, Files.size(list));

        SpringApplication application = new SpringApplication(PlacementBrokerApplication.class);
        application.setAdditionalProfiles("test");
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton(
                        "cleanThenMigrate",
                        (org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy) flyway -> {
                            flyway.clean();
                            flyway.migrate();
                        }));
        Map<String, Object> params = new LinkedHashMap<>();
        double seconds;
        try (ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--placementbroker.demo-data.referrals=false",
                "--logging.level.uk.placementbroker=WARN")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            WebSession commissioner = new WebSession(port);
            commissioner.signIn("commissioner.threerivers", DemoAccounts.PASSWORD);
            commissioner.get("/market/ofsted");

            PeakHeap heap = new PeakHeap();

            long started = System.nanoTime();
            HttpResponse<String> upload = commissioner.postFiles("/market/ofsted", Map.of(), "file", List.of(list));
            String job = upload.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("The upload was not taken: " + upload.body()));
            String previewed = finished(commissioner, job);
            double previewSeconds = (System.nanoTime() - started) / 1e9;
            Matcher adds = Pattern.compile("The list would add (\\d+) and change (\\d+)")
                    .matcher(previewed);
            if (!adds.find()) {
                throw new IllegalStateException("The list was not previewed: " + previewed);
            }
            System.out.printf("Preview: %.1f s, adds %s%n", previewSeconds, adds.group(1));

            long importStarted = System.nanoTime();
            commissioner.post(job + "/import", Map.of());
            String imported = finished(commissioner, job);
            double importSeconds = (System.nanoTime() - importStarted) / 1e9;
            seconds = (System.nanoTime() - started) / 1e9;
            heap.close();
            boolean done = imported.contains("List imported");
            System.out.printf(
                    "Import: %.1f s (all %.1f s), peak heap %,d bytes, imported %s%n",
                    importSeconds, seconds, heap.peak(), done);

            params.put("rows", ROWS);
            params.put("bytes", Files.size(list));
            params.put("additions", Integer.parseInt(adds.group(1)));
            params.put("imported", done);
            params.put("previewSeconds", previewSeconds);
            params.put("importSeconds", importSeconds);
            params.put("resultPageBytes", imported.length());
            params.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            params.put("heapBeforeBytes", heap.before());
            params.put("peakHeapBytes", heap.peak());
            params.put("cores", Runtime.getRuntime().availableProcessors());
        }
        BenchResults.write("ofsted-import", "s", seconds, seconds, seconds, params);
        Files.deleteIfExists(list);
    }

    /** Waits for the import's step to end; its page then. */
    private static String finished(WebSession session, String job) throws InterruptedException {
        String progress = "";
        while (!progress.contains("\"finished\":true")) {
            Thread.sleep(500);
            progress = session.get(job + "/progress").body();
        }
        return session.get(job).body();
    }
}
