package uk.placementbroker.insight.ssda903;

import uk.placementbroker.shared.Typed;

/**
 * Something wrong with a return, placed as a person would look for it: the file, the row (as a
 * spreadsheet numbers it, the column names being row 1) and the column.
 *
 * @param fatal whether it stops the import (otherwise it is a warning and the import goes on)
 * @param row 0 when the problem is with the whole file
 * @param column null when the problem is with the whole row or file
 */
public record Problem(boolean fatal, String file, long row, String column, String message) {

    public Problem {
        message = Typed.forAMessage(message);
        column = Typed.forAMessage(column);
    }

    public String where() {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) {
            where.append(" row ").append(row);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where.toString();
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
