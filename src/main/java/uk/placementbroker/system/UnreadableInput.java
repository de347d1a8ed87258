package uk.placementbroker.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.placementbroker.shared.Typed;

/**
 * Refuses, before any controller reads it, a request with a NUL character in any value (no text the service keeps
 * may hold one, PostgreSQL refuses it, and none is ever typed) or a value longer than {@link Typed#LONGEST_TEXT}
 * characters, the limit every text box states: nothing of such a request is read, so nothing of it is saved.
 */
@Component
class UnreadableInput implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                if (value.indexOf('\u0000') >= 0 || name.indexOf('\u0000') >= 0) {
                    fields.put(
                            name.replace('\u0000', ' '),
                            "Enter " + BadInputs.label(name) + " without the control character (a NUL byte) in it");
                } else if (value.length() > Typed.LONGEST_TEXT || name.length() > Typed.LONGEST_TEXT) {
                    String field = name.length() > 100 ? name.substring(0, 100) : name;
                    fields.put(
                            field,
                            "Enter " + BadInputs.label(field) + " in " + String.format("%,d", Typed.LONGEST_TEXT)
                                    + " characters or fewer");
                }
            }
        });
        if (!fields.isEmpty()) {
            throw new BadInput(fields);
        }
        return true;
    }
}
