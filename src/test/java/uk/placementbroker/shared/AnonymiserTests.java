package uk.placementbroker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the anonymiser takes out of staff's words before a provider reads them, and what it leaves. */
class AnonymiserTests {

    private static final Anonymiser.Identity KESTREL = new Anonymiser.Identity(
            "Kestrel",
            "Ashdown-Vane",
            List.of("Kes"),
            List.of("Lorna Ashdown", "Dwayne"),
            List.of("NB004512", "A123456789012"),
            "MK6 3XQ");

    private final Anonymiser anonymiser = Anonymiser.forChild(KESTREL);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DOB 12 March 2019, lives at 14 Park Road                | DOB [date], lives at [address]
            She attends St Mary's Primary                            | She attends [school]
            Moved from St. Mary's C of E Primary School in year 2    | Moved from [school] in year 2
            Kes goes to Little Acorns Nursery                        | The child goes to [school]
            kestrel's mum Lorna visits; Dwayne is not to know where | The child's mum [name] visits; [name] is not to know where
            Her brother Josh calls her most nights                   | Her brother [name] calls her most nights
            Mrs Ashdown-Vane will bring her                          | [name] will bring her
            Postcode MK6-3XQ, or mk63xq, or MK6 3XQ                  | Postcode MK6, or MK6, or MK6
            Born 12/03/2019, 12.3.19, 2019-03-12 or 12-03-2019       | Born [date], [date], [date] or [date]
            the 12th of March, March 12th 2019, 12-Mar-2019          | [date], [date], [date]
            In care since March 2019, or 03/2019                     | In care since [date], or [date]
            Birthday 12/3: a cake please                             | Birthday [date]: a cake please
            Call 01604 496 000 or +44 7700 900123                    | Call [phone number] or [phone number]
            NHS number 943 476 5919                                  | NHS number [number]
            Mail lorna.a@example.org or see @kesvane99               | Mail [e-mail address] or see [link]
            903 ref NB004512 (NB 004 512), UPN A123456789012        | 903 ref [reference] ([reference]), UPN [reference]
            Lives on Oakfield Drive with her nan                     | Lives on [address] with her nan
            """)
    void takesOutWhatWouldSayWhoTheChildIs(String written, String providersRead) {
        assertThat(anonymiser.text(written.strip())).isEqualTo(providersRead.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Attends school every day
            Within 20 miles of her school in Northampton
            Carers trained in responding to missing episodes
            24/7 support and 1:1 at weekends, 10.30-11.30 therapy
            5 minutes down the road from a park
            Weekly fee of £1,218.80, two hours in the park
            She may need 3 sessions a week in Year 6
            CAMHS appointments weekly; contact with mum twice a month
            """)
    void leavesOrdinaryWordsAsWritten(String written) {
        assertThat(anonymiser.text(written.strip())).isEqualTo(written.strip());
    }

    @Test
    void thePreviewShowsEachThingTakenOutAndWhy() {
        Anonymiser.Cleaned cleaned = anonymiser.clean("Kestrel was born on 12 March 2019 in MK6 3XQ.");

        assertThat(cleaned.parts())
                .filteredOn(Anonymiser.Part::taken)
                .extracting(Anonymiser.Part::original, Anonymiser.Part::text, Anonymiser.Part::removed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kestrel", "The child", Anonymiser.Kind.CHILD_NAME),
                        org.assertj.core.groups.Tuple.tuple("12 March 2019", "[date]", Anonymiser.Kind.DATE),
                        org.assertj.core.groups.Tuple.tuple("MK6 3XQ", "MK6", Anonymiser.Kind.POSTCODE));
        assertThat(cleaned.text()).isEqualTo("The child was born on [date] in MK6.");
        assertThat(cleaned.changed()).isTrue();
        assertThat(anonymiser.clean("Nothing to take out").changed()).isFalse();
    }

    @Test
    void aNameThatIsAlsoAWordIsTakenOnlyWhenWrittenAsAName() {
        Anonymiser may =
                Anonymiser.forChild(new Anonymiser.Identity("May", "Fenwick", List.of(), List.of(), List.of(), null));

        assertThat(may.text("May says she may need a night light"))
                .isEqualTo("The child says she may need a night light");
    }
}
