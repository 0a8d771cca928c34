package io.github.loopbaan.testkit;

import io.github.loopbaan.core.standards.CompetenceAssessment;
import io.github.loopbaan.core.standards.CompetenceRef;
import io.github.loopbaan.core.standards.EscoUri;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.standards.OccupationRef;
import io.github.loopbaan.core.standards.OnetSocCode;
import io.github.loopbaan.core.standards.ProficiencyLevel;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the classification references ({@code io.github.loopbaan.core.standards}): ESCO
 * URIs, ISCO-08 and O*NET-SOC codes, occupations, competences, competence assessments and RIASEC
 * profiles, valid and deliberately broken.
 *
 * <p>Occupations come from a small table of real pairs (for example "loopbaancoach", ISCO {@code
 * 2423}, O*NET {@code 21-1012.00}); ESCO concept identifiers are generated UUIDs in the real URI
 * scheme.
 */
public final class StandardsArbitraries {

  private static final String ESCO = "http://data.europa.eu/esco/";

  /** Label, ISCO-08 unit group, O*NET-SOC code. */
  private static final String[][] OCCUPATIONS = {
    {"loopbaancoach", "2423", "21-1012.00"},
    {"hr-adviseur", "2423", "13-1071.00"},
    {"opleidingsadviseur", "2424", "13-1151.00"},
    {"leerkracht basisonderwijs", "2341", "25-2021.00"},
    {"verpleegkundige", "2221", "29-1141.00"},
    {"personeelsmanager", "1212", "11-3121.00"},
    {"marketingmanager", "1221", "11-2021.00"},
    {"klantenservicemedewerker", "4222", "43-4051.00"},
    {"timmerman", "7115", "47-2031.01"},
    {"softwareontwikkelaar", "2512", "15-1252.00"},
    {"boekhouder", "4311", "43-3031.00"},
    {"career guidance advisor", "2423", "21-1012.00"}
  };

  // Never a wire code of the model (such as the action subject "networking"), so that a leak
  // property cannot mistake a code for the text.
  private static final String[] COMPETENCES = {
    "netwerken", "presenteren", "samenwerken", "plannen en organiseren", "klantgerichtheid",
        "flexibiliteit",
    "leidinggeven", "resultaatgerichtheid", "creativiteit", "onderhandelen", "zelfreflectie",
        "overtuigen",
    "building networks", "presenting", "negotiating", "coaching others"
  };
  private static final String[] EVIDENCE = {
    "Organiseerde een netwerkbijeenkomst voor veertig collega's",
    "Gaf een presentatie voor de raad van bestuur over het nieuwe beleid",
    "Leidde drie jaar een team van acht verpleegkundigen",
    "Onderhandelde zelf een nieuw contract met de grootste klant",
    "Ran the onboarding programme for new engineers for two years",
    "Mediated a conflict between two departments during the merger"
  };
  private static final String[] ISCO_GROUPS = {
    "2", "24", "242", "2423", "2424", "2341", "1212", "0110", "9629"
  };

  private StandardsArbitraries() {}

  /**
   * @return ESCO concept identifiers: UUIDs
   */
  private static Arbitrary<String> conceptIds() {
    return PartyArbitraries.uuids();
  }

  /**
   * @return ESCO occupation URIs such as {@code http://data.europa.eu/esco/occupation/f2b15a0e-…}
   */
  public static Arbitrary<EscoUri> escoOccupations() {
    return conceptIds().map(id -> EscoUri.of(ESCO + "occupation/" + id));
  }

  /**
   * @return ESCO skill URIs such as {@code http://data.europa.eu/esco/skill/…}
   */
  public static Arbitrary<EscoUri> escoSkills() {
    return conceptIds().map(id -> EscoUri.of(ESCO + "skill/" + id));
  }

  /**
   * @return ESCO occupation or skill URIs
   */
  public static Arbitrary<EscoUri> escoUris() {
    return Arbitraries.oneOf(escoOccupations(), escoSkills());
  }

  /**
   * @return ISCO-08 codes of every level, mostly real unit groups such as {@code 2423}
   */
  public static Arbitrary<IscoCode> iscoCodes() {
    return Arbitraries.oneOf(
            Arbitraries.of(OCCUPATIONS).map(o -> o[1]),
            Arbitraries.of(ISCO_GROUPS),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4))
        .map(IscoCode::of);
  }

  /**
   * @return O*NET-SOC codes such as {@code 21-1012.00}
   */
  public static Arbitrary<OnetSocCode> onetSocCodes() {
    return Arbitraries.oneOf(
            Arbitraries.of(OCCUPATIONS).map(o -> o[2]),
            Combinators.combine(
                    Arbitraries.integers().between(11, 55),
                    Arbitraries.integers().between(1000, 9199),
                    Arbitraries.of(0, 0, 0, 1, 2))
                .as((major, detail, ext) -> String.format("%02d-%04d.%02d", major, detail, ext)))
        .map(OnetSocCode::of);
  }

  /**
   * @return occupations from a table of real label and code pairs, each link present or not
   */
  public static Arbitrary<OccupationRef> occupations() {
    return Arbitraries.of(OCCUPATIONS)
        .flatMap(
            o ->
                Builders.withBuilder(OccupationRef::builder)
                    .use(Arbitraries.just(o[0]))
                    .in(OccupationRef.Builder::label)
                    .use(escoOccupations())
                    .withProbability(0.5)
                    .in(OccupationRef.Builder::esco)
                    .use(Arbitraries.just(IscoCode.of(o[1])))
                    .withProbability(0.7)
                    .in(OccupationRef.Builder::isco)
                    .use(Arbitraries.just(OnetSocCode.of(o[2])))
                    .withProbability(0.5)
                    .in(OccupationRef.Builder::onetSoc)
                    .build(OccupationRef.Builder::build));
  }

  /**
   * @return competence labels such as "netwerken" and "presenteren"
   */
  public static Arbitrary<String> competenceLabels() {
    return Arbitraries.of(COMPETENCES);
  }

  /**
   * @return competences, half of them linked to an ESCO skill
   */
  public static Arbitrary<CompetenceRef> competences() {
    return Builders.withBuilder(CompetenceRef::builder)
        .use(competenceLabels())
        .in(CompetenceRef.Builder::label)
        .use(escoSkills())
        .withProbability(0.5)
        .in(CompetenceRef.Builder::esco)
        .build(CompetenceRef.Builder::build);
  }

  /**
   * @return proficiency levels
   */
  public static Arbitrary<ProficiencyLevel> proficiencyLevels() {
    return Arbitraries.of(ProficiencyLevel.class);
  }

  /**
   * @return evidence sentences, each with a generated reference so most are unique
   */
  public static Arbitrary<String> evidence() {
    return Combinators.combine(Arbitraries.of(EVIDENCE), Arbitraries.integers().between(1, 9999))
        .as((text, n) -> text + " (ref " + n + ")");
  }

  /**
   * @return competence assessments, most with evidence
   */
  public static Arbitrary<CompetenceAssessment> competenceAssessments() {
    return Builders.withBuilder(CompetenceAssessment::builder)
        .use(competences())
        .in(CompetenceAssessment.Builder::competence)
        .use(proficiencyLevels())
        .in(CompetenceAssessment.Builder::level)
        .use(evidence())
        .withProbability(0.7)
        .in(CompetenceAssessment.Builder::evidence)
        .build(CompetenceAssessment.Builder::build);
  }

  /**
   * @return the six interest types
   */
  public static Arbitrary<RiasecType> riasecTypes() {
    return Arbitraries.of(RiasecType.class);
  }

  /**
   * @return interest profiles with every score between 0 and 100
   */
  public static Arbitrary<RiasecProfile> riasecProfiles() {
    Arbitrary<Integer> score = Arbitraries.integers().between(0, 100);
    return Combinators.combine(score, score, score, score, score, score).as(RiasecProfile::of);
  }

  /**
   * @return constructions that break one structural rule of a classification reference each
   */
  public static Arbitrary<Broken> broken() {
    return Arbitraries.oneOf(
        Arbitraries.oneOf(
                conceptIds().map(id -> "https://data.europa.eu/esco/occupation/" + id),
                conceptIds().map(id -> ESCO + "isco/" + id),
                conceptIds().map(id -> "http://example.org/esco/skill/" + id),
                Arbitraries.of(
                    ESCO + "skill/",
                    ESCO + "occupation/with space",
                    ESCO + "skill/" + "x".repeat(65),
                    ""))
            .map(uri -> Broken.of("EscoUri", "value", "format", () -> EscoUri.of(uri))),
        Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(9),
                Arbitraries.of("", "24a3", " 2423", "2423 ", "-242", "24.2"))
            .map(code -> Broken.of("IscoCode", "value", "format", () -> IscoCode.of(code))),
        Arbitraries.of(
                "21-1012", "211012.00", "21-101.00", "21-1012.0", "AB-1012.00", "21_1012.00", "")
            .map(code -> Broken.of("OnetSocCode", "value", "format", () -> OnetSocCode.of(code))),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "OccupationRef", "label", "not_blank", () -> OccupationRef.of(blank))),
        escoSkills()
            .map(
                skill ->
                    Broken.of(
                        "OccupationRef",
                        "esco",
                        "esco_occupation",
                        () -> OccupationRef.builder().label("loopbaancoach").esco(skill).build())),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "CompetenceRef", "label", "not_blank", () -> CompetenceRef.of(blank))),
        escoOccupations()
            .map(
                occupation ->
                    Broken.of(
                        "CompetenceRef",
                        "esco",
                        "esco_skill",
                        () -> CompetenceRef.builder().label("netwerken").esco(occupation).build())),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "CompetenceAssessment",
                        "evidence",
                        "not_blank",
                        () ->
                            CompetenceAssessment.builder()
                                .competence(CompetenceRef.of("presenteren"))
                                .level(ProficiencyLevel.BASIC)
                                .evidence(blank)
                                .build())),
        Combinators.combine(
                riasecTypes(),
                Arbitraries.oneOf(
                    Arbitraries.integers().between(-1000, -1),
                    Arbitraries.integers().between(101, 1000)))
            .as(
                (type, score) ->
                    Broken.of(
                        "RiasecProfile",
                        type.code(),
                        "in_range",
                        () -> RiasecProfile.of(scoresWith(type, score)))),
        riasecTypes()
            .map(
                type ->
                    Broken.of(
                        "RiasecProfile",
                        type.code(),
                        "complete",
                        () -> {
                          Map<RiasecType, Integer> scores = scoresWith(type, 0);
                          scores.remove(type);
                          return RiasecProfile.of(scores);
                        })));
  }

  private static Map<RiasecType, Integer> scoresWith(RiasecType type, int score) {
    Map<RiasecType, Integer> scores = new EnumMap<>(RiasecType.class);
    for (RiasecType t : RiasecType.values()) {
      scores.put(t, 50);
    }
    scores.put(type, score);
    return scores;
  }
}
