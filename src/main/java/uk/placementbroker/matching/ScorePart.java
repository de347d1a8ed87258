package uk.placementbroker.matching;

/**
 * One factor's part in a candidate's score.
 *
 * @param value how well the candidate does on it, from 0 to 1
 * @param words what it means for this child, such as "12 miles from school"
 */
public record ScorePart(Factor factor, double weight, double value, String words) {}
