package uk.placementbroker.insight.ssda903;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in a return: every one counted and told to a listener (which may keep the whole list, for a
 * download), the first {@code limit} of each kind kept to show.
 */
public final class Problems {

    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final java.util.function.Consumer<Problem> everyOne;
    private final List<Problem> fatal = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long fatalCount;
    private long warningCount;

    public Problems(int limit) {
        this(limit, problem -> {});
    }

    public Problems(int limit, java.util.function.Consumer<Problem> everyOne) {
        this.limit = limit;
        this.everyOne = everyOne;
    }

    public Problems() {
        this(DEFAULT_LIMIT);
    }

    public void fatal(String file, long row, String column, String message) {
        fatalCount++;
        Problem problem = new Problem(true, file, row, column, message);
        everyOne.accept(problem);
        if (fatal.size() < limit) {
            fatal.add(problem);
        }
    }

    public void warning(String file, long row, String column, String message) {
        warningCount++;
        Problem problem = new Problem(false, file, row, column, message);
        everyOne.accept(problem);
        if (warnings.size() < limit) {
            warnings.add(problem);
        }
    }

    public boolean anyFatal() {
        return fatalCount > 0;
    }

    /** The fatal problems kept to show (at most the limit); {@link #fatalCount()} says how many there were. */
    public List<Problem> fatal() {
        return inFileOrder(fatal);
    }

    public List<Problem> warnings() {
        return inFileOrder(warnings);
    }

    private static List<Problem> inFileOrder(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingLong(Problem::row))
                .toList();
    }

    public long fatalCount() {
        return fatalCount;
    }

    public long warningCount() {
        return warningCount;
    }
}
