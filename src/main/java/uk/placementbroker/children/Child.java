package uk.placementbroker.children;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A child looked after (now or before) by one local authority, with their episodes of care in date order. */
@Table("children_child")
public class Child {

    @Id
    private Long id;

    private long localAuthorityId;
    private String childReference;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private String sex;
    private String ethnicity;
    private String homePostcode;
    private String upn;

    @MappedCollection(idColumn = "child_id", keyColumn = "episode_index")
    private List<Episode> episodes = new ArrayList<>();

    Child() {}

    static Child register(long localAuthorityId, ChildDetails details, List<Episode> episodes) {
        Child child = new Child();
        child.localAuthorityId = localAuthorityId;
        child.childReference = details.childReference();
        child.firstName = details.firstName();
        child.lastName = details.lastName();
        child.dateOfBirth = details.dateOfBirth();
        child.sex = details.sex();
        child.ethnicity = details.ethnicity();
        child.homePostcode = details.homePostcode();
        child.upn = details.upn();
        child.episodes = episodes.stream()
                .sorted(Comparator.comparing(Episode::startDate))
                .toList();
        return child;
    }

    /** A child read back from the database with their episodes, in order. */
    static Child restore(long id, long localAuthorityId, ChildDetails details, List<Episode> episodes) {
        Child child = register(localAuthorityId, details, List.of());
        child.id = id;
        child.episodes = List.copyOf(episodes);
        return child;
    }

    public Long id() {
        return id;
    }

    public long localAuthorityId() {
        return localAuthorityId;
    }

    public String childReference() {
        return childReference;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** The 903 SEX code: 1 male, 2 female. */
    public String sex() {
        return sex;
    }

    /** The 903 ETHNIC code. */
    public String ethnicity() {
        return ethnicity;
    }

    public String upn() {
        return upn;
    }

    public String sexLabel() {
        return "1".equals(sex) ? "Male" : "Female";
    }

    public String ethnicityLabel() {
        return Codes903.ethnicity(ethnicity);
    }

    public String homePostcode() {
        return homePostcode;
    }

    public List<Episode> episodes() {
        return List.copyOf(episodes);
    }

    /**
     * A placement agreed for the child from {@code start}: the open episode ends that day and a new one
     * begins with the same legal status and category of need (903 RNE P: placement and carer change).
     * An episode opened that same day takes the new placement instead. A child not looked after on
     * that day is left as they are: starting care needs a legal status, which only the social worker knows.
     *
     * @return whether the episodes changed
     */
    boolean placedFrom(
            LocalDate start, String placementType, String placementProvider, String placementPostcode, String urn) {
        Optional<Episode> current = currentEpisode();
        if (current.isEmpty() || current.get().startDate().isAfter(start)) {
            return false;
        }
        Episode open = current.get();
        List<Episode> changed = new ArrayList<>(episodes);
        int index = changed.lastIndexOf(open);
        if (open.startDate().equals(start)) {
            changed.set(
                    index,
                    new Episode(
                            open.startDate(),
                            open.reasonForNewEpisode(),
                            open.legalStatus(),
                            open.categoryOfNeed(),
                            placementType,
                            placementProvider,
                            null,
                            null,
                            null,
                            open.homePostcode(),
                            placementPostcode,
                            urn));
        } else {
            changed.set(
                    index,
                    new Episode(
                            open.startDate(),
                            open.reasonForNewEpisode(),
                            open.legalStatus(),
                            open.categoryOfNeed(),
                            open.placementType(),
                            open.placementProvider(),
                            start,
                            "X1",
                            null,
                            open.homePostcode(),
                            open.placementPostcode(),
                            open.urn()));
            changed.add(new Episode(
                    start,
                    "P",
                    open.legalStatus(),
                    open.categoryOfNeed(),
                    placementType,
                    placementProvider,
                    null,
                    null,
                    null,
                    open.homePostcode(),
                    placementPostcode,
                    urn));
        }
        episodes = changed;
        return true;
    }

    /**
     * The placement from {@code placementStart} ended on {@code end}: the open episode it made ends that day with
     * the reason the episode ceased (903 REC) and, when the child moves to another placement (REC X1), the reason
     * for the change (REASON_PLACE_CHANGE). A child who stays looked after begins a new episode the same day with
     * the same legal status and category of need, in an "other placement" (Z1) until the next placement is
     * recorded over it.
     *
     * @return whether the episodes changed: not when the open episode is not this placement's
     */
    boolean placementEnded(
            LocalDate placementStart, LocalDate end, String reasonEpisodeCeased, String reasonPlaceChange) {
        Optional<Episode> current = currentEpisode();
        if (current.isEmpty()
                || current.get().startDate().isBefore(placementStart)
                || !current.get().startDate().isBefore(end)) {
            return false;
        }
        Episode open = current.get();
        boolean staysLookedAfter = "X1".equals(reasonEpisodeCeased);
        List<Episode> changed = new ArrayList<>(episodes);
        changed.set(
                changed.lastIndexOf(open),
                new Episode(
                        open.startDate(),
                        open.reasonForNewEpisode(),
                        open.legalStatus(),
                        open.categoryOfNeed(),
                        open.placementType(),
                        open.placementProvider(),
                        end,
                        reasonEpisodeCeased,
                        staysLookedAfter ? reasonPlaceChange : null,
                        open.homePostcode(),
                        open.placementPostcode(),
                        open.urn()));
        if (staysLookedAfter) {
            changed.add(new Episode(
                    end,
                    "P",
                    open.legalStatus(),
                    open.categoryOfNeed(),
                    "Z1",
                    null,
                    null,
                    null,
                    null,
                    open.homePostcode(),
                    null,
                    null));
        }
        episodes = changed;
        return true;
    }

    public Optional<Episode> currentEpisode() {
        return episodes.stream().filter(Episode::open).reduce((first, second) -> second);
    }

    /** The episode the child was in on the day: what every page means by "now". */
    public Optional<Episode> episodeOn(LocalDate day) {
        return episodes.stream().filter(episode -> episode.covers(day)).reduce((first, second) -> second);
    }
}
