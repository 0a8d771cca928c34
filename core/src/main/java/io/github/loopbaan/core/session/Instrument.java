package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.question.Dimension;
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
 */
public enum Instrument implements Coded {
  /**
   * The biography assignment: life and career so far (001). Dutch: biografieopdracht. No dimension.
   */
  BIOGRAPHY_ASSIGNMENT("biography_assignment", null),
  /**
   * Hoogendijk's cube model for career self-management (001). Dutch: kubusmodel voor
   * loopbaanzelfsturing.
   */
  HOOGENDIJK_CUBE_MODEL("hoogendijk_cube_model", null),
  /**
   * De Waard-van Maanen's inner and outer life line (001). Dutch: innerlijke en uiterlijke
   * levenslijn.
   */
  LIFE_LINE("life_line", null),
  /**
   * Covey's principles of effective living and leadership, used for "what do I want?" (001). Dutch:
   * levensprincipes van Covey.
   */
  COVEY_PRINCIPLES("covey_principles", Dimension.WANTING),
  /**
   * Glaudemans' talent game (001). Dutch: Het Talentenspel. Loopbaan's choice: ABILITY (talents are
   * qualities, 000).
   */
  TALENT_GAME("talent_game", Dimension.ABILITY),
  /**
   * The AEM cube, used as personality diagnostics in relation to the kind of organisation (001).
   * Dutch: AEM-cube.
   */
  AEM_CUBE("aem_cube", null),
  /**
   * Hoekstra's career roles, to weigh which role the client wants to play (001). Dutch:
   * loopbaanrollen van Hoekstra.
   */
  HOEKSTRA_CAREER_ROLES("hoekstra_career_roles", Dimension.WANTING),
  /**
   * A development assessment (001). Dutch: ontwikkelassessment. Loopbaan's choice: ABILITY (it
   * assesses competences).
   */
  DEVELOPMENT_ASSESSMENT("development_assessment", Dimension.ABILITY),
  /**
   * A questionnaire or test, for example an interest test (000, 003 table 1.1). Dutch: vragenlijst
   * of test.
   */
  QUESTIONNAIRE_OR_TEST("questionnaire_or_test", null),
  /** A reflection assignment (000). Dutch: reflectieopdracht. */
  REFLECTION_ASSIGNMENT("reflection_assignment", null),
  /**
   * Blankestijn's Stermodel of six development levels, for limiting patterns in empowerment (000).
   * Dutch: Stermodel van de zes ontwikkelingsniveaus.
   */
  STAR_MODEL("star_model", null),
  /** A network conversation to test career scenarios (001, 000 phase 4). Dutch: netwerkgesprek. */
  NETWORK_CONVERSATION("network_conversation", null),
  /**
   * The values overview (003 appendix 1); values and drivers answer "who am I?" (000). Dutch:
   * waardenoverzicht.
   */
  VALUES_OVERVIEW("values_overview", Dimension.BEING),
  /** The list of limiting beliefs (003 appendix 2). Dutch: lijst met belemmerende overtuigingen. */
  LIMITING_BELIEFS_LIST("limiting_beliefs_list", null),
  /**
   * The competence list (003 appendix 3); competences answer "what can I do?" (000). Dutch:
   * competentielijst.
   */
  COMPETENCE_LIST("competence_list", Dimension.ABILITY),
  /**
   * The short list of life events with indicative values (003 appendix 4). Dutch: lijst life
   * events.
   */
  LIFE_EVENTS_LIST("life_events_list", null),
  /**
   * The overview of work fields and professions (003 appendix 6), for the environment analysis.
   * Dutch: overzicht werkvelden en beroepen.
   */
  WORK_FIELDS_AND_PROFESSIONS("work_fields_and_professions", null);

  private final String code;
  private final Dimension dimension;

  Instrument(String code, Dimension dimension) {
    this.code = code;
    this.dimension = dimension;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the core question of self-analysis the instrument serves (zijn, willen, kunnen), or
   *     empty when the sources assign none; see the type's documentation for the reasons
   */
  public Optional<Dimension> dimension() {
    return Optional.ofNullable(dimension);
  }
}
