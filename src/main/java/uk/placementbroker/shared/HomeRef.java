package uk.placementbroker.shared;

import java.util.Optional;

/** A home a child can be placed in: a setting (a children's home, supported accommodation ...) or a foster household. */
public sealed interface HomeRef {

    long id();

    /** The stored form, "S12" or "H3": written and read only through this type. */
    String key();

    record Setting(long id) implements HomeRef {
        @Override
        public String key() {
            return "S" + id;
        }
    }

    record FosterHousehold(long id) implements HomeRef {
        @Override
        public String key() {
            return "H" + id;
        }
    }

    static HomeRef setting(long id) {
        return new Setting(id);
    }

    static HomeRef fosterHousehold(long id) {
        return new FosterHousehold(id);
    }

    /** The home a stored key names, or nothing where the text is not one. */
    static Optional<HomeRef> fromKey(String key) {
        if (key == null || key.length() < 2 || !key.substring(1).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(key.substring(1));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
        return switch (key.charAt(0)) {
            case 'S' -> Optional.of(new Setting(id));
            case 'H' -> Optional.of(new FosterHousehold(id));
            default -> Optional.empty();
        };
    }
}
