package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfstedImportProgressTests {

    @Test
    void theBarStartsWhileTheSpreadsheetIsReadAndMovesWithTheEntriesStored() {
        assertThat(running(null, 0).percent()).isZero();
        assertThat(running(null, 0).stage()).isEqualTo("Reading and checking the spreadsheet");
        assertThat(running(2_000, 0).percent()).isEqualTo(5);
        assertThat(running(2_000, 1_000).percent()).isEqualTo(52);
        assertThat(running(2_000, 1_000).stage())
                .isEqualTo("Comparing the providers and settings with the directory: 1,000 of 2,000");
        assertThat(running(2_000, 2_000).percent())
                .as("not full until it has finished")
                .isEqualTo(99);
    }

    @Test
    void aFinishedImportIsFullAndOneWhoseInstanceIsGoneSaysItStopped() {
        OfstedImports.Job imported = new OfstedImports.Job(
                UUID.randomUUID(),
                "list.xlsx",
                "commissioner",
                Instant.now(),
                Instant.now(),
                OfstedImports.State.IMPORTED,
                10,
                10,
                new OfstedListImport.Outcome(10, 0, 0, List.of(), List.of()),
                null,
                false);
        assertThat(imported.percent()).isEqualTo(100);
        assertThat(imported.finished()).isTrue();

        OfstedImports.Job stopped = new OfstedImports.Job(
                UUID.randomUUID(),
                "list.xlsx",
                "commissioner",
                Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().minus(6, ChronoUnit.MINUTES),
                OfstedImports.State.RUNNING,
                10,
                3,
                null,
                null,
                true);
        assertThat(stopped.stopped()).isTrue();
        assertThat(stopped.stage()).contains("stopped before it finished", "Nothing of it was saved");
    }

    private static OfstedImports.Job running(Integer total, int done) {
        return new OfstedImports.Job(
                UUID.randomUUID(),
                "list.xlsx",
                "commissioner",
                Instant.now(),
                Instant.now(),
                OfstedImports.State.RUNNING,
                total,
                done,
                null,
                null,
                false);
    }
}
