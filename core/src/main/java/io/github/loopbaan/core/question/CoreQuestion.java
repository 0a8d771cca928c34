package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The questions a client must, whatever is going on, find an answer to (003 §1.2 after Campagne et
 * al.; 000; 001 "binnencirkel"; 002). Dutch: kernvragen.
 *
 * <p>Three questions of self-analysis, each carrying its {@link Dimension}; two of environment
 * analysis; and two intake questions for a client who is not yet ready for self-analysis. The
 * self-analysis questions are hard to see apart from each other (003); 000 concretises them as:
 * what are my values and drivers (who am I); what are my qualities and competences (what can I do);
 * what do I find important and which choices do I make (what do I want).
 */
public enum CoreQuestion implements Coded {
  /** Who am I? Concretised (000): what are my values and drivers? Dutch: wie ben ik? */
  WHO_AM_I("who_am_i", AnalysisKind.SELF_ANALYSIS, Dimension.BEING),
  /**
   * What do I want? Concretised (000): what do I find important and which choices do I make?
   * Sometimes a client can say with passion what they absolutely no longer want (003). Dutch: wat
   * wil ik?
   */
  WHAT_DO_I_WANT("what_do_i_want", AnalysisKind.SELF_ANALYSIS, Dimension.WANTING),
  /** What can I do? Concretised (000): what are my qualities and competences? Dutch: wat kan ik? */
  WHAT_CAN_I_DO("what_can_i_do", AnalysisKind.SELF_ANALYSIS, Dimension.ABILITY),
  /** Where do I find that: which work, organisations and places fit? Dutch: waar vind ik dat? */
  WHERE_DO_I_FIND_THAT("where_do_i_find_that", AnalysisKind.ENVIRONMENT_ANALYSIS, null),
  /** How do I get there: which steps lead to that work? Dutch: hoe kom ik daar? */
  HOW_DO_I_GET_THERE("how_do_i_get_there", AnalysisKind.ENVIRONMENT_ANALYSIS, null),
  /** Why am I here: what is the cause, what is the history? Dutch: waarom zit ik hier? */
  WHY_AM_I_HERE("why_am_i_here", AnalysisKind.INTAKE, null),
  /**
   * How am I here: how do I cope with setbacks, what does work mean to me? Dutch: hoe zit ik hier?
   */
  HOW_AM_I_HERE("how_am_i_here", AnalysisKind.INTAKE, null);

  private final String code;
  private final AnalysisKind kind;
  private final Dimension dimension;

  CoreQuestion(String code, AnalysisKind kind, Dimension dimension) {
    this.code = code;
    this.kind = kind;
    this.dimension = dimension;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the analysis this question belongs to
   */
  public AnalysisKind analysisKind() {
    return kind;
  }

  /**
   * @return the dimension (zijn, willen, kunnen) of a self-analysis question; empty for environment
   *     analysis and intake questions
   */
  public Optional<Dimension> dimension() {
    return Optional.ofNullable(dimension);
  }

  /**
   * @param kind an analysis kind
   * @return the core questions of that kind, in the order the source asks them
   */
  public static List<CoreQuestion> of(AnalysisKind kind) {
    return Arrays.stream(values())
        .filter(q -> q.kind == kind)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param dimension a dimension of self-analysis
   * @return the self-analysis question that explores it
   */
  public static CoreQuestion of(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    for (CoreQuestion question : values()) {
      if (question.dimension == dimension) {
        return question;
      }
    }
    throw new AssertionError("every dimension has a core question");
  }
}
