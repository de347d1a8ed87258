package uk.placementbroker.referral.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Postcode;
import uk.placementbroker.shared.Typed;

/**
 * The referral's question pages, one topic each, in order. Each page reads its own fields from the form
 * into the referral's answers, checking only that each is well formed (a real date, a postcode, a
 * number); whether the referral is complete is checked when it is sent.
 */
public enum ReferralPage {
    PLACEMENT("placement", "The placement needed"),
    LOCATION("location", "Where the child should live"),
    NEEDS("needs", "Needs and risks"),
    LIVING("living", "Identity and day-to-day living"),
    CRITERIA("criteria", "Criteria, outcomes and budget");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String slug;
    private final String title;

    ReferralPage(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Optional<ReferralPage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public static Optional<ReferralPage> of(String slug) {
        return Arrays.stream(values()).filter(page -> page.slug.equals(slug)).findFirst();
    }

    /** The answers with this page's fields taken from the form; problems go under each field's id. */
    ReferralDetails read(ReferralDetails details, MultiValueMap<String, String> form, Map<String, String> problems) {
        ObjectNode answers = JSON.valueToTree(details);
        switch (this) {
            case PLACEMENT -> {
                ObjectNode suitability = answers.putObject("suitability");
                for (PlacementType type : List.of(
                        PlacementType.FOSTERING, PlacementType.RESIDENTIAL, PlacementType.SUPPORTED_ACCOMMODATION)) {
                    String answer = form.getFirst("suitability-" + type.name());
                    if (answer != null && !answer.isBlank()) {
                        suitability.put(type.name(), answer);
                    }
                }
                strings(answers, "otherTypes", form.get("otherTypes"));
                text(answers, "urgency", form.getFirst("urgency"));
                LocalDate neededBy = date(form, "neededBy", "the date the child needs to move by", problems);
                answers.put("neededBy", neededBy == null ? null : neededBy.toString());
                text(answers, "expectedDuration", form.getFirst("expectedDuration"));
                number(
                        answers,
                        "siblingsToPlaceWith",
                        form.getFirst("siblingsToPlaceWith"),
                        0,
                        10,
                        "Enter how many brothers and sisters are to be placed with the child, from 0 to 10",
                        problems);
            }
            case LOCATION -> {
                postcode(answers, "homePostcode", form.getFirst("homePostcode"), "the child's home", problems);
                postcode(answers, "schoolPostcode", form.getFirst("schoolPostcode"), "the child's school", problems);
                number(
                        answers,
                        "maximumMiles",
                        form.getFirst("maximumMiles"),
                        1,
                        500,
                        "Enter the furthest from home in whole miles, such as 20, or leave it blank",
                        problems);
                strings(answers, "areasToAvoid", split(form.getFirst("areasToAvoid"), "[,;\\n]"));
                text(answers, "areaPreference", form.getFirst("areaPreference"));
                text(answers, "preferredLocation", form.getFirst("preferredLocation"));
            }
            case NEEDS -> {
                List<String> needs = form.get("needs") == null ? new ArrayList<>() : new ArrayList<>(form.get("needs"));
                List<String> high = form.get("highNeeds") == null ? List.of() : form.get("highNeeds");
                high.stream().filter(need -> !needs.contains(need)).forEach(needs::add);
                strings(answers, "needs", needs);
                strings(answers, "highNeeds", high);
                text(answers, "riskToChildOther", form.getFirst("riskToChildOther"));
                text(answers, "riskToOthersOther", form.getFirst("riskToOthersOther"));
            }
            case LIVING -> {
                text(answers, "ethnicity", form.getFirst("ethnicity"));
                text(answers, "religion", form.getFirst("religion"));
                text(answers, "language", form.getFirst("language"));
                answers.put("languageEssential", "true".equals(form.getFirst("languageEssential")));
                if ("true".equals(form.getFirst("languageEssential")) && blank(form.getFirst("language"))) {
                    problems.put("language", "Enter the language the carers must speak");
                }
                strings(answers, "communication", form.get("communication"));
                text(answers, "culturalNeeds", form.getFirst("culturalNeeds"));
                text(answers, "culturalNeedsDetail", form.getFirst("culturalNeedsDetail"));
                answers.put("adaptationsNeeded", "true".equals(form.getFirst("adaptationsNeeded")));
                strings(answers, "adaptations", split(form.getFirst("adaptations"), "[,;\\n]"));
                if ("true".equals(form.getFirst("adaptationsNeeded"))
                        && split(form.getFirst("adaptations"), "[,;\\n]").isEmpty()) {
                    problems.put("adaptations", "Say which adaptations the home needs");
                }
                text(answers, "alongside", form.getFirst("alongside"));
                text(answers, "pets", form.getFirst("pets"));
                String liberty = form.getFirst("deprivationOfLiberty");
                if (liberty == null || liberty.isBlank()) {
                    answers.putNull("deprivationOfLiberty");
                } else {
                    answers.put("deprivationOfLiberty", "true".equals(liberty));
                }
                strings(answers, "additionalSupport", form.get("additionalSupport"));
                text(answers, "additionalSupportDetail", form.getFirst("additionalSupportDetail"));
            }
            case CRITERIA -> {
                strings(answers, "essentialCriteria", split(form.getFirst("essentialCriteria"), "\\n"));
                strings(answers, "preferences", split(form.getFirst("preferences"), "\\n"));
                strings(answers, "outcomes", split(form.getFirst("outcomes"), "\\n"));
                text(answers, "supportInPlace", form.getFirst("supportInPlace"));
                String budget = form.getFirst("weeklyBudgetPounds");
                number(
                        answers,
                        "weeklyBudgetPounds",
                        budget == null ? null : budget.replace("£", "").replace(",", ""),
                        0,
                        100_000,
                        "Enter the weekly budget in whole pounds, such as 950, or leave it blank",
                        problems);
                text(answers, "budgetNote", form.getFirst("budgetNote"));
            }
        }
        try {
            return JSON.treeToValue(answers, ReferralDetails.class);
        } catch (tools.jackson.databind.DatabindException notAnOption) {
            problems.put(formField(notAnOption), "Choose one of the options listed");
            return details;
        }
    }

    /** The form field an answer came from: {@code suitability.FOSTERING} is {@code suitability-FOSTERING}. */
    private static String formField(tools.jackson.databind.DatabindException unreadable) {
        List<String> path = unreadable.getPath().stream()
                .map(tools.jackson.core.JacksonException.Reference::getPropertyName)
                .filter(name -> name != null)
                .toList();
        return path.isEmpty() ? "form" : String.join("-", path);
    }

    /** The needs and risks of the Placements Standard's thirteen risk categories, then the rest of the taxonomy. */
    public static List<Need> needsInOrder() {
        return List.of(
                Need.SELF_HARM,
                Need.CHILD_SEXUAL_EXPLOITATION,
                Need.CRIMINAL_EXPLOITATION,
                Need.SUBSTANCE_MISUSE,
                Need.EATING_DISORDER,
                Need.MISSING_EPISODES,
                Need.VIOLENCE_TO_OTHERS,
                Need.HARMFUL_SEXUAL_BEHAVIOUR,
                Need.FIRE_SETTING,
                Need.HARM_TO_ANIMALS,
                Need.GANG_AFFILIATION,
                Need.EMOTIONAL_AND_BEHAVIOURAL,
                Need.MENTAL_HEALTH,
                Need.LEARNING_DIFFICULTY,
                Need.AUTISM,
                Need.PHYSICAL_DISABILITY,
                Need.SENSORY_IMPAIRMENT,
                Need.HEALTH,
                Need.EDUCATION,
                Need.OFFENDING,
                Need.RADICALISATION,
                Need.TRAFFICKING);
    }

    private static void text(ObjectNode answers, String field, String value) {
        if (blank(value)) {
            answers.putNull(field);
        } else {
            answers.put(field, value.strip());
        }
    }

    private static void strings(ObjectNode answers, String field, List<String> values) {
        ArrayNode array = answers.putArray(field);
        if (values != null) {
            values.stream()
                    .filter(value -> !blank(value))
                    .map(String::strip)
                    .distinct()
                    .forEach(array::add);
        }
    }

    private static void number(
            ObjectNode answers,
            String field,
            String value,
            int lowest,
            int highest,
            String problem,
            Map<String, String> problems) {
        if (blank(value)) {
            answers.putNull(field);
            return;
        }
        Optional<Integer> number = Typed.wholeNumber(value, lowest, highest);
        if (number.isPresent()) {
            answers.put(field, number.get());
        } else {
            problems.put(field, problem);
            answers.putNull(field);
        }
    }

    private static void postcode(
            ObjectNode answers, String field, String value, String what, Map<String, String> problems) {
        if (blank(value)) {
            answers.putNull(field);
            return;
        }
        Optional<Postcode> postcode = Postcode.parse(value);
        if (postcode.isEmpty()) {
            problems.put(field, "Enter a real postcode for " + what + ", such as NN1 2AB");
            answers.put(field, value.strip());
        } else {
            answers.put(field, postcode.get().toString());
        }
    }

    private static LocalDate date(
            MultiValueMap<String, String> form, String field, String what, Map<String, String> problems) {
        String day = form.getFirst(field + "Day");
        String month = form.getFirst(field + "Month");
        String year = form.getFirst(field + "Year");
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        LocalDate today = LocalDate.now();
        Optional<LocalDate> date = Typed.date(day, month, year, today.minusYears(1), today.plusYears(2));
        if (date.isEmpty()) {
            problems.put(field + "Day", "Enter " + what + " as a real date within two years, such as 3 12 2026");
        }
        return date.orElse(null);
    }

    private static List<String> split(String text, String separator) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The page's fields as they stand in the answers, for filling in the form again. */
    static Map<String, Object> values(ReferralDetails details) {
        JsonNode node = JSON.valueToTree(details);
        Map<String, Object> values = new LinkedHashMap<>();
        node.properties()
                .forEach(entry -> values.put(
                        entry.getKey(),
                        entry.getValue().isArray()
                                ? String.join(
                                        entry.getKey().equals("areasToAvoid")
                                                        || entry.getKey().equals("adaptations")
                                                ? ", "
                                                : "\n",
                                        iterable(entry.getValue()))
                                : entry.getValue().isNull() || entry.getValue().isObject()
                                        ? ""
                                        : entry.getValue().asString()));
        return values;
    }

    private static List<String> iterable(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
