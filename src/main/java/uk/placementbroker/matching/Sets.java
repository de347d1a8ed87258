package uk.placementbroker.matching;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Sets of enum values held as unmodifiable {@link EnumSet}s: a lookup is a bit test, which matters across a national market. */
final class Sets {

    private Sets() {}

    static <E extends Enum<E>> Set<E> ofEnum(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
