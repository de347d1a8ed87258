package uk.placementbroker.support;

/** The demo data's accounts, as listed in the README. */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-password-2026";

    private DemoAccounts() {}
}
