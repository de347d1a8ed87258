package uk.placementbroker.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Values a page cannot read at all become the GOV.UK "There is a problem" page, naming each field and what is wrong
 * with it (or RFC 9457 problem details with {@code invalid-params} for a request that asks for JSON), instead of a
 * bare 400 or a 500. Nothing was saved: the controller never ran.
 */
@ControllerAdvice
class BadInputs {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @ExceptionHandler({
        BadInput.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        BindException.class
    })
    ModelAndView page(Exception bad) {
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("errors", fields(bad));
        return page;
    }

    @ExceptionHandler(
            exception = {
                BadInput.class,
                MethodArgumentTypeMismatchException.class,
                MissingServletRequestParameterException.class,
                BindException.class
            },
            produces = {JSON, PROBLEM_JSON})
    ResponseEntity<ProblemDetail> problem(Exception bad, HttpServletRequest request) {
        Map<String, String> fields = fields(bad);
        ResponseEntity<ProblemDetail> problem = Refusals.problem(
                HttpStatus.BAD_REQUEST,
                "There is a problem with what was sent",
                String.join("; ", fields.values()),
                request);
        problem.getBody()
                .setProperty(
                        "invalid-params",
                        fields.entrySet().stream()
                                .map(field -> Map.of("name", field.getKey(), "reason", field.getValue()))
                                .toList());
        return problem;
    }

    private static Map<String, String> fields(Exception bad) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (bad instanceof BadInput input) {
            fields.putAll(input.fields());
        } else if (bad instanceof MethodArgumentTypeMismatchException mismatch) {
            fields.put(mismatch.getName(), unreadable(mismatch.getName(), mismatch.getRequiredType()));
        } else if (bad instanceof MissingServletRequestParameterException missing) {
            fields.put(missing.getParameterName(), "Enter " + label(missing.getParameterName()));
        } else if (bad instanceof BindException binding) {
            binding.getFieldErrors()
                    .forEach(error -> fields.putIfAbsent(
                            error.getField(),
                            error.isBindingFailure() || error.getDefaultMessage() == null
                                    ? unreadable(error.getField(), null)
                                    : error.getDefaultMessage()));
        }
        if (fields.isEmpty()) {
            fields.put("request", "The request could not be read");
        }
        return fields;
    }

    private static String unreadable(String field, Class<?> type) {
        if (type != null && type.isEnum()) {
            return "Choose one of the options listed for " + label(field);
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return "Enter " + label(field) + " as a whole number, such as 2";
        }
        return "Enter a valid " + label(field);
    }

    /** A field's name as words: {@code weeklyFee} is "weekly fee". */
    static String label(String field) {
        String words = field.replaceAll("\\[\\d*]", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("[^A-Za-z0-9 ]", " ")
                .strip()
                .toLowerCase(java.util.Locale.UK);
        return words.isEmpty() ? "the value" : "the " + words;
    }
}
