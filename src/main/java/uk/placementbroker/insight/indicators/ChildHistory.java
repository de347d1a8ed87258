package uk.placementbroker.insight.indicators;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the stability measures need to know about one child: the 903 Header facts and their
 * episodes, in date order, turned into placements once.
 *
 * @param sex the 903 SEX code, 1 or 2
 * @param ethnicity the 903 ETHNIC code
 * @param unaccompaniedAsylumSeeking whether the child is in the UASC table
 */
public final class ChildHistory {

    private final String child;
    private final String sex;
    private final LocalDate dateOfBirth;
    private final String ethnicity;
    private final boolean unaccompaniedAsylumSeeking;
    private final List<Episode> episodes;
    private final List<PlacementSpell> placements;

    public ChildHistory(
            String child,
            String sex,
            LocalDate dateOfBirth,
            String ethnicity,
            boolean unaccompaniedAsylumSeeking,
            List<Episode> episodes,
            IndicatorSettings settings) {
        this.child = child;
        this.sex = sex;
        this.dateOfBirth = dateOfBirth;
        this.ethnicity = ethnicity;
        this.unaccompaniedAsylumSeeking = unaccompaniedAsylumSeeking;
        this.episodes =
                episodes.stream().sorted(Comparator.comparing(Episode::start)).toList();
        this.placements = placements(this.episodes, settings);
    }

    public String child() {
        return child;
    }

    public String sex() {
        return sex;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String ethnicity() {
        return ethnicity;
    }

    public boolean unaccompaniedAsylumSeeking() {
        return unaccompaniedAsylumSeeking;
    }

    public List<Episode> episodes() {
        return episodes;
    }

    public Optional<Episode> episodeOn(LocalDate day) {
        for (int i = episodes.size() - 1; i >= 0; i--) {
            if (episodes.get(i).covers(day)) {
                return Optional.of(episodes.get(i));
            }
        }
        return Optional.empty();
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The child's age when they were first looked after, as far as the return shows. */
    public Optional<Integer> ageAtFirstEntry() {
        return episodes.isEmpty()
                ? Optional.empty()
                : Optional.of(ageOn(episodes.get(0).start()));
    }

    /** How many placements the child had on any day from {@code from} to {@code to}, both included. */
    public int placementsBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (PlacementSpell placement : placements) {
            if (placement.overlaps(from, to)) {
                count++;
            }
        }
        return count;
    }

    /** The first day of the unbroken period of care the child is in on that day. */
    public Optional<LocalDate> lookedAfterContinuouslySince(LocalDate day) {
        int index = placementOn(day);
        if (index < 0) {
            return Optional.empty();
        }
        while (index > 0 && !placements.get(index).startsPeriodOfCare()) {
            index--;
        }
        return Optional.of(placements.get(index).start());
    }

    /** The first day the child lived with the carer they have on that day. */
    public Optional<LocalDate> withTheSameCarerSince(LocalDate day) {
        int index = placementOn(day);
        return index < 0
                ? Optional.empty()
                : Optional.of(placements.get(carerStart(index)).start());
    }

    /**
     * For a child placed for adoption on that day: the first day with the carer they were with just before the
     * adoptive placement (walking back over changes that keep the same carer, RNE T, U and L, as the same-carer clause
     * does), or the adoptive placement's own start if care began with it.
     */
    public Optional<LocalDate> adoptivePlacementWithThePreviousOneSince(LocalDate day) {
        int index = placementOn(day);
        if (index < 0 || !placements.get(index).placedForAdoption()) {
            return Optional.empty();
        }
        int adoptiveStart = index;
        while (adoptiveStart > 0
                && placements.get(adoptiveStart - 1).placedForAdoption()
                && !placements.get(adoptiveStart).startsPeriodOfCare()) {
            adoptiveStart--;
        }
        if (adoptiveStart == 0 || placements.get(adoptiveStart).startsPeriodOfCare()) {
            return Optional.of(placements.get(adoptiveStart).start());
        }
        return Optional.of(placements.get(carerStart(adoptiveStart - 1)).start());
    }

    List<PlacementSpell> placements() {
        return placements;
    }

    private int placementOn(LocalDate day) {
        for (int i = placements.size() - 1; i >= 0; i--) {
            if (placements.get(i).covers(day)) {
                return i;
            }
        }
        return -1;
    }

    private int carerStart(int index) {
        while (index > 0 && !placements.get(index).newCarer()) {
            index--;
        }
        return index;
    }

    private static List<PlacementSpell> placements(List<Episode> episodes, IndicatorSettings settings) {
        List<PlacementSpell> placements = new ArrayList<>();
        Episode previous = null;
        Episode beforeTemporary = null;
        for (Episode episode : episodes) {
            boolean continuesCare = previous != null
                    && episode.start().equals(previous.end())
                    && episode.reason() != ReasonForNewEpisode.S;
            if (!continuesCare) {
                placements.add(new PlacementSpell(episode.start(), episode.end(), true, true, episode));
                beforeTemporary = null;
            } else if (!episode.reason().startsPlacement()
                    || (!settings.countTemporaryPlacements() && isTemporaryOrReturnFromIt(episode, beforeTemporary))) {
                if (!settings.countTemporaryPlacements() && episode.temporary() && beforeTemporary == null) {
                    beforeTemporary = previous;
                }
                PlacementSpell current = placements.remove(placements.size() - 1);
                placements.add(current.continuedBy(episode));
                if (!episode.temporary()) {
                    beforeTemporary = null;
                }
            } else {
                placements.add(new PlacementSpell(
                        episode.start(), episode.end(), episode.reason().changesCarer(), false, episode));
                beforeTemporary = null;
            }
            previous = episode;
        }
        return List.copyOf(placements);
    }

    /** A temporary placement, or the return to where the child was before it, is not a placement of its own. */
    private static boolean isTemporaryOrReturnFromIt(Episode episode, Episode beforeTemporary) {
        return episode.temporary() || (beforeTemporary != null && episode.samePlaceAs(beforeTemporary));
    }
}
