package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;

/**
 * A content phase of a career coaching trajectory (000, "6 fasen in een loopbaantraject"). Dutch:
 * fase van een loopbaantraject, loopbaancoaching fase.
 *
 * <p>The six phases are declared in the order of the source, numbered 1 to 6. The intake decides
 * which phases a trajectory goes through (all, some or only one) and how much attention each gets;
 * see {@link TrajectoryPlan}. Phases interleave in practice: self-exploration already touches
 * empowerment, and during labour market action the coach may make an "excursion" (uitstapje) back
 * to the under current. The phase order is therefore a guideline, not a sequence the model enforces
 * beyond the few hard rules of {@link TrajectoryPlan}.
 *
 * <p>Upper current (bovenstroom) means visible behaviour; under current (onderstroom) means
 * beliefs, feelings and physical tension (000, phase 3).
 */
public enum ContentPhase implements Coded {
  /**
   * Phase 1, farewell to work: "from grieving to building" (van rouwen naar bouwen). Dutch:
   * afscheid van werk.
   *
   * <p>Needed when mobility is forced: the client is usually not yet open to looking for new work.
   * The phase deals with the emotions of loss (of the job, the security, the colleagues): anger,
   * sadness, depression, fear and uncertainty; and with behaviours such as denial, bargaining to
   * stay, resistance and apathy. How the dismissal was communicated affects these emotions. The
   * coach works on the under current, at the emotional level. When the emotions settle, room and
   * motivation for a new job appear. An optional addition.
   */
  FAREWELL_TO_WORK("farewell_to_work", 1, Movement.ADDITIONAL),
  /**
   * Phase 2, in-depth self-exploration. Dutch: verdiepend zelfonderzoek.
   *
   * <p>The three core questions, made concrete: what are my values and drivers (who am I, wie ben
   * ik), what are my qualities and competences (what can I, wat kan ik), what do I find important
   * and which choices do I make (what do I want, wat wil ik). Uses questionnaires, tests and
   * reflection assignments. Persistent choice patterns that surface here already lead into
   * empowerment. Inward.
   */
  IN_DEPTH_SELF_EXPLORATION("in_depth_self_exploration", 2, Movement.INWARD),
  /**
   * Phase 3, empowerment to realise dreams. Dutch: empowerment om dromen te realiseren.
   *
   * <p>Works on limiting patterns and on the client's sources of strength (krachtbronnen). Limiting
   * patterns show in the upper current (bovenstroom) as ineffective behaviour, and in the under
   * current (onderstroom) as limiting beliefs, feelings and physical tension. The Stermodel of six
   * development levels makes the patterns visible. Inward.
   */
  EMPOWERMENT("empowerment", 3, Movement.INWARD),
  /**
   * Phase 4, labour market exploration. Dutch: arbeidsmarkt verkenning.
   *
   * <p>Translates the insights of self-exploration into options on the labour market, inside or
   * outside the client's own organisation, through internet, social media and network
   * conversations; may include exploring further training, especially for a large career switch.
   * Sharpens the career wishes. Outward.
   */
  LABOUR_MARKET_EXPLORATION("labour_market_exploration", 4, Movement.OUTWARD),
  /**
   * Phase 5, labour market action. Dutch: arbeidsmarkt bewerking.
   *
   * <p>Concrete steps in the outside world, inside or outside the organisation: networking,
   * applying, personal presentation, an up-to-date CV, a strong application letter, interview
   * practice, a step plan to start as self-employed. Mostly upper current, with excursions to the
   * under current when fear or critical inner voices come up. Ends when a job is found that the
   * client is enthusiastic about: celebrate the success. Outward.
   */
  LABOUR_MARKET_ACTION("labour_market_action", 5, Movement.OUTWARD),
  /**
   * Phase 6, effective functioning in the new job: "a good start is half the work" (een goed begin
   * is het halve werk). Dutch: effectief functioneren in nieuwe baan.
   *
   * <p>Coaching continues for a while after the new job has started when the client feels insecure:
   * new situations that ask for new competences, one's own insecurity, earlier negative work
   * experiences. An optional addition.
   */
  EFFECTIVE_FUNCTIONING("effective_functioning", 6, Movement.ADDITIONAL);

  private final String code;
  private final int number;
  private final Movement movement;

  ContentPhase(String code, int number, Movement movement) {
    this.code = code;
    this.number = number;
    this.movement = movement;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the number of the phase in the source, 1 to 6
   */
  public int number() {
    return number;
  }

  /**
   * @return the movement the phase belongs to (inward, outward or an additional phase)
   */
  public Movement movement() {
    return movement;
  }

  /**
   * @param number a phase number, 1 to 6
   * @return the phase with that number
   * @throws IllegalArgumentException when no phase has that number
   */
  public static ContentPhase ofNumber(int number) {
    for (ContentPhase phase : values()) {
      if (phase.number == number) {
        return phase;
      }
    }
    throw new IllegalArgumentException("phase number must be between 1 and 6");
  }
}
