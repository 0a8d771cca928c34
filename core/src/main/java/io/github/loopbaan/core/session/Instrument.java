package io.github.loopbaan.core.session;

import io.github.loopbaan.core.catalogue.AbstractCatalogueEntry;
import io.github.loopbaan.core.question.Dimension;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named instrument, model or exercise from the coach's toolkit (Dutch: instrument, methodiek,
 * werkvorm), with the {@link Dimension core question} it serves where the sources assign one.
 *
 * <p>The names come from the GITP model and case (001), the six phases (000) and the handbook's
 * toolkit and appendices (003 ch. 12, appendices 1 to 4 and 6). The handbook organises its toolkit
 * by willen, kunnen and zijn (003 ch. 12), but the seeds only carry its table of contents, not
 * which instrument sits in which section. Loopbaan therefore assigns a dimension only where a
 * source says so:
 *
 * <ul>
 *   <li>001's case uses Covey's principles "vanuit de vraag 'wat wil ik?'" and Hoekstra's career
 *       roles to weigh "welke rol hij … zou willen spelen": both {@link Dimension#WANTING}.
 *   <li>000 makes the core questions concrete: values and drivers answer "who am I?" ({@link
 *       Dimension#BEING}), qualities and competences answer "what can I do?" ({@link
 *       Dimension#ABILITY}). The values overview is therefore BEING; the competence list, the
 *       talent game (talents are qualities) and the development assessment (it assesses competences
 *       and potential) are ABILITY. These three are Loopbaan's reading of 000, not a statement of
 *       the sources about the instrument.
 *   <li>All others have no dimension: the sources present them as serving all three questions
 *       (Hoogendijk's cube model, De Waard-van Maanen's life line, questionnaires and tests,
 *       reflection assignments: 000, 001), as belonging to the intake or biography (biography
 *       assignment, life events), to empowerment (Stermodel, limiting beliefs), or to the
 *       environment analysis "where do I find that?" (work fields and professions, network
 *       conversations), or say nothing (AEM cube, used as personality diagnostics in 001).
 * </ul>
 *
 * <p><b>An open catalogue.</b> Seed 001 leaves the coach much room for their own instruments, and
 * applications have their own (MBTI, DISC, an in-house test). The constants of this class are the
 * library's standard entries; an application builds its own with {@link #custom(String)} under a
 * namespaced code ({@code acme:disc}), with labels and the core question it serves, and lists them
 * in the {@link io.github.loopbaan.core.catalogue.Catalogue} it gives the JSON reader and the
 * validator. Instances are immutable; compare them with {@code equals}, not {@code ==}.
 */
public final class Instrument extends AbstractCatalogueEntry {
  /**
   * The biography assignment: life and career so far (001). Dutch: biografieopdracht. No dimension.
   */
  public static final Instrument BIOGRAPHY_ASSIGNMENT =
      standard("BIOGRAPHY_ASSIGNMENT", "biography_assignment", null);

  /**
   * Hoogendijk's cube model for career self-management (001). Dutch: kubusmodel voor
   * loopbaanzelfsturing.
   */
  public static final Instrument HOOGENDIJK_CUBE_MODEL =
      standard("HOOGENDIJK_CUBE_MODEL", "hoogendijk_cube_model", null);

  /**
   * De Waard-van Maanen's inner and outer life line (001). Dutch: innerlijke en uiterlijke
   * levenslijn.
   */
  public static final Instrument LIFE_LINE = standard("LIFE_LINE", "life_line", null);

  /**
   * Covey's principles of effective living and leadership, used for "what do I want?" (001). Dutch:
   * levensprincipes van Covey.
   */
  public static final Instrument COVEY_PRINCIPLES =
      standard("COVEY_PRINCIPLES", "covey_principles", Dimension.WANTING);

  /**
   * Glaudemans' talent game (001). Dutch: Het Talentenspel. Loopbaan's choice: ABILITY (talents are
   * qualities, 000).
   */
  public static final Instrument TALENT_GAME =
      standard("TALENT_GAME", "talent_game", Dimension.ABILITY);

  /**
   * The AEM cube, used as personality diagnostics in relation to the kind of organisation (001).
   * Dutch: AEM-cube.
   */
  public static final Instrument AEM_CUBE = standard("AEM_CUBE", "aem_cube", null);

  /**
   * Hoekstra's career roles, to weigh which role the client wants to play (001). Dutch:
   * loopbaanrollen van Hoekstra.
   */
  public static final Instrument HOEKSTRA_CAREER_ROLES =
      standard("HOEKSTRA_CAREER_ROLES", "hoekstra_career_roles", Dimension.WANTING);

  /**
   * A development assessment (001). Dutch: ontwikkelassessment. Loopbaan's choice: ABILITY (it
   * assesses competences).
   */
  public static final Instrument DEVELOPMENT_ASSESSMENT =
      standard("DEVELOPMENT_ASSESSMENT", "development_assessment", Dimension.ABILITY);

  /**
   * A questionnaire or test, for example an interest test (000, 003 table 1.1). Dutch: vragenlijst
   * of test.
   */
  public static final Instrument QUESTIONNAIRE_OR_TEST =
      standard("QUESTIONNAIRE_OR_TEST", "questionnaire_or_test", null);

  /** A reflection assignment (000). Dutch: reflectieopdracht. */
  public static final Instrument REFLECTION_ASSIGNMENT =
      standard("REFLECTION_ASSIGNMENT", "reflection_assignment", null);

  /**
   * Blankestijn's Stermodel of six development levels, for limiting patterns in empowerment (000).
   * Dutch: Stermodel van de zes ontwikkelingsniveaus.
   */
  public static final Instrument STAR_MODEL = standard("STAR_MODEL", "star_model", null);

  /** A network conversation to test career scenarios (001, 000 phase 4). Dutch: netwerkgesprek. */
  public static final Instrument NETWORK_CONVERSATION =
      standard("NETWORK_CONVERSATION", "network_conversation", null);

  /**
   * The values overview (003 appendix 1); values and drivers answer "who am I?" (000). Dutch:
   * waardenoverzicht.
   */
  public static final Instrument VALUES_OVERVIEW =
      standard("VALUES_OVERVIEW", "values_overview", Dimension.BEING);

  /** The list of limiting beliefs (003 appendix 2). Dutch: lijst met belemmerende overtuigingen. */
  public static final Instrument LIMITING_BELIEFS_LIST =
      standard("LIMITING_BELIEFS_LIST", "limiting_beliefs_list", null);

  /**
   * The competence list (003 appendix 3); competences answer "what can I do?" (000). Dutch:
   * competentielijst.
   */
  public static final Instrument COMPETENCE_LIST =
      standard("COMPETENCE_LIST", "competence_list", Dimension.ABILITY);

  /**
   * The short list of life events with indicative values (003 appendix 4). Dutch: lijst life
   * events.
   */
  public static final Instrument LIFE_EVENTS_LIST =
      standard("LIFE_EVENTS_LIST", "life_events_list", null);

  /**
   * The overview of work fields and professions (003 appendix 6), for the environment analysis.
   * Dutch: overzicht werkvelden en beroepen.
   */
  public static final Instrument WORK_FIELDS_AND_PROFESSIONS =
      standard("WORK_FIELDS_AND_PROFESSIONS", "work_fields_and_professions", null);

  private static final List<Instrument> STANDARD =
      List.of(
          BIOGRAPHY_ASSIGNMENT,
          HOOGENDIJK_CUBE_MODEL,
          LIFE_LINE,
          COVEY_PRINCIPLES,
          TALENT_GAME,
          AEM_CUBE,
          HOEKSTRA_CAREER_ROLES,
          DEVELOPMENT_ASSESSMENT,
          QUESTIONNAIRE_OR_TEST,
          REFLECTION_ASSIGNMENT,
          STAR_MODEL,
          NETWORK_CONVERSATION,
          VALUES_OVERVIEW,
          LIMITING_BELIEFS_LIST,
          COMPETENCE_LIST,
          LIFE_EVENTS_LIST,
          WORK_FIELDS_AND_PROFESSIONS);

  private final Dimension dimension;

  private Instrument(String name, String code, Dimension dimension) {
    super(name, code);
    this.dimension = dimension;
  }

  private Instrument(Builder builder) {
    super(builder);
    this.dimension = builder.dimension;
  }

  private static Instrument standard(String name, String code, Dimension dimension) {
    return new Instrument(name, code, dimension);
  }

  /**
   * @return the library's instruments, in the order of this class; unmodifiable
   */
  public static List<Instrument> standardEntries() {
    return STANDARD;
  }

  /**
   * Starts an application's own instrument, such as an in-house test or a licensed questionnaire
   * (MBTI, DISC).
   *
   * @param code a namespaced code such as {@code acme:disc} ({@link
   *     io.github.loopbaan.core.catalogue.CatalogueCodes})
   * @return a builder; an English label is required
   * @throws io.github.loopbaan.core.InvalidValueException when the code is not namespaced
   */
  public static Builder custom(String code) {
    return new Builder(code);
  }

  /**
   * @return the core question of self-analysis the instrument serves (zijn, willen, kunnen), or
   *     empty when the sources (or, for an application's entry, the application) assign none; see
   *     the type's documentation for the reasons
   */
  public Optional<Dimension> dimension() {
    return Optional.ofNullable(dimension);
  }

  /**
   * @return the core question, or none
   */
  @Override
  protected List<Object> meaning() {
    return Collections.singletonList(dimension);
  }

  /** Builds an application's {@link Instrument}. Not thread-safe. */
  public static final class Builder extends AbstractCatalogueEntry.Builder<Builder> {

    private Dimension dimension;

    private Builder(String code) {
      super(code, "Instrument");
    }

    /**
     * @param dimension the core question the instrument serves, if any (none by default)
     * @return this builder
     */
    public Builder dimension(Dimension dimension) {
      this.dimension = Objects.requireNonNull(dimension, "dimension");
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * @return the instrument
     * @throws io.github.loopbaan.core.InvalidValueException when the English label is missing or a
     *     label is blank or too long
     */
    public Instrument build() {
      return new Instrument(this);
    }
  }
}
