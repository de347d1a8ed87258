package uk.placementbroker.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInPausesTests {

    private final SignInPauses pauses = new SignInPauses(5, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void doesNotPauseBeforeTheAllowedWrongPasswords() {
        assertThat(pauses.after(1)).isZero();
        assertThat(pauses.after(4)).isZero();
    }

    @Test
    void pausesAMinuteThenDoublesWithEachFurtherWrongPassword() {
        assertThat(pauses.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(pauses.after(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(pauses.after(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(pauses.after(10)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void neverPausesLongerThanTheLongest() {
        assertThat(pauses.after(11)).isEqualTo(Duration.ofHours(1));
        assertThat(pauses.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }
}
