package uk.placementbroker.market;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import uk.placementbroker.shared.GeoPoint;

/**
 * Looks outward codes up in a postcodes.io-compatible service ({@code GET /outcodes/{code}}), such as
 * postcodes.io itself or a council's own copy of it.
 */
class PostcodesIoClient {

    /** An outward code's centre and its district, as the service gives them. */
    record Outcode(GeoPoint centre, String district) {}

    private final RestClient client;

    PostcodesIoClient(String baseUrl) {
        this.client = RestClient.builder().baseUrl(baseUrl).build();
    }

    @SuppressWarnings("unchecked")
    Optional<Outcode> outcode(String code) {
        try {
            Map<String, Object> body = client.get()
                    .uri("/outcodes/{code}", code)
                    .retrieve()
                    .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {})
                    .body(Map.class);
            if (body == null
                    || !(body.get("result") instanceof Map<?, ?> result)
                    || !(result.get("latitude") instanceof Number latitude)
                    || !(result.get("longitude") instanceof Number longitude)) {
                return Optional.empty();
            }
            String district =
                    result.get("admin_district") instanceof java.util.List<?> districts && !districts.isEmpty()
                            ? String.valueOf(districts.get(0))
                            : null;
            return Optional.of(new Outcode(new GeoPoint(latitude.doubleValue(), longitude.doubleValue()), district));
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }
}
