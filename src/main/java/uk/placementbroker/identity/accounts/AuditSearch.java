package uk.placementbroker.identity.accounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.placementbroker.identity.AuditAction;

/** The audit log page's filters, as typed; blank means "any". */
public record AuditSearch(
        String actor, String action, String recordType, String recordId, String from, String to, int page) {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public AuditSearch {
        actor = blankToEmpty(actor);
        action = blankToEmpty(action);
        recordType = blankToEmpty(recordType);
        recordId = blankToEmpty(recordId);
        from = blankToEmpty(from);
        to = blankToEmpty(to);
        page = Math.max(1, page);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!action.isEmpty()
                && java.util.Arrays.stream(AuditAction.values())
                        .noneMatch(a -> a.name().equals(action))) {
            problems.put("action", "Select an action from the list");
        }
        if (!from.isEmpty() && date(from) == null) {
            problems.put("from", "Date from must be a real date, like 2026-03-31");
        }
        if (!to.isEmpty() && date(to) == null) {
            problems.put("to", "Date to must be a real date, like 2026-03-31");
        }
        if (problems.isEmpty() && date(from) != null && date(to) != null && date(to).isBefore(date(from))) {
            problems.put("to", "Date to must be the same as or after date from");
        }
        return problems;
    }

    public static LocalDate date(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
