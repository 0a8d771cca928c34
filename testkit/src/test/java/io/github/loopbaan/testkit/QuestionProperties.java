package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.question.ApproachRecommendation;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.question.OrganisationalQuestion;
import io.github.loopbaan.core.question.QuestionEvolution;
import io.github.loopbaan.core.question.RecommendationReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Generated question values are sound: rebuildable, private in toString, consistent in their
 * evolution chain, always explained when recommended, and every broken one is rejected.
 */
@Domain(LoopbaanDomain.class)
@Domain(DomainContext.Global.class)
class QuestionProperties {

  @Property
  void a_career_question_rebuilt_from_its_builder_is_equal(@ForAll CareerQuestion q) {
    assertThat(CareerQuestion.builder().from(q).build()).isEqualTo(q).hasSameHashCodeAs(q);
  }

  @Property
  void an_organisational_question_rebuilt_from_its_builder_is_equal(
      @ForAll OrganisationalQuestion q) {
    assertThat(OrganisationalQuestion.builder().from(q).build()).isEqualTo(q);
    assertThat(q.category()).isEqualTo(q.getSubtype().category());
  }

  @Property
  void an_evolution_rebuilt_from_its_builder_is_equal(@ForAll QuestionEvolution e) {
    assertThat(QuestionEvolution.builder().from(e).build()).isEqualTo(e);
    assertThat(e.getFromType()).isNotEqualTo(e.getToType());
  }

  @Property
  void a_recommendation_rebuilt_from_its_builder_is_equal(@ForAll ApproachRecommendation r) {
    assertThat(ApproachRecommendation.builder().from(r).build()).isEqualTo(r);
  }

  @Property
  void career_question_toString_never_contains_the_clients_words_or_a_reason(
      @ForAll CareerQuestion q) {
    String text = q.toString();
    assertThat(text).doesNotContain(q.getOwnWords());
    for (QuestionEvolution e : q.getEvolutions()) {
      assertThat(text).doesNotContain(e.getReason());
      assertThat(e.toString()).doesNotContain(e.getReason());
    }
    q.getOrganisationalQuestion()
        .flatMap(OrganisationalQuestion::getDescription)
        .ifPresent(d -> assertThat(text).doesNotContain(d));
  }

  @Property
  void recommendation_toString_never_lists_the_reasons(@ForAll ApproachRecommendation r) {
    for (RecommendationReason reason : r.getReasons()) {
      assertThat(r.toString()).doesNotContain(reason.name());
    }
  }

  @Property
  void the_current_type_is_the_target_of_the_last_evolution(@ForAll CareerQuestion q) {
    List<QuestionEvolution> evolutions = q.getEvolutions();
    ClientQuestionType expected =
        evolutions.isEmpty()
            ? q.getInitialType()
            : evolutions.get(evolutions.size() - 1).getToType();
    assertThat(q.currentType()).isEqualTo(expected);
    assertThat(q.recommendedApproach()).isEqualTo(expected.approach());
  }

  @Property
  void every_evolution_starts_from_the_type_current_before_it(@ForAll CareerQuestion q) {
    ClientQuestionType current = q.getInitialType();
    LocalDate previous = q.getAskedOn();
    for (QuestionEvolution e : q.getEvolutions()) {
      assertThat(e.getFromType()).isEqualTo(current);
      assertThat(e.getDate()).isAfterOrEqualTo(previous);
      current = e.getToType();
      previous = e.getDate();
    }
  }

  @Property
  void evolving_appends_one_step_from_the_current_type(
      @ForAll CareerQuestion q, @ForAll EvolutionKind kind) {
    ClientQuestionType to =
        q.currentType() == ClientQuestionType.SENIOR
            ? ClientQuestionType.IS_THIS_ALL
            : ClientQuestionType.SENIOR;
    CareerQuestion evolved =
        q.evolve(to, q.currentSince().plusDays(1), kind, "Een nieuwe vraag werd zichtbaar.");
    assertThat(evolved.getEvolutions()).hasSize(q.getEvolutions().size() + 1);
    assertThat(evolved.getEvolutions().subList(0, q.getEvolutions().size()))
        .isEqualTo(q.getEvolutions());
    assertThat(evolved.getEvolutions().get(q.getEvolutions().size()).getFromType())
        .isEqualTo(q.currentType());
    assertThat(evolved.currentType()).isEqualTo(to);
    assertThat(evolved.withEvolutions(q.getEvolutions())).isEqualTo(q);
  }

  @Property
  void a_recommendation_always_explains_itself(
      @ForAll("recommendationInputs") Tuple3<ClientQuestionType, Client, LocalDate> in) {
    ApproachRecommendation r = ApproachRecommendation.recommend(in.get1(), in.get2(), in.get3());
    assertThat(r.getReasons())
        .isNotEmpty()
        .doesNotHaveDuplicates()
        .first()
        .isEqualTo(RecommendationReason.QUESTION_TYPE_MAPS_TO_APPROACH);
    assertThat(r.getQuestionType()).isEqualTo(in.get1());
    if (r.overridesTable()) {
      assertThat(r.getReasons())
          .anySatisfy(reason -> assertThat(reason.selects()).contains(r.getApproach()));
    }
  }

  @Property
  void referral_is_advised_exactly_for_burn_out_or_psychological_complaints(
      @ForAll("recommendationInputs") Tuple3<ClientQuestionType, Client, LocalDate> in) {
    ApproachRecommendation r = ApproachRecommendation.recommend(in.get1(), in.get2(), in.get3());
    boolean complaints =
        in.get2().getHealthConcerns().contains(HealthConcern.BURN_OUT)
            || in.get2().getHealthConcerns().contains(HealthConcern.PSYCHOLOGICAL_COMPLAINTS);
    assertThat(r.referralAdvised()).isEqualTo(complaints);
  }

  @Property
  void without_stress_only_a_choice_question_leaves_the_table(
      @ForAll("recommendationInputs") Tuple3<ClientQuestionType, Client, LocalDate> in) {
    Client client = in.get2();
    ApproachRecommendation r = ApproachRecommendation.recommend(in.get1(), client, in.get3());
    boolean stress =
        client.getHealthConcerns().contains(HealthConcern.STRESS)
            || client.getHealthConcerns().contains(HealthConcern.BURN_OUT);
    if (stress) {
      assertThat(r.getReasons()).contains(RecommendationReason.HEALTH_CONCERN_STRESS);
    } else if (in.get1() != ClientQuestionType.CHOICE) {
      assertThat(r.overridesTable()).isFalse();
    } else {
      Optional<AgeBand> band = client.ageBandOn(in.get3());
      boolean ageSpecific =
          band.equals(Optional.of(AgeBand.SENIOR))
              || band.equals(Optional.of(AgeBand.YOUTH))
              || client.getEmployment().equals(Optional.of(EmploymentSituation.SCHOOL_LEAVER));
      assertThat(r.overridesTable()).isEqualTo(ageSpecific);
    }
  }

  @Property
  void every_broken_question_value_is_rejected_for_its_rule(@ForAll("broken") Broken broken) {
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
            });
  }

  @Provide
  Arbitrary<Tuple3<ClientQuestionType, Client, LocalDate>> recommendationInputs() {
    return QuestionArbitraries.recommendationInputs();
  }

  @Provide
  Arbitrary<Broken> broken() {
    return QuestionArbitraries.broken();
  }
}
