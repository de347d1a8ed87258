package uk.placementbroker.market.web;

import java.util.List;
import uk.placementbroker.matching.Candidate;
import uk.placementbroker.matching.ScorePart;
import uk.placementbroker.matching.WholeCost;

/** One ranked home as the search page shows it. */
public record SearchResult(
        int rank,
        Candidate candidate,
        long score,
        String explanation,
        List<ScorePart> parts,
        WholeCost cost,
        boolean inHouse) {}
