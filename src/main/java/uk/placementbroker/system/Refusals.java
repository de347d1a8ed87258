package uk.placementbroker.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * The one place refusals become answers: the GOV.UK "You do not have access", "Page not found" and
 * "This has just moved on" pages, or RFC 9457 problem details for a request that asks for JSON.
 */
@ControllerAdvice
class Refusals {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @ExceptionHandler(Refused.class)
    ModelAndView refusedPage(Refused refusal) {
        return page("error/403", HttpStatus.FORBIDDEN, refusal.getMessage());
    }

    @ExceptionHandler(
            exception = Refused.class,
            produces = {JSON, PROBLEM_JSON})
    ResponseEntity<ProblemDetail> refusedProblem(Refused refusal, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "You do not have access to this", refusal.getMessage(), request);
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFoundPage(NotFound notFound) {
        return page("error/404", HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(
            exception = NotFound.class,
            produces = {JSON, PROBLEM_JSON})
    ResponseEntity<ProblemDetail> notFoundProblem(NotFound notFound, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage(), request);
    }

    @ExceptionHandler(MovedOn.class)
    ModelAndView movedOnPage(MovedOn movedOn) {
        return page("error/409", HttpStatus.CONFLICT, movedOn.getMessage());
    }

    @ExceptionHandler(
            exception = MovedOn.class,
            produces = {JSON, PROBLEM_JSON})
    ResponseEntity<ProblemDetail> movedOnProblem(MovedOn movedOn, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "This has just moved on", movedOn.getMessage(), request);
    }

    private static ModelAndView page(String view, HttpStatus status, String reason) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        page.addObject("reason", reason);
        return page;
    }

    /** Problem details as every refusal and bad request answers them. */
    static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
