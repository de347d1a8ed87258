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
        child.episodes = episodes.stream().sorted(Comparator.comparing(Episode::startDate)).toList();
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

    public Optional<Episode> currentEpisode() {
        return episodes.stream().filter(Episode::open).reduce((first, second) -> second);
    }
}
