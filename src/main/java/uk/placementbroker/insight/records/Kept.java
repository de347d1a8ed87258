package uk.placementbroker.insight.records;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Figures worked out at most once in a while for the same question, so that a page read by many does
 * not count everything on every view; an answer can be forgotten at once when what it came from changes.
 */
public final class Kept<K, V> {

    private record Answer<V>(V value, Instant at) {}

    private final Duration keptFor;
    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

    Kept(Duration keptFor) {
        this.keptFor = keptFor;
    }

    public V get(K question, Supplier<V> workOut) {
        Instant oldest = Instant.now().minus(keptFor);
        Answer<V> kept = answers.get(question);
        if (kept == null || kept.at().isBefore(oldest)) {
            answers.values().removeIf(answer -> answer.at().isBefore(oldest));
            kept = new Answer<>(workOut.get(), Instant.now());
            answers.put(question, kept);
        }
        return kept.value();
    }

    public void forget(Predicate<K> which) {
        answers.keySet().removeIf(which);
    }
}
