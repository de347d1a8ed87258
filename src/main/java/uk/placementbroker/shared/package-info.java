/**
 * The shared kernel: the values more than one module speaks in ({@link uk.placementbroker.shared.Money},
 * {@link uk.placementbroker.shared.PlacementType}, {@link uk.placementbroker.shared.Need},
 * {@link uk.placementbroker.shared.Postcode}, {@link uk.placementbroker.shared.GeoPoint},
 * {@link uk.placementbroker.shared.HomeRef}) and the two refusals every module throws
 * ({@link uk.placementbroker.shared.Refused}, {@link uk.placementbroker.shared.NotFound}). Plain Java:
 * no Spring, no database, no web; open to every module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.placementbroker.shared;
