package io.github.loopbaan.testkit;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.EntryLabels;
import io.github.loopbaan.core.plan.Intervention;
import io.github.loopbaan.core.plan.InterventionForm;
import io.github.loopbaan.core.plan.InterventionKind;
import io.github.loopbaan.core.plan.InterventionSetting;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.CoachingApproach;
import io.github.loopbaan.core.question.Dimension;
import io.github.loopbaan.core.question.OrganisationalQuestionCategory;
import io.github.loopbaan.core.question.OrganisationalQuestionSubtype;
import io.github.loopbaan.core.question.QuestionDomain;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.trajectory.OutcomeCategory;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for open catalogues: an application's own entries under namespaced codes, and
 * catalogues that list them.
 *
 * <p>Values that hold an application's entry read back from JSON only through a reader given a
 * catalogue that lists it; the generators of the other classes therefore use standard entries only.
 */
public final class CatalogueArbitraries {

  private static final List<String> NAMESPACES = List.of("acme", "hr-suite", "coach2", "x");

  private CatalogueArbitraries() {}

  /**
   * @return namespaced codes of the allowed form, {@code namespace:name}, from short to the longest
   *     allowed name
   */
  public static Arbitrary<String> namespacedCodes() {
    Arbitrary<String> names =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz0123456789_.-")
            .ofMinLength(0)
            .ofMaxLength(63);
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').with('0', '7', '9');
    return Combinators.combine(Arbitraries.of(NAMESPACES), first, names)
        .as((namespace, c, name) -> namespace + ":" + c + name);
  }

  /**
   * @return labels of an application's entry: always English, often Dutch, sometimes French
   */
  public static Arbitrary<EntryLabels> entryLabels() {
    return Combinators.combine(
            Arbitraries.of("DISC profile", "MBTI", "In-house motivation test", "Core qualities"),
            Arbitraries.of("DISC-profiel", "Kernkwadranten").optional(),
            Arbitraries.of("Profil DISC").optional(0.2))
        .as(
            (english, dutch, french) -> {
              Map<String, String> labels = new LinkedHashMap<>();
              labels.put("en", english);
              dutch.ifPresent(d -> labels.put("nl", d));
              french.ifPresent(f -> labels.put("fr", f));
              return EntryLabels.of(labels, "entry");
            });
  }

  /**
   * @return an application's instruments: namespaced code, an English label, often a Dutch one, and
   *     a core question or none
   */
  public static Arbitrary<Instrument> customInstruments() {
    return Combinators.combine(
            namespacedCodes(),
            Arbitraries.of("DISC profile", "MBTI", "In-house motivation test", "Kernkwadranten"),
            Arbitraries.of("DISC-profiel", "Eigen motivatietest").optional(),
            Arbitraries.of(Dimension.class).optional())
        .as(
            (code, english, dutch, dimension) -> {
              Instrument.Builder builder = Instrument.custom(code).label(Locale.ENGLISH, english);
              dutch.ifPresent(d -> builder.label(Locale.forLanguageTag("nl"), d));
              dimension.ifPresent(builder::dimension);
              return builder.build();
            });
  }

  /**
   * @return an application's question types: namespaced code, an approach, either domain, personal
   *     or health data, an English label and often a Dutch one
   */
  public static Arbitrary<ClientQuestionType> customQuestionTypes() {
    return Combinators.combine(
            namespacedCodes(),
            Arbitraries.of(CoachingApproach.class),
            Arbitraries.of(QuestionDomain.class),
            Arbitraries.of(DataCategory.PERSONAL, DataCategory.HEALTH),
            Arbitraries.of("Relocation abroad", "Return after burn-out", "Hybrid work").optional(),
            Arbitraries.of("Verhuizen naar het buitenland", "Terugkeer na burn-out").optional())
        .as(
            (code, approach, domain, category, english, dutch) -> {
              ClientQuestionType.Builder builder =
                  ClientQuestionType.custom(code)
                      .approach(approach)
                      .domain(domain)
                      .dataCategory(category)
                      .label(Locale.ENGLISH, english.orElse("Own question type"));
              dutch.ifPresent(d -> builder.label(Locale.forLanguageTag("nl"), d));
              return builder.build();
            });
  }

  /**
   * @return an application's kinds of organisational question: namespaced code, a column of table
   *     1.2 and an English label
   */
  public static Arbitrary<OrganisationalQuestionSubtype> customOrganisationalQuestions() {
    return Combinators.combine(
            namespacedCodes(),
            Arbitraries.of(OrganisationalQuestionCategory.class),
            Arbitraries.of("Return to work", "Internal job market", "Succession planning"))
        .as(
            (code, category, english) ->
                OrganisationalQuestionSubtype.custom(code)
                    .category(category)
                    .label(Locale.ENGLISH, english)
                    .build());
  }

  /**
   * @return an application's outcome kinds: namespaced code, a category and an English label
   */
  public static Arbitrary<OutcomeKind> customOutcomeKinds() {
    return Combinators.combine(
            namespacedCodes(),
            Arbitraries.of(OutcomeCategory.class),
            Arbitraries.of("Secondment", "Sabbatical taken", "Reduced hours"))
        .as(
            (code, category, english) ->
                OutcomeKind.custom(code).category(category).label(Locale.ENGLISH, english).build());
  }

  /**
   * @return outcomes of a standard kind, on a day of 2020 to 2030, of every visibility, sometimes
   *     with an explanation
   */
  public static Arbitrary<TrajectoryOutcome> outcomes() {
    return Combinators.combine(
            Arbitraries.of(OutcomeKind.standardEntries()),
            Arbitraries.integers().between(0, 3650),
            Arbitraries.of(Visibility.class),
            Texts.notes().optional(0.3))
        .as(
            (kind, day, visibility, explanation) ->
                TrajectoryOutcome.builder()
                    .kind(kind)
                    .date(LocalDate.of(2020, 1, 1).plusDays(day))
                    .visibility(visibility)
                    .explanation(explanation)
                    .build());
  }

  /**
   * @return an application's intervention kinds: namespaced code, a setting and an English label
   */
  public static Arbitrary<InterventionKind> customInterventionKinds() {
    return Combinators.combine(
            namespacedCodes(),
            Arbitraries.of(InterventionSetting.class),
            Arbitraries.of("Mentoring", "Job rotation", "Outplacement workshop"))
        .as(
            (code, setting, english) ->
                InterventionKind.custom(code)
                    .setting(setting)
                    .label(Locale.ENGLISH, english)
                    .build());
  }

  /**
   * @return interventions of a standard kind, as advice or action, on a day of 2020 to 2030, of
   *     every visibility, sometimes with a description
   */
  public static Arbitrary<Intervention> interventions() {
    return Combinators.combine(
            Arbitraries.of(InterventionKind.standardEntries()),
            Arbitraries.of(InterventionForm.class),
            Arbitraries.integers().between(0, 3650),
            Arbitraries.of(Visibility.class),
            Texts.notes().optional(0.3))
        .as(
            (kind, form, day, visibility, description) ->
                Intervention.builder()
                    .kind(kind)
                    .form(form)
                    .advisedOn(LocalDate.of(2020, 1, 1).plusDays(day))
                    .visibility(visibility)
                    .description(description)
                    .build());
  }

  /**
   * @return catalogues with up to four application entries of each catalogued type, unique by code
   *     within each type
   */
  public static Arbitrary<Catalogue> catalogues() {
    return Combinators.combine(
            customInstruments().list().ofMaxSize(4).uniqueElements(Instrument::code),
            customQuestionTypes().list().ofMaxSize(4).uniqueElements(ClientQuestionType::code),
            customOrganisationalQuestions()
                .list()
                .ofMaxSize(4)
                .uniqueElements(OrganisationalQuestionSubtype::code),
            customOutcomeKinds().list().ofMaxSize(4).uniqueElements(OutcomeKind::code),
            customInterventionKinds().list().ofMaxSize(4).uniqueElements(InterventionKind::code))
        .as(
            (instruments, questionTypes, organisational, outcomes, interventions) ->
                Catalogue.builder()
                    .addAll(instruments)
                    .addAll(questionTypes)
                    .addAll(organisational)
                    .addAll(outcomes)
                    .addAll(interventions)
                    .build());
  }
}
