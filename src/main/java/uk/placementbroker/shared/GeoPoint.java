package uk.placementbroker.shared;

/** A place as latitude and longitude in degrees (WGS84). */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_MILES = 3_958.8;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
        }
    }

    /** Distances from this point to many others, with this point's trigonometry worked out once. */
    public Origin asOrigin() {
        return new Origin(this);
    }

    /** A point that distances are measured from, again and again. */
    public static final class Origin {

        private final double latitude;
        private final double longitude;
        private final double cosLatitude;

        private Origin(GeoPoint point) {
            this.latitude = Math.toRadians(point.latitude);
            this.longitude = Math.toRadians(point.longitude);
            this.cosLatitude = Math.cos(latitude);
        }

        /** Great-circle miles to the point, as {@link GeoPoint#milesTo} gives them. */
        public double milesTo(GeoPoint other) {
            double otherLatitude = Math.toRadians(other.latitude);
            double sinLatitude = Math.sin((otherLatitude - latitude) / 2);
            double sinLongitude = Math.sin((Math.toRadians(other.longitude) - longitude) / 2);
            double a = sinLatitude * sinLatitude + cosLatitude * Math.cos(otherLatitude) * sinLongitude * sinLongitude;
            return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
        }
    }

    /** Great-circle distance in miles (the haversine formula). */
    public double milesTo(GeoPoint other) {
        double dLatitude = Math.toRadians(other.latitude - latitude);
        double dLongitude = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLatitude / 2) * Math.sin(dLatitude / 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.sin(dLongitude / 2)
                        * Math.sin(dLongitude / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
