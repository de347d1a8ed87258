package uk.placementbroker.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before any controller reads it, a request with a NUL character in any value: no text the service keeps
 * may hold one (PostgreSQL refuses it), and none is ever typed.
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
                }
            }
        });
        if (!fields.isEmpty()) {
            throw new BadInput(fields);
        }
        return true;
    }
}
