package uk.placementbroker.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * A national-size 903 return made up from a fixed seed: children entering care over ten years, most
 * in foster care, moving now and then (more often as teenagers), some leaving and coming back, some
 * adopted, with legal-status changes along the way. The shape of the real thing, none of its data.
 */
final class SyntheticReturn {

    private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] PLACEMENTS = {
        "U6", "U6", "U6", "U4", "U4", "U3", "U1", "K2", "K2", "H5", "P1", "R1", "S1", "Z1"
    };
    private static final String[] LEGAL_STATUSES = {"C2", "C2", "C2", "V2", "V2", "C1", "E1", "L2", "J2"};
    private static final String[] REASONS = {
        "CARPL", "CHILD", "LAREQ", "PLACE", "CREQB", "CREQO", "STAND", "ALLEG", "APPRR", "CLOSE", "OTHER"
    };
    private static final String[] ETHNICITIES = {
        "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MOTH", "AIND", "APKN", "BAFR", "BCRB", "OOTH"
    };

    record Size(int children, long episodes) {}

    private SyntheticReturn() {}

    /** Writes header.csv, episodes.csv and uasc.csv for the ten years ending 31 March {@code lastYear}. */
    static Size write(Path directory, int children, int lastYear, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDate firstDay = LocalDate.of(lastYear - 10, 4, 1);
        LocalDate lastDay = LocalDate.of(lastYear, 3, 31);
        long episodes = 0;
        try (BufferedWriter header = Files.newBufferedWriter(directory.resolve("header.csv"), StandardCharsets.UTF_8);
                BufferedWriter episodeFile =
                        Files.newBufferedWriter(directory.resolve("episodes.csv"), StandardCharsets.UTF_8);
                BufferedWriter uasc = Files.newBufferedWriter(directory.resolve("uasc.csv"), StandardCharsets.UTF_8)) {
            header.write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
            episodeFile.write(
                    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
            uasc.write("CHILD,SEX,DOB,DUC\n");
            for (int i = 0; i < children; i++) {
                String child = String.valueOf(100_000 + i);
                LocalDate entry =
                        firstDay.plusDays(random.nextInt((int) (lastDay.toEpochDay() - firstDay.toEpochDay())));
                int ageAtEntry = random.nextInt(100) < 20 ? random.nextInt(2) : random.nextInt(18);
                LocalDate dateOfBirth = entry.minusYears(ageAtEntry).minusDays(random.nextInt(365));
                String sex = random.nextBoolean() ? "1" : "2";
                boolean seekingAsylum = ageAtEntry >= 14 && random.nextInt(100) < 30;
                header.write(child + "," + sex + "," + DFE.format(dateOfBirth) + ","
                        + ETHNICITIES[random.nextInt(ETHNICITIES.length)] + ",A" + String.format("%012d", i) + ",,\n");
                if (seekingAsylum) {
                    uasc.write(child + "," + sex + "," + DFE.format(dateOfBirth) + ","
                            + DFE.format(dateOfBirth.plusYears(18)) + "\n");
                }
                episodes += writeHistory(episodeFile, random, child, entry, ageAtEntry, lastDay);
            }
        }
        return new Size(children, episodes);
    }

    private static int writeHistory(
            BufferedWriter out, Random random, String child, LocalDate entry, int ageAtEntry, LocalDate lastDay)
            throws IOException {
        int written = 0;
        LocalDate start = entry;
        String reason = "S";
        String legalStatus = LEGAL_STATUSES[random.nextInt(LEGAL_STATUSES.length)];
        String placement = PLACEMENTS[random.nextInt(PLACEMENTS.length)];
        String home = "AB" + (1 + random.nextInt(60));
        String postcode = postcode(random);
        // Teenagers move more often; a period of care lasts from weeks to many years.
        int meanDaysInPlacement = ageAtEntry >= 13 ? 240 : 520;
        LocalDate careEnds = start.plusDays((long) (-Math.log(1 - random.nextDouble()) * 900) + 14);
        while (true) {
            LocalDate end = start.plusDays((long) (-Math.log(1 - random.nextDouble()) * meanDaysInPlacement) + 1);
            boolean leaves = !end.isBefore(careEnds);
            if (leaves) {
                end = careEnds;
            }
            boolean open = end.isAfter(lastDay);
            String next = leaves ? null : nextReason(random);
            out.write(child + "," + DFE.format(start) + "," + reason + "," + legalStatus + ",N1," + placement + ",PR1,"
                    + (open ? "" : DFE.format(end)) + "," + (open ? "" : leaves ? "E8" : "X1") + ","
                    + (open || leaves || "L".equals(next) ? "" : REASONS[random.nextInt(REASONS.length)]) + ","
                    + home + "," + postcode + ",\n");
            written++;
            if (open) {
                return written;
            }
            if (leaves) {
                if (random.nextInt(100) >= 12) {
                    return written;
                }
                // Comes back into care some months later.
                start = end.plusDays(30 + random.nextInt(400));
                if (start.isAfter(lastDay)) {
                    return written;
                }
                careEnds = start.plusDays((long) (-Math.log(1 - random.nextDouble()) * 700) + 14);
                reason = "S";
                placement = PLACEMENTS[random.nextInt(PLACEMENTS.length)];
                postcode = postcode(random);
                continue;
            }
            start = end;
            reason = next;
            switch (next) {
                case "L", "U", "B" -> legalStatus = LEGAL_STATUSES[random.nextInt(LEGAL_STATUSES.length)];
                default -> {}
            }
            if (!"L".equals(next)) {
                placement = ageAtEntry < 5 && random.nextInt(100) < 15
                        ? "A4"
                        : PLACEMENTS[random.nextInt(PLACEMENTS.length)];
                postcode = postcode(random);
            }
        }
    }

    private static String nextReason(Random random) {
        int roll = random.nextInt(100);
        return roll < 55 ? "P" : roll < 80 ? "L" : roll < 90 ? "T" : roll < 96 ? "B" : "U";
    }

    private static String postcode(Random random) {
        return (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + (1 + random.nextInt(30));
    }
}
