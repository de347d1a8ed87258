/**
 * A local authority's looked-after children and their episodes of care: the SSDA903 view of a child.
 * Only the council's own staff in roles that work with named children see these records, and every
 * view is written to the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Children")
package uk.placementbroker.children;
