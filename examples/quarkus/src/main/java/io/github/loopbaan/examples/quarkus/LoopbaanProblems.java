package io.github.loopbaan.examples.quarkus;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.ProblemDetails;
import io.github.loopbaan.validation.RulesViolatedException;
import io.github.loopbaan.validation.ValidationReport;
import io.github.loopbaan.validation.Violation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure Loopbaan reports, answered as an RFC 9457 problem document in the caller's language
 * ({@code Accept-Language}): a body that cannot be read (400, 413 or 422), a command the
 * trajectory's state refuses (409), an impossible value (422), a trajectory that breaks the
 * practice's rules (422), and the violations Quarkus's own validator finds on a {@code @Valid}
 * parameter (422, with their rule codes). The documents never hold personal data.
 */
public class LoopbaanProblems {

  /**
   * @param e the failure of a read
   * @param headers the request's headers
   * @return the problem document
   */
  @ServerExceptionMapper
  public Response readFailed(LoopbaanJsonException e, HttpHeaders headers) {
    return answer(ProblemDetails.of(e, locale(headers)));
  }

  /**
   * @param e the refusal, with every reason
   * @param headers the request's headers
   * @return the problem document
   */
  @ServerExceptionMapper
  public Response commandRejected(CommandRejectedException e, HttpHeaders headers) {
    return answer(ProblemDetails.of(e, locale(headers)));
  }

  /**
   * @param e the rejected value
   * @param headers the request's headers
   * @return the problem document
   */
  @ServerExceptionMapper
  public Response valueRejected(InvalidValueException e, HttpHeaders headers) {
    return answer(ProblemDetails.of(e, locale(headers)));
  }

  /**
   * @param e the report of a {@code requireValid()}
   * @param headers the request's headers
   * @return the problem document
   */
  @ServerExceptionMapper
  public Response rulesViolated(RulesViolatedException e, HttpHeaders headers) {
    return answer(ProblemDetails.ofReport(e.report(), locale(headers)));
  }

  /**
   * @param e what Quarkus's validator found on a {@code @Valid} parameter
   * @param headers the request's headers
   * @return the problem document, one violation per constraint with its rule code and path
   */
  @ServerExceptionMapper
  public Response constraintsViolated(ConstraintViolationException e, HttpHeaders headers) {
    ValidationReport report =
        ValidationReport.of(e.getConstraintViolations().stream().map(Violation::of).toList());
    return answer(ProblemDetails.ofReport(report, locale(headers)));
  }

  /**
   * @param headers a request's headers
   * @return the caller's language: the first of {@code Accept-Language}, English when none is named
   */
  static Locale locale(HttpHeaders headers) {
    List<Locale> languages = headers.getAcceptableLanguages();
    return languages.isEmpty() || "*".equals(languages.get(0).getLanguage())
        ? Locale.ENGLISH
        : languages.get(0);
  }

  private static Response answer(ProblemDetails problem) {
    return Response.status(problem.getStatus())
        .type(ProblemDetails.MEDIA_TYPE)
        .entity(problem.toJson())
        .build();
  }
}
