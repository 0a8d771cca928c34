package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.PersonalDatum;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What a practice holds about one client, for the client's right of access and to data portability
 * (GDPR art. 15 and 20): the client's trajectories, as a JSON document for a machine and as a
 * readable text in Dutch or English for the coach to hand over. Dutch: inzage in persoonsgegevens.
 *
 * <pre>{@code
 * SubjectAccessExport export = SubjectAccessExport.of(clientId, today, trajectoriesOfThePractice);
 * String json = export.toJson();                                   // kind "subject_access"
 * String forTheClient = export.render(Locale.forLanguageTag("nl")); // Markdown
 * }</pre>
 *
 * <p>The application hands in the trajectories it holds; the export keeps those of the client
 * ({@code Trajectory.getClient().getId()}), so a search across too many files does not leak another
 * client's. The JSON document ({@code docs/schema/subject_access.schema.json}) holds each
 * trajectory whole, in the full view (everything held, the coach's private items included: the
 * right of access covers them; an application that withholds an item under an exception of art. 15
 * removes it before exporting). It is written, not read back: each trajectory in it is the content
 * of a trajectory document, which {@code LoopbaanJson.readDocument(String)} reads.
 *
 * <p>The text lists, per trajectory, every item of personal data with its category ({@link
 * DataCategories#personalData(Object)}): the client's own data, the coach's notes and the health
 * data, with codes as labels in the reader's language. {@link #toString()} names the client's
 * identifier and counts only.
 */
public final class SubjectAccessExport {

  /** The document kind of the JSON export. */
  public static final String KIND = "subject_access";

  /** The schema version of the JSON export. */
  public static final int SCHEMA_VERSION = 1;

  private final ClientId subject;
  private final LocalDate producedOn;
  private final List<Trajectory> trajectories;

  private SubjectAccessExport(
      ClientId subject, LocalDate producedOn, List<Trajectory> trajectories) {
    this.subject = subject;
    this.producedOn = producedOn;
    this.trajectories = trajectories;
  }

  /**
   * @param subject the client who asked
   * @param producedOn the day the export is made
   * @param trajectories the trajectories the application holds; those of other clients are left out
   * @return the export, with the client's trajectories in the order given
   */
  public static SubjectAccessExport of(
      ClientId subject, LocalDate producedOn, Iterable<Trajectory> trajectories) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(producedOn, "producedOn");
    List<Trajectory> kept = new ArrayList<>();
    for (Trajectory t : Objects.requireNonNull(trajectories, "trajectories")) {
      if (Objects.requireNonNull(t, "trajectory").getClient().getId().equals(subject)) {
        kept.add(t);
      }
    }
    return new SubjectAccessExport(subject, producedOn, List.copyOf(kept));
  }

  /**
   * @return the client the export is about
   */
  public ClientId getSubject() {
    return subject;
  }

  /**
   * @return the day the export was made
   */
  public LocalDate getProducedOn() {
    return producedOn;
  }

  /**
   * @return the client's trajectories
   */
  public List<Trajectory> getTrajectories() {
    return trajectories;
  }

  /**
   * @return the JSON document: {@code {"kind": "subject_access", "schemaVersion": 1, "subject": …,
   *     "producedOn": …, "trajectories": [ … ]}}, each trajectory in the full view, compact UTF-8
   *     JSON of the standard mapper
   */
  public String toJson() {
    JsonText out = new JsonText();
    out.startObject();
    out.name("kind");
    out.string(KIND);
    out.name("schemaVersion");
    out.number(SCHEMA_VERSION);
    out.name("subject");
    out.string(subject.getValue());
    out.name("producedOn");
    out.string(producedOn.toString());
    out.name("trajectories");
    out.startArray();
    ModelWriter.Scope full = new ModelWriter.Scope(View.FULL, null, null);
    for (Trajectory trajectory : trajectories) {
      ModelWriter.write(trajectory, out, full);
    }
    out.endArray();
    out.endObject();
    return out.toString();
  }

  /**
   * The export as a readable text (Markdown) that a coach can hand over: a heading, then per
   * trajectory its opening day and stage and every item of personal data with its path, category
   * and value, codes as labels.
   *
   * @param locale the reader's language: Dutch for {@code nl} (also {@code nl-BE}), English
   *     otherwise
   * @return the text
   */
  public String render(Locale locale) {
    boolean nl = "nl".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    StringBuilder text = new StringBuilder();
    text.append(nl ? "# Persoonsgegevens over cliënt " : "# Personal data held about client ")
        .append(subject.getValue())
        .append("\n\n")
        .append(nl ? "Opgemaakt op " : "Produced on ")
        .append(producedOn)
        .append(". ")
        .append(trajectories.size())
        .append(
            nl
                ? (trajectories.size() == 1 ? " traject." : " trajecten.")
                : (trajectories.size() == 1 ? " trajectory." : " trajectories."))
        .append(
            nl
                ? " Elk traject staat volledig in de JSON-export (soort `subject_access`).\n"
                : " Each trajectory is in full in the JSON export (kind `subject_access`).\n");
    for (Trajectory t : trajectories) {
      text.append("\n## ")
          .append(nl ? "Traject " : "Trajectory ")
          .append(t.getId().getValue())
          .append("\n\n")
          .append(nl ? "Geopend op " : "Opened on ")
          .append(t.getOpenedOn())
          .append(nl ? "; fase: " : "; stage: ")
          .append(t.getStage().label(locale))
          .append(".\n\n");
      List<PersonalDatum> data = DataCategories.personalData(t);
      if (data.isEmpty()) {
        text.append(nl ? "Geen persoonsgegevens.\n" : "No personal data.\n");
      }
      for (PersonalDatum datum : data) {
        text.append("- `")
            .append(datum.getPath())
            .append("` (")
            .append(datum.getCategory().label(locale).toLowerCase(locale))
            .append("): ")
            .append(words(datum.getValue(), locale))
            .append('\n');
      }
    }
    return text.toString();
  }

  /** A value in words: codes as labels, model values as their attributes, on one line. */
  static String words(Object value, Locale locale) {
    if (value == null) {
      return "";
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(v -> words(v, locale)).orElse("");
    }
    if (value instanceof Coded) {
      return ((Coded) value).label(locale);
    }
    if (value instanceof Identifier) {
      return ((Identifier) value).getValue();
    }
    if (value instanceof Boolean) {
      boolean nl = "nl".equals(locale.getLanguage());
      return (Boolean) value ? (nl ? "ja" : "yes") : (nl ? "nee" : "no");
    }
    if (value instanceof Collection) {
      StringJoiner joined = new StringJoiner("; ");
      for (Object element : (Collection<?>) value) {
        joined.add(words(element, locale));
      }
      return joined.toString();
    }
    if (value.getClass().getName().startsWith("io.github.loopbaan.core.")
        && !value.getClass().isEnum()) {
      StringJoiner attributes = new StringJoiner(", ", "(", ")");
      for (Method accessor : DataCategories.accessors(value.getClass())) {
        String shown = words(DataCategories.read(accessor, value), locale);
        if (!shown.isEmpty()) {
          attributes.add(DataCategories.attribute(accessor.getName()) + ": " + shown);
        }
      }
      return attributes.toString();
    }
    return value.toString().replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectAccessExport
        && ((SubjectAccessExport) o).subject.equals(subject)
        && ((SubjectAccessExport) o).producedOn.equals(producedOn)
        && ((SubjectAccessExport) o).trajectories.equals(trajectories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, producedOn, trajectories);
  }

  /**
   * @return for example {@code SubjectAccessExport[c-17, 2 trajectories, 2026-12-04]}
   */
  @Override
  public String toString() {
    return "SubjectAccessExport["
        + subject.getValue()
        + ", "
        + trajectories.size()
        + (trajectories.size() == 1 ? " trajectory, " : " trajectories, ")
        + producedOn
        + "]";
  }
}
