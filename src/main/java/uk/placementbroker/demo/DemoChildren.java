package uk.placementbroker.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.placementbroker.children.ChildDetails;
import uk.placementbroker.children.Episode;

/**
 * Children with believable histories of care: they come into care, change legal status, move
 * between foster carers and homes for the DfE's reasons, and some leave care. Pure Java from a seed,
 * so the same seed and date always give the same children.
 */
final class DemoChildren {

    record DemoChild(ChildDetails details, List<Episode> episodes) {}

    private static final String[] FIRST_NAMES_MALE = {
        "Oliver",
        "Jack",
        "Harry",
        "Noah",
        "Leo",
        "Mason",
        "Kai",
        "Ethan",
        "Tyler",
        "Riley",
        "Aiden",
        "Jayden",
        "Callum",
        "Reece",
        "Kacper",
        "Mohammed",
        "Yusuf",
        "Tomasz",
        "Daniel",
        "Liam"
    };
    private static final String[] FIRST_NAMES_FEMALE = {
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Lily", "Freya", "Ruby", "Chloe", "Skye", "Maisie", "Leah", "Zara",
        "Aaliyah", "Amira", "Maja", "Grace", "Ellie", "Summer", "Jade"
    };
    private static final String[] LAST_NAMES = {
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Robinson",
        "Wright",
        "Thompson",
        "Evans",
        "Walker",
        "White",
        "Roberts",
        "Green",
        "Hall",
        "Wood",
        "Jackson",
        "Clarke",
        "Khan",
        "Ahmed",
        "Kowalski",
        "Nowak",
        "Okafor",
        "Mensah",
        "Campbell",
        "Murphy",
        "Patel",
        "Hughes"
    };
    private static final String[] ETHNICITIES = {
        "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MWBA", "MOTH", "BAFR", "BCRB", "APKN", "ABAN", "AIND",
        "WROM"
    };
    private static final String[] CATEGORIES_OF_NEED = {"N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N6", "N8"};
    private static final String[] FOSTERING = {"U6", "U6", "U6", "U4", "U4", "U3", "U1"};
    private static final String[] MOVE_REASONS = {
        "CARPL", "CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "STAND", "CLOSE", "ALLEG"
    };
    private static final char[] INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ".toCharArray();

    private final Random random;
    private final LocalDate today;

    DemoChildren(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<DemoChild> generate(
            String referencePrefix, List<String> homeOutwardCodes, List<String> otherOutwardCodes, int count) {
        List<DemoChild> children = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            children.add(child(referencePrefix + String.format("%05d", number), homeOutwardCodes, otherOutwardCodes));
        }
        return children;
    }

    private DemoChild child(String reference, List<String> homeOutwardCodes, List<String> otherOutwardCodes) {
        boolean male = random.nextBoolean();
        String firstName = pick(male ? FIRST_NAMES_MALE : FIRST_NAMES_FEMALE);
        LocalDate dateOfBirth = today.minusDays(365L + random.nextInt(17 * 365));
        String home = pick(homeOutwardCodes);
        ChildDetails details = new ChildDetails(
                reference,
                firstName,
                pick(LAST_NAMES),
                dateOfBirth,
                male ? "1" : "2",
                pick(ETHNICITIES),
                home + " " + inward(),
                uniquePupilNumber());
        return new DemoChild(details, history(dateOfBirth, home, homeOutwardCodes, otherOutwardCodes));
    }

    /** A history of episodes, each starting the day the previous one ended, from entry to care until today or leaving. */
    private List<Episode> history(LocalDate dateOfBirth, String home, List<String> homeCodes, List<String> otherCodes) {
        LocalDate earliestEntry =
                dateOfBirth.plusDays(1).isAfter(today.minusYears(8)) ? dateOfBirth.plusDays(1) : today.minusYears(8);
        long span = Math.max(1, today.minusDays(30).toEpochDay() - earliestEntry.toEpochDay());
        LocalDate start = earliestEntry.plusDays(random.nextLong(span));
        String categoryOfNeed = pick(CATEGORIES_OF_NEED);
        String legalStatus = random.nextInt(3) == 0 ? "V2" : "C1";
        String placement = placementFor(dateOfBirth, start);
        String placementPostcode = placementPostcode(homeCodes, otherCodes);
        String reasonForNewEpisode = "S";
        int moves = weightedMoves();
        List<Episode> episodes = new ArrayList<>();
        while (true) {
            LocalDate end = start.plusDays(30 + random.nextInt(700));
            boolean lastChange = moves == 0 && !"C1".equals(legalStatus);
            if (lastChange) {
                boolean leaves = random.nextInt(4) == 0 && end.isBefore(today);
                episodes.add(new Episode(
                        start,
                        reasonForNewEpisode,
                        legalStatus,
                        categoryOfNeed,
                        placement,
                        provider(placement),
                        leaves ? end : null,
                        leaves ? leavingReason(dateOfBirth, end) : null,
                        null,
                        home,
                        placementPostcode,
                        null));
                return episodes;
            }
            if (!end.isBefore(today)) {
                episodes.add(new Episode(
                        start,
                        reasonForNewEpisode,
                        legalStatus,
                        categoryOfNeed,
                        placement,
                        provider(placement),
                        null,
                        null,
                        null,
                        home,
                        placementPostcode,
                        null));
                return episodes;
            }
            String nextLegalStatus = legalStatus;
            String nextReason;
            String nextPlaceChange = null;
            String nextPlacement = placement;
            String nextPostcode = placementPostcode;
            if ("C1".equals(legalStatus) && random.nextInt(3) > 0) {
                nextLegalStatus = "C2";
                nextReason = "L";
            } else {
                moves--;
                nextPlacement = placementFor(dateOfBirth, end);
                nextPostcode = placementPostcode(homeCodes, otherCodes);
                nextPlaceChange = pick(MOVE_REASONS);
                if ("C1".equals(legalStatus)) {
                    nextLegalStatus = "C2";
                    nextReason = "B";
                } else {
                    nextReason = random.nextInt(6) == 0 ? "T" : "P";
                }
            }
            // The 903 records why a placement changed on the episode that ended with the move.
            episodes.add(new Episode(
                    start,
                    reasonForNewEpisode,
                    legalStatus,
                    categoryOfNeed,
                    placement,
                    provider(placement),
                    end,
                    "X1",
                    nextPlaceChange,
                    home,
                    placementPostcode,
                    null));
            start = end;
            legalStatus = nextLegalStatus;
            reasonForNewEpisode = nextReason;
            placement = nextPlacement;
            placementPostcode = nextPostcode;
        }
    }

    /** Most children move once or twice; a few many times, as in the national figures. */
    private int weightedMoves() {
        int roll = random.nextInt(100);
        return roll < 35 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : roll < 95 ? 3 : 4 + random.nextInt(3);
    }

    private String placementFor(LocalDate dateOfBirth, LocalDate on) {
        int age = on.getYear() - dateOfBirth.getYear();
        int roll = random.nextInt(100);
        if (age >= 16 && roll < 45) {
            return "H5";
        }
        if (age >= 12 && roll < 30) {
            return "K2";
        }
        if (roll < 5) {
            return "P1";
        }
        return pick(FOSTERING);
    }

    private String provider(String placement) {
        return switch (placement) {
            case "U1", "U3", "P1" -> "PR1";
            case "U4", "U6" -> random.nextBoolean() ? "PR1" : "PR4";
            default -> "PR4";
        };
    }

    private String placementPostcode(List<String> homeCodes, List<String> otherCodes) {
        return random.nextInt(4) == 0 ? pick(otherCodes) : pick(homeCodes);
    }

    private String leavingReason(LocalDate dateOfBirth, LocalDate end) {
        // At 18 they move on to live independently with support (E5); E7 would be a move to adult social care.
        if (end.getYear() - dateOfBirth.getYear() >= 18) {
            return "E5";
        }
        return random.nextBoolean() ? "E4A" : "E41";
    }

    /** A letter and 12 digits, the letter the DfE's check character of the digits. */
    private String uniquePupilNumber() {
        StringBuilder digits = new StringBuilder();
        int sum = 0;
        for (int position = 0; position < 12; position++) {
            int digit = random.nextInt(10);
            digits.append(digit);
            sum += digit * (position + 2);
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23) + digits.toString();
    }

    private String inward() {
        return random.nextInt(10) + "" + INWARD_LETTERS[random.nextInt(INWARD_LETTERS.length)]
                + INWARD_LETTERS[random.nextInt(INWARD_LETTERS.length)];
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
