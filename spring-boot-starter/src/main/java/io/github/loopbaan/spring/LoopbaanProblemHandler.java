package io.github.loopbaan.spring;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.ProblemDetails;
import io.github.loopbaan.validation.RulesViolatedException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers Loopbaan's failures in a Spring MVC application with RFC 9457 problem documents ({@code
 * application/problem+json}), made by {@link ProblemDetails} in the request's language (Spring's
 * locale resolution: the {@code Accept-Language} header by default; Dutch for {@code nl}, English
 * otherwise):
 *
 * <ul>
 *   <li>{@link LoopbaanJsonException} (a request body that cannot be read): 400, 413 or 422, with
 *       the error code and the JSON path;
 *   <li>{@link CommandRejectedException} (a lifecycle command the trajectory's state refuses): 409,
 *       with the reason code;
 *   <li>{@link InvalidValueException} (a value the model refuses to build): 422, with the
 *       invariant's code;
 *   <li>{@link RulesViolatedException} (from {@code ValidationReport.requireValid()}): 422, with
 *       every violation's rule code, path, severity and message.
 * </ul>
 *
 * <p>No answer echoes personal data: the documents hold codes, paths and messages made of the
 * rules' facts. The advice is ordered just before an application's unordered advice ({@code
 * LOWEST_PRECEDENCE - 100}), so a catch-all handler of the application does not answer Loopbaan's
 * failures with a 500; an application that wants other answers declares its own bean of this type
 * (the starter then backs off) or orders its own advice higher.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class LoopbaanProblemHandler {

  /** Creates the handler; the starter declares it as a bean. */
  public LoopbaanProblemHandler() {}

  /**
   * @param e the read failure
   * @param locale the request's locale
   * @return the problem document
   */
  @ExceptionHandler(LoopbaanJsonException.class)
  public ResponseEntity<ProblemDetail> readFailed(LoopbaanJsonException e, Locale locale) {
    return answer(ProblemDetails.of(e, locale));
  }

  /**
   * @param e the rejected command
   * @param locale the request's locale
   * @return the problem document
   */
  @ExceptionHandler(CommandRejectedException.class)
  public ResponseEntity<ProblemDetail> commandRejected(CommandRejectedException e, Locale locale) {
    return answer(ProblemDetails.of(e, locale));
  }

  /**
   * @param e the refused value
   * @param locale the request's locale
   * @return the problem document
   */
  @ExceptionHandler(InvalidValueException.class)
  public ResponseEntity<ProblemDetail> valueRejected(InvalidValueException e, Locale locale) {
    return answer(ProblemDetails.of(e, locale));
  }

  /**
   * @param e the violated rules, with the report
   * @param locale the request's locale
   * @return the problem document
   */
  @ExceptionHandler(RulesViolatedException.class)
  public ResponseEntity<ProblemDetail> rulesViolated(RulesViolatedException e, Locale locale) {
    return answer(ProblemDetails.ofReport(e.report(), locale));
  }

  /**
   * The response of a problem document: its status, {@code application/problem+json}, and the body
   * as Spring's {@link ProblemDetail}.
   *
   * @param problem the document
   * @return the response
   */
  protected ResponseEntity<ProblemDetail> answer(ProblemDetails problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(toProblemDetail(problem));
  }

  /**
   * Copies a Loopbaan problem document into Spring's type: {@code type}, {@code title}, {@code
   * status}, {@code detail}, and the extension members ({@code code}, {@code path}, {@code
   * violations}) as properties, which Spring Boot's JSON mapper writes at the top level.
   *
   * @param problem the document
   * @return Spring's problem detail with the same members
   */
  public static ProblemDetail toProblemDetail(ProblemDetails problem) {
    ProblemDetail detail = ProblemDetail.forStatus(problem.getStatus());
    detail.setType(problem.getType());
    detail.setTitle(problem.getTitle());
    detail.setDetail(problem.getDetail());
    problem.extensions().forEach(detail::setProperty);
    return detail;
  }
}
