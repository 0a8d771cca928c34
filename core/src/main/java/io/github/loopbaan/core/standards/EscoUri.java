package io.github.loopbaan.core.standards;

import java.util.regex.Pattern;

/**
 * The URI of an ESCO concept (European Skills, Competences, Qualifications and Occupations), for
 * example {@code http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1}.
 * Dutch: ESCO-verwijzing.
 *
 * <p>Only occupation and skill concepts are accepted: those are what occupations, competences and
 * career scenarios link to.
 */
public final class EscoUri extends CodeValue {

  private static final Pattern FORMAT =
      Pattern.compile("http://data\\.europa\\.eu/esco/(occupation|skill)/[A-Za-z0-9-]{1,64}");

  private EscoUri(String value) {
    super(
        value,
        FORMAT,
        "an ESCO occupation or skill URI (http://data.europa.eu/esco/occupation/… or …/skill/…)");
  }

  /**
   * @param uri the concept URI
   * @return the reference
   * @throws io.github.loopbaan.core.InvalidValueException (rule {@code format}) for any other text
   */
  public static EscoUri of(String uri) {
    return new EscoUri(uri);
  }

  /**
   * @return whether the URI names an occupation concept
   */
  public boolean isOccupation() {
    return getValue().startsWith("http://data.europa.eu/esco/occupation/");
  }

  /**
   * @return whether the URI names a skill or competence concept
   */
  public boolean isSkill() {
    return getValue().startsWith("http://data.europa.eu/esco/skill/");
  }
}
