package uk.placementbroker.matching;

import java.util.List;

/**
 * A market of candidates laid out for searching: the facts the hard constraints test first, held in
 * plain arrays side by side, so that ranking a referral against a national market reads memory in
 * order instead of following every candidate's objects. Built once when the market changes, then
 * searched many times; immutable, so searches may share it.
 */
public final class CandidatePool {

    static final int REGISTERED = 1;
    static final int NOT_INADEQUATE = 2;
    static final int NOT_SUSPENDED = 4;
    static final int PETS = 8;

    final Candidate[] candidates;
    final byte[] placementType;
    final byte[] minimumAge;
    final byte[] maximumAge;
    final byte[] sexes;
    final short[] places;
    final long[] availableFrom;
    final byte[] flags;
    final byte[] youngestOtherChild;
    final long[] specialisms;
    final double[] latitude;
    final double[] longitude;
    final double[] cosLatitude;

    private CandidatePool(List<Candidate> market) {
        int size = market.size();
        candidates = market.toArray(Candidate[]::new);
        placementType = new byte[size];
        minimumAge = new byte[size];
        maximumAge = new byte[size];
        sexes = new byte[size];
        places = new short[size];
        availableFrom = new long[size];
        flags = new byte[size];
        youngestOtherChild = new byte[size];
        specialisms = new long[size];
        latitude = new double[size];
        longitude = new double[size];
        cosLatitude = new double[size];
        for (int i = 0; i < size; i++) {
            Candidate candidate = candidates[i];
            placementType[i] = (byte) candidate.placementType().ordinal();
            minimumAge[i] = (byte) Math.max(-1, Math.min(100, candidate.minimumAge()));
            maximumAge[i] = (byte) Math.max(-1, Math.min(100, candidate.maximumAge()));
            sexes[i] = (byte) mask(candidate.sexes());
            places[i] = (short) Math.min(Short.MAX_VALUE, candidate.places());
            availableFrom[i] = candidate.availableFrom().toEpochDay();
            flags[i] = (byte) ((candidate.registrationActive() ? REGISTERED : 0)
                    | (candidate.ofstedOverall() == null || candidate.ofstedOverall() < 4 ? NOT_INADEQUATE : 0)
                    | (candidate.providerSuspended() ? 0 : NOT_SUSPENDED)
                    | (candidate.pets() ? PETS : 0));
            youngestOtherChild[i] = (byte)
                    (candidate.youngestOtherChild() == null ? -1 : Math.min(100, candidate.youngestOtherChild()));
            specialisms[i] = mask(candidate.specialisms());
            latitude[i] = candidate.location() == null
                    ? Double.NaN
                    : Math.toRadians(candidate.location().latitude());
            longitude[i] = candidate.location() == null
                    ? Double.NaN
                    : Math.toRadians(candidate.location().longitude());
            cosLatitude[i] = Math.cos(latitude[i]);
        }
    }

    public static CandidatePool of(List<Candidate> market) {
        return new CandidatePool(market);
    }

    public int size() {
        return candidates.length;
    }

    /** Every candidate in the pool, in the order it was built. */
    public List<Candidate> candidates() {
        return List.of(candidates);
    }

    static <E extends Enum<E>> long mask(Iterable<E> values) {
        long mask = 0;
        for (E value : values) {
            mask |= 1L << value.ordinal();
        }
        return mask;
    }
}
