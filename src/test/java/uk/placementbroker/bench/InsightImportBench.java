package uk.placementbroker.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.placementbroker.PlacementBrokerApplication;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.WebSession;

/**
 * {@code scripts/bench insight-import}: a 903 return the size of the largest council's many years (730,000 children
 * by default, {@code -Dchildren=N} for another size) imported through the returns page of the whole service, on the
 * test database, by two councils' administrators at once ({@code -Dimports=1} for one), in the heap the service is
 * given ({@code -Xmx1g}). Records the seconds from the uploads to the end of the last import (the headline), the peak
 * heap while they ran (sampled every 50 ms), and how long the stability, sufficiency and drift pages then take.
 */
public final class InsightImportBench {

    private static final int CHILDREN = Integer.getInteger("children", 730_000);
    private static final int IMPORTS = Integer.getInteger("imports", 2);
    private static final List<String> ADMINISTRATORS = List.of("admin.northbridge", "admin.eastmoor");
    private static final int YEAR = 2024;

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("synthetic-903-import");
        SyntheticReturn.Size size = SyntheticReturn.write(directory, CHILDREN, YEAR, 20_261_203L);
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.sorted().toList();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf(
                "Synthetic return: %,d children, %,d episodes, %,d bytes%n", size.children(), size.episodes(), bytes);

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
            List<WebSession> administrators = new java.util.ArrayList<>();
            for (String username : ADMINISTRATORS.subList(0, IMPORTS)) {
                WebSession administrator = new WebSession(port);
                administrator.signIn(username, DemoAccounts.PASSWORD);
                administrator.get("/insight/returns");
                administrators.add(administrator);
            }

            PeakHeap heap = new PeakHeap();

            long started = System.nanoTime();
            List<java.util.concurrent.CompletableFuture<Boolean>> imports = administrators.stream()
                    .map(administrator ->
                            java.util.concurrent.CompletableFuture.supplyAsync(() -> imported(administrator, files)))
                    .toList();
            boolean imported = imports.stream().allMatch(java.util.concurrent.CompletableFuture::join);
            seconds = (System.nanoTime() - started) / 1e9;
            heap.close();
            System.out.printf(
                    "%d imports at once: %.1f s, peak heap %,d bytes, imported %s%n",
                    IMPORTS, seconds, heap.peak(), imported);

            WebSession manager = new WebSession(port);
            manager.signIn("hos.northbridge", DemoAccounts.PASSWORD);
            params.put("importsAtOnce", IMPORTS);
            params.put("children", size.children());
            params.put("episodes", size.episodes());
            params.put("bytes", bytes);
            params.put("imported", imported);
            params.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            params.put("heapBeforeBytes", heap.before());
            params.put("peakHeapBytes", heap.peak());
            params.put("stabilityPageSeconds", timed(manager, "/insight?source=returns"));
            params.put("sufficiencyPageSeconds", timed(manager, "/insight/sufficiency"));
            params.put("driftPageSeconds", timed(manager, "/insight/drift"));
            params.put("cores", Runtime.getRuntime().availableProcessors());
        }
        BenchResults.write("insight-import", "s", seconds, seconds, seconds, params);
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(directory);
    }

    /** Uploads the return and waits for its import to end; whether it was imported. */
    private static boolean imported(WebSession administrator, List<Path> files) {
        HttpResponse<String> upload = administrator.postFiles(
                "/insight/returns", Map.of("year", String.valueOf(YEAR), "repairOverlaps", "true"), "files", files);
        String job = upload.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("The upload was not taken: " + upload.body()));
        String progress = "";
        while (!progress.contains("\"finished\":true")) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            progress = administrator.get(job + "/progress").body();
        }
        return administrator.get(job).body().contains("Return imported");
    }

    private static double timed(WebSession session, String page) {
        long started = System.nanoTime();
        int status = session.get(page).statusCode();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d in %.2f s%n", page, status, seconds);
        return seconds;
    }
}
