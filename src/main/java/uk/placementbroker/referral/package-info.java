/**
 * Placement referrals: what a child needs from a home, written by their social worker on structured
 * question pages (every field of the draft Placements Standard among them), given permission to look by
 * a team manager, and quality-checked by a broker, who can return it with comments, before any
 * provider sees it. Exported in the Placements Standard's shape as JSON.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package uk.placementbroker.referral;
