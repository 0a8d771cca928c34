package io.github.loopbaan.format;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.format.spi.JsonSink;
import io.github.loopbaan.validation.ValidationReport;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem document of RFC 9457 ("Problem Details for HTTP APIs") for every failure Loopbaan
 * reports: a document that cannot be read ({@link LoopbaanJsonException}), a command the lifecycle
 * refuses ({@link CommandRejectedException}), a value that breaks a structural rule ({@link
 * InvalidValueException}) and a validation report with errors ({@code ValidationReport} of {@code
 * loopbaan-validation}). One mapping, independent of any web framework: an application returns
 * {@link #toJson()} as {@value #MEDIA_TYPE}, or copies the members into its framework's own type
 * (Spring's {@code ProblemDetail}, for example) from the getters and {@link #extensions()}.
 *
 * <p>The members:
 *
 * <ul>
 *   <li>{@code type}: a URI per kind of failure under {@value #PROBLEM_BASE}, for example {@code
 *       …/problems/read/unknown_code}, {@code …/problems/command_rejected}, {@code
 *       …/problems/value_rejected}, {@code …/problems/validation_failed};
 *   <li>{@code title}: a short summary of that kind, in the caller's language;
 *   <li>{@code status}: the HTTP status the kind suggests ({@link #getStatus()});
 *   <li>{@code detail}: this occurrence explained in the caller's language (Dutch for {@code nl},
 *       English otherwise);
 *   <li>extensions: {@code code} (the stable code of the kind: the read problem's code, {@code
 *       command_rejected}, {@code value_rejected} or {@code validation_failed}), {@code path} (the
 *       JSON path of a read error, such as {@code $.content.birthYear}), and {@code violations}:
 *       one {@link ProblemViolation} per broken rule or rejection reason, with its code, type URI,
 *       path, severity and detail.
 * </ul>
 *
 * <p>No inference of personal data: nothing in a problem document comes from the input's values.
 * The detail is built from the kind and codes, the paths name model attributes (a read error's path
 * names only properties the wire format knows), and every message is one Loopbaan already
 * guarantees free of personal and health data. The documents follow {@code
 * docs/schema/problem.schema.json}; {@code docs/problems.md} lists every type.
 *
 * <pre>{@code
 * try {
 *   Trajectory t = json.readDocument(body, Trajectory.class);
 * } catch (LoopbaanJsonException e) {
 *   ProblemDetails problem = ProblemDetails.of(e, Locale.forLanguageTag("nl"));
 *   return response(problem.getStatus(), ProblemDetails.MEDIA_TYPE, problem.toJson());
 * }
 * }</pre>
 */
public final class ProblemDetails {

  /** The media type of a problem document in JSON. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The base of every problem type URI. */
  public static final String PROBLEM_BASE = "https://loopbaan.github.io/problems/";

  /** The base of the type URIs of validation rules, one per rule code. */
  public static final String RULE_BASE = "https://loopbaan.github.io/rules/";

  /** The base of the type URIs of rejection reasons, one per reason code. */
  public static final String REASON_BASE = "https://loopbaan.github.io/reasons/";

  /** The base of the type URIs of structural rules, one per rule code. */
  public static final String INVARIANT_BASE = "https://loopbaan.github.io/invariants/";

  /** The code of a rejected command. */
  public static final String COMMAND_REJECTED = "command_rejected";

  /**
   * The code of a value built in code that breaks a structural rule; a value read from JSON that
   * breaks one is the read problem {@code invalid_value} instead.
   */
  public static final String VALUE_REJECTED = "value_rejected";

  /** The code of a validation report with errors. */
  public static final String VALIDATION_FAILED = "validation_failed";

  private final URI type;
  private final String title;
  private final int status;
  private final String detail;
  private final String code;
  private final String path;
  private final List<ProblemViolation> violations;

  private ProblemDetails(
      URI type,
      String title,
      int status,
      String detail,
      String code,
      String path,
      List<ProblemViolation> violations) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.code = code;
    this.path = path;
    this.violations = List.copyOf(violations);
  }

  /**
   * A document that cannot be read: its problem kind, the JSON path where reading failed and a
   * detail of that kind; the exception's English reason is not passed on, so that every language
   * reads alike.
   *
   * <p>Status: 400 for input that is not a well-formed document of the expected shape ({@code
   * malformed}, {@code truncated}, {@code duplicate_key}, {@code unknown_property}, {@code
   * wrong_type}, {@code missing_value}); 413 for an exceeded limit; 422 for a well-formed document
   * the model cannot accept ({@code unknown_code}, {@code invalid_value}, {@code unknown_kind},
   * {@code unsupported_version}, {@code restricted_view}); 500 for {@code unmappable_type}, a
   * programming error.
   *
   * @param exception the read failure
   * @param locale the caller's language
   * @return the problem document
   */
  public static ProblemDetails of(LoopbaanJsonException exception, Locale locale) {
    Objects.requireNonNull(exception, "exception");
    String language = language(locale);
    String kind = exception.getProblem().code();
    return new ProblemDetails(
        URI.create(PROBLEM_BASE + "read/" + kind),
        ProblemTexts.text(language, "read.title"),
        statusOf(exception.getProblem()),
        ProblemTexts.text(language, "read." + kind) + " " + at(language, exception.getPath()),
        kind,
        exception.getPath(),
        List.of());
  }

  /**
   * A command the lifecycle refused: status 409 (the command conflicts with the current state), one
   * violation per reason with the reason's message in the caller's language.
   *
   * @param exception the rejection
   * @param locale the caller's language
   * @return the problem document
   */
  public static ProblemDetails of(CommandRejectedException exception, Locale locale) {
    Objects.requireNonNull(exception, "exception");
    String language = language(locale);
    Locale messages = Locale.forLanguageTag(language);
    List<ProblemViolation> violations = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Reason reason : exception.getReasons()) {
      String message = reason.message(messages);
      sentences.add(message);
      violations.add(
          ProblemViolation.of(
              reason.getCode(),
              URI.create(REASON_BASE + reason.getCode()),
              null,
              "error",
              message));
    }
    return new ProblemDetails(
        URI.create(PROBLEM_BASE + COMMAND_REJECTED),
        ProblemTexts.text(language, "command_rejected.title"),
        409,
        String.join(" ", sentences),
        COMMAND_REJECTED,
        null,
        violations);
  }

  /**
   * A value that breaks a structural rule: status 422, one violation whose code is the rule and
   * whose path is {@code Type.attribute}.
   *
   * @param exception the rejection
   * @param locale the caller's language
   * @return the problem document
   */
  public static ProblemDetails of(InvalidValueException exception, Locale locale) {
    Objects.requireNonNull(exception, "exception");
    String language = language(locale);
    String path = exception.getType() + "." + exception.getAttribute();
    String detail =
        ProblemTexts.text(language, "value_rejected.detail")
            .replace("{type}", exception.getType())
            .replace("{attribute}", exception.getAttribute())
            .replace("{rule}", exception.getRule());
    return new ProblemDetails(
        URI.create(PROBLEM_BASE + VALUE_REJECTED),
        ProblemTexts.text(language, "value_rejected.title"),
        422,
        detail,
        VALUE_REJECTED,
        null,
        List.of(
            ProblemViolation.of(
                exception.getRule(),
                URI.create(INVARIANT_BASE + exception.getRule()),
                path,
                "error",
                detail)));
  }

  /**
   * A validation report with errors: status 422, one violation per error and warning of the report,
   * in the report's order, each with its message in the caller's language.
   *
   * <p>Needs {@code loopbaan-validation} (an optional dependency of this module); the other
   * factories do not.
   *
   * @param report the report
   * @param locale the caller's language
   * @return the problem document
   * @throws IllegalArgumentException when the report holds no error: warnings alone are not a
   *     failure
   */
  public static ProblemDetails ofReport(ValidationReport report, Locale locale) {
    return ReportProblems.of(report, language(locale));
  }

  /**
   * The problem document of any failure Loopbaan reports, for an exception handler that catches
   * broadly.
   *
   * @param failure a throwable
   * @param locale the caller's language
   * @return the document of a {@link LoopbaanJsonException}, {@link CommandRejectedException} or
   *     {@link InvalidValueException}; empty for any other throwable, which the application maps
   *     itself (its message may hold anything)
   */
  public static Optional<ProblemDetails> ofFailure(Throwable failure, Locale locale) {
    if (failure instanceof LoopbaanJsonException) {
      return Optional.of(of((LoopbaanJsonException) failure, locale));
    }
    if (failure instanceof CommandRejectedException) {
      return Optional.of(of((CommandRejectedException) failure, locale));
    }
    if (failure instanceof InvalidValueException) {
      return Optional.of(of((InvalidValueException) failure, locale));
    }
    return Optional.empty();
  }

  /** For {@link ReportProblems}: a document of a validation report. */
  static ProblemDetails validationFailed(
      String language, String detail, List<ProblemViolation> violations) {
    return new ProblemDetails(
        URI.create(PROBLEM_BASE + VALIDATION_FAILED),
        ProblemTexts.text(language, "validation_failed.title"),
        422,
        detail,
        VALIDATION_FAILED,
        null,
        violations);
  }

  /**
   * @return the URI that identifies the kind of problem
   */
  public URI getType() {
    return type;
  }

  /**
   * @return a short summary of the kind, in the caller's language
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the HTTP status code the kind suggests: 400, 409, 413, 422 or 500
   */
  public int getStatus() {
    return status;
  }

  /**
   * @return this occurrence explained in the caller's language
   */
  public String getDetail() {
    return detail;
  }

  /**
   * @return the stable code of the kind: a read problem's code ({@code unknown_code}, …), {@code
   *     command_rejected}, {@code value_rejected} or {@code validation_failed}
   */
  public String getCode() {
    return code;
  }

  /**
   * @return the JSON path where reading failed, for a read error
   */
  public Optional<String> getPath() {
    return Optional.ofNullable(path);
  }

  /**
   * @return one entry per broken rule or rejection reason; empty for a read error
   */
  public List<ProblemViolation> getViolations() {
    return violations;
  }

  /**
   * The extension members, for a framework's own problem type (Spring's {@code
   * ProblemDetail.setProperty}, for example).
   *
   * @return {@code code}, then {@code path} when present, then {@code violations} (a list of maps
   *     with {@code code}, {@code type}, {@code path} when present, {@code severity} and {@code
   *     detail}) when not empty; in that order, unmodifiable
   */
  public Map<String, Object> extensions() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code);
    if (path != null) {
      extensions.put("path", path);
    }
    if (!violations.isEmpty()) {
      List<Map<String, String>> list = new ArrayList<>();
      for (ProblemViolation v : violations) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("code", v.getCode());
        entry.put("type", v.getType().toString());
        v.getPath().ifPresent(p -> entry.put("path", p));
        entry.put("severity", v.getSeverity());
        entry.put("detail", v.getDetail());
        list.add(Collections.unmodifiableMap(entry));
      }
      extensions.put("violations", Collections.unmodifiableList(list));
    }
    return Collections.unmodifiableMap(extensions);
  }

  /**
   * @return the document as compact JSON in UTF-8, members in the order {@code type}, {@code
   *     title}, {@code status}, {@code detail}, then the {@linkplain #extensions() extensions}
   */
  public String toJson() {
    JsonText g = new JsonText();
    g.startObject();
    property(g, "type", type.toString());
    property(g, "title", title);
    g.name("status");
    g.number(status);
    property(g, "detail", detail);
    property(g, "code", code);
    if (path != null) {
      property(g, "path", path);
    }
    if (!violations.isEmpty()) {
      g.name("violations");
      g.startArray();
      for (ProblemViolation v : violations) {
        g.startObject();
        property(g, "code", v.getCode());
        property(g, "type", v.getType().toString());
        if (v.getPath().isPresent()) {
          property(g, "path", v.getPath().get());
        }
        property(g, "severity", v.getSeverity());
        property(g, "detail", v.getDetail());
        g.endObject();
      }
      g.endArray();
    }
    g.endObject();
    return g.toString();
  }

  private static void property(JsonSink out, String name, String value) {
    out.name(name);
    out.string(value);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProblemDetails)) {
      return false;
    }
    ProblemDetails other = (ProblemDetails) o;
    return status == other.status
        && type.equals(other.type)
        && title.equals(other.title)
        && detail.equals(other.detail)
        && code.equals(other.code)
        && Objects.equals(path, other.path)
        && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, code, path, violations);
  }

  @Override
  public String toString() {
    return "ProblemDetails{type=" + type + ", status=" + status + ", code=" + code + "}";
  }

  /**
   * The HTTP status a read problem suggests, as {@link #of(LoopbaanJsonException, Locale)} sets it.
   *
   * @param problem a kind of read failure
   * @return 400, 413, 422 or 500
   */
  public static int statusOf(LoopbaanJsonException.Problem problem) {
    switch (problem) {
      case LIMIT_EXCEEDED:
        return 413;
      case UNKNOWN_CODE:
      case INVALID_VALUE:
      case UNKNOWN_KIND:
      case UNSUPPORTED_VERSION:
      case RESTRICTED_VIEW:
        return 422;
      case UNMAPPABLE_TYPE:
        return 500;
      default:
        return 400;
    }
  }

  private static String at(String language, String path) {
    return ProblemTexts.text(language, "read.at").replace("{path}", path);
  }

  /**
   * @return {@code nl} for Dutch (also {@code nl-BE}), {@code en} for every other language
   */
  static String language(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "nl".equals(locale.getLanguage()) ? "nl" : "en";
  }
}
