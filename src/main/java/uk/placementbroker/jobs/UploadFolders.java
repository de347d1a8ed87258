package uk.placementbroker.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Uploaded files wait in a temporary folder while they are imported (a return or a provider list is read
 * from disk, not held in memory), in a folder named for this process, so that a later start can tell a
 * folder a killed run left (children's data that must not stay behind) from one another running instance
 * is still reading.
 */
@Component
public class UploadFolders {

    private static final Logger log = LoggerFactory.getLogger(UploadFolders.class);
    private static final Pattern FOLDER = Pattern.compile("placement-broker-([a-z0-9]+)-(\\d+)-.*");

    /** A new empty folder for the uploads of one import; {@code kind} names what it holds, such as {@code 903}. */
    public static Path create(String kind) throws IOException {
        return Files.createTempDirectory(prefix(kind) + ProcessHandle.current().pid() + "-");
    }

    static String prefix(String kind) {
        return "placement-broker-" + kind + "-";
    }

    /** Deletes the folder and everything in it; a failure is logged, never thrown, as the import has ended. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the uploads in {}", folder, e);
        }
    }

    /** Removes the upload folders of processes that are no longer running: a run that was killed left them. */
    static void removeFoldersLeftByStoppedRuns(Path temporaryFolder) {
        try (Stream<Path> folders = Files.list(temporaryFolder)) {
            folders.filter(folder -> {
                        Matcher name = FOLDER.matcher(folder.getFileName().toString());
                        return name.matches()
                                && ProcessHandle.of(Long.parseLong(name.group(2)))
                                        .map(process -> !process.isAlive())
                                        .orElse(true);
                    })
                    .forEach(folder -> {
                        log.info("Removing {}, uploaded to a run that was stopped before it finished", folder);
                        delete(folder);
                    });
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not look for uploads left in {}", temporaryFolder, e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeFoldersLeftByStoppedRuns() {
        removeFoldersLeftByStoppedRuns(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
