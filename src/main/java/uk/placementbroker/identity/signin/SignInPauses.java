package uk.placementbroker.identity.signin;

import java.time.Duration;

/**
 * How long signing in as one username from one address waits after wrong passwords in a row: not at all
 * at first, then a pause that doubles with each further wrong password, up to the longest. Guessing a
 * password slows to a crawl, and nobody else is kept out.
 */
public record SignInPauses(int allowedFailures, Duration firstPause, Duration longestPause) {

    public Duration after(int failuresInARow) {
        if (failuresInARow < allowedFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failuresInARow - allowedFailures, 30);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}
