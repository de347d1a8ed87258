package uk.placementbroker.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The centre of every postcode district of Great Britain, from the ONS postcode lookup (May 2025, Open Government
 * Licence; the attribution is on the Licences page and in NOTICE), shipped with the product as
 * {@code postcodes/outward-code-centres.csv}. Read once; used by the market's locations and the analysts' command line.
 */
public final class OutwardCodeCentres {

    /** Where the centres came from, as the locations table records it. */
    public static final String SOURCE = "ONS postcode lookup, May 2025";

    private static final String RESOURCE = "/postcodes/outward-code-centres.csv";
    private static volatile Map<String, GeoPoint> centres;

    private OutwardCodeCentres() {}

    /** Every district's centre, by outward code. */
    public static Map<String, GeoPoint> all() {
        Map<String, GeoPoint> read = centres;
        if (read == null) {
            synchronized (OutwardCodeCentres.class) {
                if (centres == null) {
                    centres = Collections.unmodifiableMap(read());
                }
                read = centres;
            }
        }
        return read;
    }

    /** The centre of the postcode's district: a whole postcode or an outward code alone. */
    public static Optional<GeoPoint> centre(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return Optional.empty();
        }
        return Postcode.parse(postcode)
                .map(Postcode::outwardCode)
                .or(() -> Optional.of(postcode.strip().toUpperCase(Locale.UK)))
                .map(all()::get);
    }

    private static Map<String, GeoPoint> read() {
        Map<String, GeoPoint> read = new HashMap<>(4_096);
        try (InputStream in = OutwardCodeCentres.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The product is missing " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = lines.readLine();
            while ((line = lines.readLine()) != null) {
                String[] fields = line.split(",");
                if (fields.length >= 3) {
                    read.put(fields[0], new GeoPoint(Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }
}
