package uk.placementbroker.identity;

/** A council: the tenant whose children, referrals and placements only its own staff see. */
public record LocalAuthority(long id, String code, String name, Long consortiumId) {}
