package uk.placementbroker.identity;

/** The roles in a brokerage service. Each says what kind of organisation its holder belongs to. */
public enum Role {
    SOCIAL_WORKER("Social worker", OrganisationKind.LOCAL_AUTHORITY),
    TEAM_MANAGER("Team manager", OrganisationKind.LOCAL_AUTHORITY),
    HEAD_OF_SERVICE("Head of service", OrganisationKind.LOCAL_AUTHORITY),
    BROKER("Broker", OrganisationKind.LOCAL_AUTHORITY),
    PROVIDER_USER("Provider user", OrganisationKind.PROVIDER),
    IN_HOUSE_FOSTERING("In-house fostering team", OrganisationKind.LOCAL_AUTHORITY),
    INDEPENDENT_REVIEWING_OFFICER("Independent reviewing officer", OrganisationKind.LOCAL_AUTHORITY),
    FINANCE_OFFICER("Finance officer", OrganisationKind.LOCAL_AUTHORITY),
    COMMISSIONER("Commissioner", OrganisationKind.LOCAL_AUTHORITY_OR_CONSORTIUM),
    ADMINISTRATOR("Administrator", OrganisationKind.LOCAL_AUTHORITY_OR_CONSORTIUM);

    /** Where an account holding the role must belong. */
    public enum OrganisationKind {
        LOCAL_AUTHORITY,
        PROVIDER,
        LOCAL_AUTHORITY_OR_CONSORTIUM
    }

    private final String label;
    private final OrganisationKind organisationKind;

    Role(String label, OrganisationKind organisationKind) {
        this.label = label;
        this.organisationKind = organisationKind;
    }

    public String label() {
        return label;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    /** The Spring Security authority name, so that {@code hasRole("BROKER")} works. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles whose work needs named children's records. Providers and commissioners see anonymised or aggregate data. */
    public boolean seesChildrensRecords() {
        return switch (this) {
            case SOCIAL_WORKER, TEAM_MANAGER, HEAD_OF_SERVICE, BROKER, INDEPENDENT_REVIEWING_OFFICER -> true;
            default -> false;
        };
    }
}
