package uk.placementbroker.shared;

/**
 * The needs and risks a referral records and a home can specialise in: the product's fixed taxonomy,
 * covering the draft Placements Standard's risk categories. Documented in {@code docs/needs.md}.
 */
public enum Need {
    EMOTIONAL_AND_BEHAVIOURAL("emotional and behavioural difficulties"),
    MENTAL_HEALTH("mental health"),
    SELF_HARM("self-harm"),
    LEARNING_DIFFICULTY("learning difficulties"),
    PHYSICAL_DISABILITY("physical disability"),
    SENSORY_IMPAIRMENT("sensory impairment"),
    AUTISM("autism"),
    HEALTH("health needs"),
    EDUCATION("education"),
    MISSING_EPISODES("missing episodes"),
    CHILD_SEXUAL_EXPLOITATION("child sexual exploitation"),
    CRIMINAL_EXPLOITATION("criminal exploitation"),
    GANG_AFFILIATION("gang affiliation or exploiting others"),
    OFFENDING("offending"),
    SUBSTANCE_MISUSE("substance misuse"),
    EATING_DISORDER("eating disorder"),
    HARMFUL_SEXUAL_BEHAVIOUR("harmful sexual behaviour"),
    FIRE_SETTING("fire setting"),
    HARM_TO_ANIMALS("harm to animals"),
    VIOLENCE_TO_OTHERS("violence to others"),
    RADICALISATION("radicalisation"),
    TRAFFICKING("trafficking");

    private final String words;

    Need(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
