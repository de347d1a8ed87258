package uk.placementbroker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever staff type: none of the child's recorded identifying values ever comes out of the anonymiser, in any of
 * the ways people write them, and ordinary words about a child's needs come out as they went in.
 */
class AnonymiserProperties {

    private static final List<String> ORDINARY = List.of(
            "needs a calm home",
            "likes swimming and football",
            "settles well with a routine",
            "has contact twice a month",
            "her social worker visits weekly",
            "struggles at night",
            "enjoys drawing",
            "attends school every day",
            "needs 24/7 support",
            "1:1 at weekends",
            "therapy from 10.30-11.30",
            "a carer at home in the day",
            "no missing episodes for six months",
            "within 20 miles of her school",
            "two hours in the park",
            "five minutes down the road",
            "she may need help with reading",
            "Contact with mum is supervised.",
            "He is anxious around dogs;",
            "CAMHS appointments weekly,",
            "and",
            "but",
            "because");

    private static final List<String> DATE_FORMS = List.of(
            "d/M/yyyy",
            "dd/MM/yyyy",
            "dd/MM/yy",
            "d.M.yyyy",
            "d.M.yy",
            "yyyy-MM-dd",
            "d-M-yyyy",
            "dd-MM-yyyy",
            "d MMMM yyyy",
            "d MMM yyyy",
            "dd MMMM yyyy",
            "MMMM d, yyyy",
            "MMMM d yyyy",
            "d-MMM-yyyy",
            "dd MM yyyy",
            "MMMM yyyy",
            "d MMMM",
            "MMMM d");

    /** A child's record: who they are, and when they were born. */
    record Child(Anonymiser.Identity identity, LocalDate dateOfBirth) {}

    @Property(tries = 400)
    void noneOfTheChildsRecordedValuesReachesProviders(
            @ForAll("children") Child record, @ForAll("seeds") List<Integer> choices) {
        Anonymiser.Identity child = record.identity();
        String written = writtenAbout(record, choices);

        String read = Anonymiser.forChild(child).text(written);

        for (String name : names(child)) {
            assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
                            .matcher(read)
                            .find())
                    .as("the name %s in %s, written as %s", name, read, written)
                    .isFalse();
        }
        for (String form : DATE_FORMS) {
            String date = DateTimeFormatter.ofPattern(form, Locale.UK).format(record.dateOfBirth());
            assertThat(read.toLowerCase(Locale.ROOT))
                    .as("the date of birth as %s, written as %s", form, written)
                    .doesNotContain(date.toLowerCase(Locale.ROOT));
        }
        String[] postcode = child.homePostcode().split(" ");
        assertThat(Pattern.compile(postcode[0] + "[\\s\\-]*" + postcode[1], Pattern.CASE_INSENSITIVE)
                        .matcher(read)
                        .find())
                .as("the home postcode in %s, written as %s", read, written)
                .isFalse();
        for (String reference : child.references()) {
            assertThat(Pattern.compile(
                                    reference
                                            .chars()
                                            .mapToObj(c -> String.valueOf((char) c))
                                            .collect(Collectors.joining("[\\s\\-]?")),
                                    Pattern.CASE_INSENSITIVE)
                            .matcher(read)
                            .find())
                    .as("the reference %s in %s, written as %s", reference, read, written)
                    .isFalse();
        }
    }

    @Property(tries = 300)
    void ordinaryWordsAboutNeedsAreKeptAsWritten(
            @ForAll("children") Child record, @ForAll("seeds") List<Integer> choices) {
        String written = choices.stream()
                .map(choice -> ORDINARY.get(choice % ORDINARY.size()))
                .collect(Collectors.joining(" "));

        assertThat(Anonymiser.forChild(record.identity()).text(written)).isEqualTo(written);
    }

    /** Ordinary words with the child's values among them, each written one of the ways people write it. */
    private static String writtenAbout(Child record, List<Integer> choices) {
        Anonymiser.Identity child = record.identity();
        LocalDate born = record.dateOfBirth();
        List<String> names = names(child);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            int choice = choices.get(i);
            String piece = switch (choice % 8) {
                case 0 -> ORDINARY.get(choice / 8 % ORDINARY.size());
                case 1 -> nameAsWritten(names.get(choice / 8 % names.size()), choice / 64);
                case 2 ->
                    "born "
                            + DateTimeFormatter.ofPattern(DATE_FORMS.get(choice / 8 % DATE_FORMS.size()), Locale.UK)
                                    .format(born);
                case 3 -> "lives in " + postcodeAsWritten(child.homePostcode(), choice / 8);
                case 4 -> "ref " + referenceAsWritten(child.references().get(choice / 8 % 2), choice / 16);
                case 5 -> "her mum " + child.familyNames().get(0) + " phoned";
                case 6 ->
                    "DOB " + born.getDayOfMonth() + ordinal(born.getDayOfMonth())
                            + DateTimeFormatter.ofPattern(" MMMM yyyy", Locale.UK)
                                    .format(born);
                default ->
                    "the " + born.getDayOfMonth() + ordinal(born.getDayOfMonth()) + " of "
                            + DateTimeFormatter.ofPattern("MMMM", Locale.UK).format(born);
            };
            text.append(i == 0 ? "" : " ").append(piece);
        }
        return text.toString();
    }

    private static String nameAsWritten(String name, int how) {
        return switch (how % 4) {
            case 0 -> name;
            case 1 -> name.toLowerCase(Locale.ROOT);
            case 2 -> name.toUpperCase(Locale.ROOT);
            default -> name + "'s";
        };
    }

    private static String postcodeAsWritten(String postcode, int how) {
        return switch (how % 4) {
            case 0 -> postcode;
            case 1 -> postcode.replace(" ", "-");
            case 2 -> postcode.replace(" ", "");
            default -> postcode.toLowerCase(Locale.ROOT);
        };
    }

    private static String referenceAsWritten(String reference, int how) {
        return switch (how % 3) {
            case 0 -> reference;
            case 1 -> reference.toLowerCase(Locale.ROOT);
            default -> reference.substring(0, 2) + " " + reference.substring(2);
        };
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static List<String> names(Anonymiser.Identity child) {
        return Stream.of(
                        Stream.of(child.firstName(), child.lastName()),
                        child.knownAs().stream(),
                        child.familyNames().stream().flatMap(name -> Stream.of(name.split(" "))))
                .flatMap(names -> names)
                .toList();
    }

    @Provide
    Arbitrary<List<Integer>> seeds() {
        return Arbitraries.integers().between(0, 100_000).list().ofMinSize(1).ofMaxSize(14);
    }

    @Provide
    Arbitrary<Child> children() {
        Arbitrary<String> name = Arbitraries.of("ka", "ri", "zo", "bel", "dra", "mon", "tsi", "vel", "qu", "ash", "orn")
                .list()
                .ofMinSize(2)
                .ofMaxSize(4)
                .map(syllables -> {
                    String joined = String.join("", syllables);
                    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
                });
        Arbitrary<String> reference = Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                        Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(6))
                .as((letters, digits) -> letters + digits);
        Arbitrary<String> upn = Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                        Arbitraries.strings().numeric().ofLength(12))
                .as((letter, digits) -> letter + digits);
        Arbitrary<String> postcode = Combinators.combine(
                        Arbitraries.strings()
                                .withCharRange('A', 'Z')
                                .ofMinLength(1)
                                .ofMaxLength(2),
                        Arbitraries.integers().between(1, 29),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.strings().withChars("ABDEFGHJLNPQRSTUWXYZ").ofLength(2))
                .as((area, district, sector, unit) -> area + district + " " + sector + unit);
        Arbitrary<LocalDate> born = Arbitraries.integers()
                .between(0, 20 * 365)
                .map(days -> LocalDate.parse("2006-01-01").plusDays(days));
        return Combinators.combine(
                        name,
                        name,
                        name.list().ofMaxSize(2),
                        Combinators.combine(name, name)
                                .as((first, last) -> first + " " + last)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(3),
                        born,
                        reference,
                        upn,
                        postcode)
                .as((first, last, knownAs, family, dateOfBirth, ref, pupilNumber, home) -> new Child(
                        new Anonymiser.Identity(first, last, knownAs, family, List.of(ref, pupilNumber), home),
                        dateOfBirth));
    }
}
