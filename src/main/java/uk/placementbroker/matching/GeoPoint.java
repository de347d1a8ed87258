package uk.placementbroker.matching;

/** A place as latitude and longitude in degrees (WGS84). */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_MILES = 3_958.8;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance in miles (the haversine formula). */
    public double milesTo(GeoPoint other) {
        double dLatitude = Math.toRadians(other.latitude - latitude);
        double dLongitude = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLatitude / 2) * Math.sin(dLatitude / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLongitude / 2) * Math.sin(dLongitude / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
