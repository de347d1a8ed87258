package uk.placementbroker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFoldersTests {

    @TempDir
    Path temporary;

    @Test
    void removesTheUploadsOfARunThatWasKilledAndKeepsThoseOfRunsStillGoing() throws Exception {
        Path killed = Files.createDirectory(temporary.resolve(UploadFolders.prefix("903") + Long.MAX_VALUE + "-123"));
        Files.writeString(killed.resolve("header.csv"), "CHILD,SEX,DOB\n1,1,01/01/2010\n");
        Path running = Files.createDirectory(temporary.resolve(
                UploadFolders.prefix("ofsted") + ProcessHandle.current().pid() + "-456"));
        Path somebodyElses = Files.createDirectory(temporary.resolve("another-program-789"));

        UploadFolders.removeFoldersLeftByStoppedRuns(temporary);

        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(somebodyElses).exists();
    }
}
