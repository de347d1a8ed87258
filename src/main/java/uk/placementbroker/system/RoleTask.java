package uk.placementbroker.system;

/** Something a role does in the service; {@code href} is null where the service cannot do it yet. */
public record RoleTask(String title, String description, String href) {

    public boolean available() {
        return href != null;
    }
}
