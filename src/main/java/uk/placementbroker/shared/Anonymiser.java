package uk.placementbroker.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What staff write about a child, made fit for providers to read: everything that would say who the child is
 * comes out, and the rest stays as written. It takes out the child's recorded names (first names alone, names
 * they are known by, their family's), names after a title or a relation ("her brother Josh"), dates in every
 * common form, full postcodes (the outward code stays), street addresses, schools and nurseries, phone numbers,
 * e-mail addresses, NHS numbers and other long numbers, and the child's 903 reference and UPN. Capitalised words
 * mark school and street names; a school written all in lower case is left for the broker to see in the preview.
 */
public final class Anonymiser {

    /** Who the child is, as recorded: nothing here may reach a provider. */
    public record Identity(
            String firstName,
            String lastName,
            List<String> knownAs,
            List<String> familyNames,
            List<String> references,
            String homePostcode) {

        public Identity {
            knownAs = knownAs == null ? List.of() : List.copyOf(knownAs);
            familyNames = familyNames == null ? List.of() : List.copyOf(familyNames);
            references = references == null
                    ? List.of()
                    : references.stream().filter(reference -> reference != null).toList();
        }
    }

    /** What was taken out, in the words the broker's preview uses. */
    public enum Kind {
        CHILD_NAME("the child's name"),
        NAME("a name"),
        DATE("a date"),
        POSTCODE("a full postcode"),
        ADDRESS("a street address"),
        SCHOOL("a school or nursery"),
        PHONE("a phone number"),
        EMAIL("an e-mail address"),
        LINK("a link or user name"),
        REFERENCE("the child's reference"),
        NUMBER("an identifying number");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * A stretch of the text as providers read it: {@code original} is what was written there when it was taken
     * out ({@code removed} says why), or null when it is kept as written.
     */
    public record Part(String text, String original, Kind removed) {

        public boolean taken() {
            return removed != null;
        }
    }

    /** A text as providers read it, in parts, so that a preview can show what was taken out. */
    public record Cleaned(List<Part> parts) {

        public String text() {
            return parts.stream().map(Part::text).collect(Collectors.joining());
        }

        public boolean changed() {
            return parts.stream().anyMatch(Part::taken);
        }
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY_NUMBER = "(?:[12]\\d|3[01]|0?[1-9])";
    private static final String DAY = DAY_NUMBER + "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String STREET = "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres"
            + "|court|ct|place|pl|grove|gardens|gdns|terrace|walk|hill|park|square|sq|mews|row|rise|view|green"
            + "|parade|vale|mead|meadows?|fields|yard|boulevard|gate|wharf|quay|heights|chase|croft|wood";
    private static final String SMALL_WORDS = "(?:the|a|an|of|to|in|on|at|down|up|along|from|and|or|by|near|off"
            + "|over|round|across|for|with|minutes?|mins?|miles?|hours?|days?|weeks?|times?|metres?|yards?)";
    private static final String RELATION = "(?:mum|mom|mother|dad|father|brothers?|sisters?|half[- ]?brother"
            + "|half[- ]?sister|step[- ]?brother|step[- ]?sister|step[- ]?mum|step[- ]?dad|step[- ]?mother"
            + "|step[- ]?father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa"
            + "|grandfather|aunt|auntie|aunty|uncle|cousin|boyfriend|girlfriend|partner|friend|carer|baby)";
    private static final String NOT_A_NAME = "(?!(?:The|And|But|He|She|They|It|Is|Was|Has|Had|Who|When|If|In|On"
            + "|At|To|Of|For|With|This|That|We|I|You|Mum|Dad)\\b)";

    private record Detector(Kind kind, Pattern pattern, Function<Matcher, String> replacement, int group) {

        Detector(Kind kind, Pattern pattern, String replacement) {
            this(kind, pattern, match -> replacement, 0);
        }
    }

    /** The shapes that identify anyone, whatever the child; earlier ones win a tie of the same stretch. */
    private static final List<Detector> SHAPES = List.of(
            new Detector(
                    Kind.EMAIL,
                    Pattern.compile("[\\w.%+'-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS),
                    "[e-mail address]"),
            new Detector(
                    Kind.LINK,
                    Pattern.compile(
                            "\\b(?:https?://|www\\.)\\S+|(?<![\\w@])@[A-Za-z0-9_]{3,}", Pattern.CASE_INSENSITIVE),
                    "[link]"),
            new Detector(
                    Kind.DATE,
                    Pattern.compile(
                            "\\b(?:the\\s+)?" + DAY + "(?:\\s+of\\s+|[\\s\\-/.]*)" + MONTH + "(?![a-z])(?:,?[\\s\\-/.]*"
                                    + YEAR + "\\b|[\\s\\-/.]+'?\\d{2}\\b)?",
                            Pattern.CASE_INSENSITIVE),
                    "[date]"),
            new Detector(
                    Kind.DATE,
                    Pattern.compile(
                            "\\b" + MONTH + "\\s+(?:the\\s+)?" + DAY + "\\b(?:,?\\s*" + YEAR + "\\b)?",
                            Pattern.CASE_INSENSITIVE),
                    "[date]"),
            new Detector(
                    Kind.DATE,
                    Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE),
                    "[date]"),
            // The same separator twice, so that "10.30-11.30" stays a time.
            new Detector(
                    Kind.DATE,
                    Pattern.compile(
                            "\\b" + DAY_NUMBER + "\\s*([/.\\-])\\s*" + DAY_NUMBER + "\\s*\\1\\s*(?:\\d{4}|\\d{2})\\b"),
                    "[date]"),
            new Detector(
                    Kind.DATE,
                    Pattern.compile("\\b" + YEAR + "([/.\\-])\\d{1,2}\\1\\d{1,2}\\b|\\b" + DAY_NUMBER + "\\s"
                            + DAY_NUMBER + "\\s" + YEAR + "\\b"),
                    "[date]"),
            new Detector(Kind.DATE, Pattern.compile("\\b(?:0?[1-9]|1[0-2])([/.\\-])" + YEAR + "\\b"), "[date]"),
            // A day and month alone is a birthday only after a word that says so: "24/7" is not a date.
            new Detector(
                    Kind.DATE,
                    Pattern.compile(
                            "(?i:birthday|birth date|date of birth|born(?: on)?|dob|d\\.o\\.b\\.?)[\\s:,-]{0,3}("
                                    + DAY_NUMBER + "[/.\\-]\\d{1,2})(?![\\w/.\\-])"),
                    match -> "[date]",
                    1),
            new Detector(
                    Kind.POSTCODE,
                    Pattern.compile(
                            "\\b([A-Z]{1,2}\\d[A-Z\\d]?)[\\s\\-–]*(\\d[ABD-HJLNP-UW-Z]{2})\\b",
                            Pattern.CASE_INSENSITIVE),
                    match -> match.group(1).toUpperCase(Locale.ROOT),
                    0),
            new Detector(
                    Kind.REFERENCE,
                    Pattern.compile("\\b[A-Z]\\d{11}[0-9A-Z]\\b", Pattern.CASE_INSENSITIVE),
                    "[reference]"),
            new Detector(
                    Kind.PHONE,
                    Pattern.compile(
                            "(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d(?:[\\s\\-()]{0,2}\\d){8,9}(?!\\w)"),
                    "[phone number]"),
            new Detector(
                    Kind.NUMBER,
                    Pattern.compile("(?<![\\w+])\\+?\\(?\\d(?:[\\s\\-()]{0,2}\\d){6,}(?!\\w)"),
                    "[number]"),
            new Detector(
                    Kind.ADDRESS,
                    Pattern.compile("\\b(?:(?i:flat|apartment|unit)\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-zA-Z]?,?\\s+"
                            + "(?:(?:[A-Z][\\w'’-]*|(?!" + SMALL_WORDS + "\\b)(?i:[a-z][\\w'’-]*))\\s+){1,3}"
                            + "(?i:" + STREET + ")\\b\\.?"),
                    "[address]"),
            new Detector(
                    Kind.ADDRESS,
                    Pattern.compile("\\b(?:[A-Z][a-z'’]+\\s+){1,2}(?:Road|Street|Avenue|Lane|Crescent|Terrace|Gardens"
                            + "|Grove|Mews|Drive|Close)\\b"),
                    "[address]"),
            new Detector(
                    Kind.SCHOOL,
                    Pattern.compile("\\b[A-Z][\\w'’.&-]*\\s+(?:(?:[A-Z][\\w'’.&-]*|of|the|and|&)\\s+){0,5}"
                            + "(?:(?:Primary|Infants?|Junior|Secondary|High|Grammar|Middle|Free|Special)\\s+)?"
                            + "(?:Primary|Academy|School|College|Nursery|Pre-?[Ss]chool|Kindergarten|Infants"
                            + "|Children's Centre|Pupil Referral Unit|PRU)\\b"),
                    "[school]"),
            new Detector(
                    Kind.NAME,
                    Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+" + NOT_A_NAME + "[A-Z][\\w'’-]+"),
                    "[name]"),
            new Detector(
                    Kind.NAME,
                    Pattern.compile("\\b(?i:" + RELATION + ")(?:,|\\s+(?:is|was|called|named))?\\s+(" + NOT_A_NAME
                            + "[A-Z][a-z'’-]+)"),
                    match -> "[name]",
                    1));

    /** Names that are also everyday words: only their capitalised form is taken as the name. */
    private static final Set<String> EVERYDAY_WORDS = Set.of(
            "may", "will", "hope", "grace", "summer", "sky", "rose", "joy", "faith", "april", "june", "august",
            "autumn", "dawn", "angel", "honey", "rich", "bill", "mark", "sandy", "penny", "ruby", "jack", "bob",
            "frank", "guy", "art", "pat", "ray", "sue", "hunter", "mason", "baker", "cook", "brown", "green", "white",
            "black", "young", "king", "hall", "wood", "hill", "long", "little", "page", "price", "day");

    private final List<Detector> detectors;

    private Anonymiser(List<Detector> detectors) {
        this.detectors = detectors;
    }

    /** The anonymiser for text about this child. */
    public static Anonymiser forChild(Identity child) {
        List<Detector> detectors = new ArrayList<>();
        for (String reference : child.references()) {
            String characters = reference.replaceAll("[^A-Za-z0-9]", "");
            if (characters.length() >= 3) {
                detectors.add(new Detector(
                        Kind.REFERENCE,
                        Pattern.compile(
                                "(?<![A-Za-z0-9])"
                                        + characters
                                                .chars()
                                                .mapToObj(c -> Pattern.quote(String.valueOf((char) c)))
                                                .collect(Collectors.joining("[\\s\\-/.]?"))
                                        + "(?![A-Za-z0-9])",
                                Pattern.CASE_INSENSITIVE),
                        "[reference]"));
            }
        }
        detectors.addAll(SHAPES);
        Set<String> childNames = new LinkedHashSet<>();
        childNames.add(join(child.firstName(), child.lastName()));
        childNames.add(child.firstName());
        childNames.addAll(parts(child.firstName()));
        child.knownAs().forEach(name -> {
            childNames.add(name);
            childNames.addAll(parts(name));
        });
        Set<String> otherNames = new LinkedHashSet<>();
        otherNames.add(child.lastName());
        otherNames.addAll(parts(child.lastName()));
        child.familyNames().forEach(name -> {
            otherNames.add(name);
            otherNames.addAll(parts(name));
        });
        childNames.stream()
                .filter(Anonymiser::isName)
                .forEach(name -> detectors.add(nameDetector(name, Kind.CHILD_NAME)));
        otherNames.stream()
                .filter(Anonymiser::isName)
                .filter(name -> !childNames.contains(name))
                .forEach(name -> detectors.add(nameDetector(name, Kind.NAME)));
        return new Anonymiser(List.copyOf(detectors));
    }

    /** Text that is about no child in particular: only the shapes that identify anyone are taken out. */
    public static Anonymiser forAnyone() {
        return new Anonymiser(SHAPES);
    }

    /** The text as providers read it; null for no text. */
    public String text(String text) {
        return text == null || text.isBlank() ? null : clean(text).text();
    }

    public Cleaned clean(String text) {
        if (text == null) {
            return new Cleaned(List.of());
        }
        List<Found> found = new ArrayList<>();
        for (int order = 0; order < detectors.size(); order++) {
            Detector detector = detectors.get(order);
            Matcher matcher = detector.pattern().matcher(text);
            while (matcher.find()) {
                if (matcher.end(detector.group()) > matcher.start(detector.group())) {
                    found.add(new Found(
                            matcher.start(detector.group()),
                            matcher.end(detector.group()),
                            order,
                            detector.kind(),
                            detector.replacement().apply(matcher)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start)
                .thenComparing(Comparator.comparingInt(Found::length).reversed())
                .thenComparingInt(Found::order));
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (Found one : found) {
            if (one.start() < at) {
                continue;
            }
            if (one.start() > at) {
                parts.add(new Part(text.substring(at, one.start()), null, null));
            }
            String replacement = one.kind() == Kind.CHILD_NAME && startsSentence(text, one.start())
                    ? "The child"
                    : one.replacement();
            parts.add(new Part(replacement, text.substring(one.start(), one.end()), one.kind()));
            at = one.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null, null));
        }
        return new Cleaned(List.copyOf(parts));
    }

    private record Found(int start, int end, int order, Kind kind, String replacement) {

        int length() {
            return end - start;
        }
    }

    private static Detector nameDetector(String name, Kind kind) {
        String quoted = Pattern.quote(name.strip()).replace(" ", "\\E\\s+\\Q");
        boolean everyday = EVERYDAY_WORDS.contains(name.strip().toLowerCase(Locale.ROOT));
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (everyday ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Detector(
                kind,
                Pattern.compile("(?<![\\w-])" + (everyday ? capitalised(quoted) : quoted) + "(?![\\w-])", flags),
                kind == Kind.CHILD_NAME ? "the child" : "[name]");
    }

    private static String capitalised(String quoted) {
        // "\Qmay\E" -> "\QMay\E": the quoted text starts after the two-character \Q.
        return quoted.substring(0, 2) + Character.toUpperCase(quoted.charAt(2)) + quoted.substring(3);
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(') {
                return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
            }
            if (c == '\n') {
                return true;
            }
        }
        return true;
    }

    private static boolean isName(String name) {
        return name != null && name.strip().length() > 1;
    }

    private static List<String> parts(String name) {
        if (name == null) {
            return List.of();
        }
        String[] parts = name.strip().split("[\\s\\-]+");
        return parts.length > 1 ? List.of(parts) : List.of();
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
    }
}
