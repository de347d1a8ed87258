package uk.placementbroker.finance.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.shared.Money;

/** Invoices from a CSV file: grouped by number, every problem named by row and column, nothing read when one is wrong. */
class InvoiceCsvTests {

    private static final String HEADER =
            "invoice_number,placement_reference,period_from,period_to,item,description,days,daily_rate,amount,vat\n";

    @Test
    void theRowsOfAnInvoiceMakeOneInvoiceWithItsLinesAndADayMayBeWrittenEitherWay() throws IOException {
        InvoiceCsv.Result result = InvoiceCsv.read(new StringReader(HEADER
                + "OF-1,PB-1-4,2026-10-05,2026-11-01,ACCOMMODATION_AND_CARE,,28,128.57,3599.96,\n"
                + "OF-1,PB-1-4,5/10/2026,1/11/2026,1:1 support,,28,17.14,479.92,0\n"
                + "OF-1,PB-1-4,2026-10-05,2026-11-01,ONE_OFF,Bedroom furniture,,,250,\n"
                + "OF-2,PB-1-5,2026-10-05,2026-11-01,Transport,,28,5,140,\n"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.invoices()).hasSize(2);
        InvoiceCsv.Read first = result.invoices().get(0);
        assertThat(first.placementReference()).isEqualTo("PB-1-4");
        assertThat(first.invoice().from()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(first.invoice().lines())
                .extracting(Invoice.Line::item)
                .containsExactly(PriceItem.ACCOMMODATION_AND_CARE, PriceItem.ONE_TO_ONE, null);
        assertThat(first.invoice().total()).isEqualTo(new Money(359_996 + 47_992 + 25_000));
        assertThat(result.invoices().get(1).invoice().lines().get(0).item()).isEqualTo(PriceItem.TRANSPORT);
    }

    @Test
    void everyProblemIsNamedByRowAndColumnAndNoInvoiceIsRead() throws IOException {
        InvoiceCsv.Result result = InvoiceCsv.read(new StringReader(HEADER
                + "OF-1,PB-1-4,2026-10-05,2026-11-01,ACCOMMODATION_AND_CARE,,28,128.57,3599.96,\n"
                + "OF-1,PB-1-4,2026-13-05,2026-11-01,FOOD,,0,abc,£1e9,\n"
                + "OF-1,PB-1-9,2026-10-05,2026-11-01,EDUCATION,,28,10,280,\n"
                + ",PB-1-4,2026-10-05\n"));

        assertThat(result.invoices()).isEmpty();
        assertThat(result.problems())
                .contains(
                        "Row 3, column period_from: '2026-13-05' is not a date such as 2026-10-05 or 5/10/2026",
                        "Row 3, column days: enter the days invoiced, from 1 to 366",
                        "Row 3, column daily_rate: 'abc' is not an amount in pounds such as 128.57",
                        "Row 4: invoice OF-1 has another placement reference or period on row 2; every line of an invoice has the same ones",
                        "Row 5, column invoice_number: enter it, in at most 200 characters")
                .anyMatch(problem -> problem.startsWith("Row 3, column item: 'FOOD' is not one of"));
    }

    @Test
    void aFileWithoutTheColumnsSaysWhichAreMissing() throws IOException {
        InvoiceCsv.Result result = InvoiceCsv.read(new StringReader("number,amount\nOF-1,100\n"));
        assertThat(result.problems())
                .singleElement()
                .asString()
                .startsWith("Row 1: the header has no column invoice_number");
    }
}
