package uk.placementbroker.market.ofsted;

/**
 * Something wrong in a provider list, placed as a person finds it in the spreadsheet.
 *
 * @param row as the spreadsheet numbers it (the column names are row 1), or 0 for the whole sheet
 * @param column the column's name, or null for the whole row
 */
public record ListProblem(boolean fatal, String sheet, int row, String column, String message) {

    public ListProblem {
        message = uk.placementbroker.shared.Typed.forAMessage(message);
    }

    @Override
    public String toString() {
        return "sheet " + sheet + (row > 0 ? ", row " + row : "") + (column != null ? ", column " + column : "") + ": "
                + message;
    }
}
