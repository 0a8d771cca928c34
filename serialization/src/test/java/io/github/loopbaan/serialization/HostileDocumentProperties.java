package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.CommandFormat;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.testkit.PlanArbitraries;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Hostile input for the trajectory and development plan documents fails only as a
 * LoopbaanJsonException.
 */
class HostileDocumentProperties {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final Pattern COMMAND_KIND =
      Pattern.compile("\"command\":\\{\"kind\":\"([a-z_]+)\"");

  @Property(tries = 200)
  void a_truncated_trajectory_fails_with_a_path(
      @ForAll("trajectories") Trajectory trajectory,
      @ForAll @IntRange(min = 0, max = 1_000_000) int cut) {
    String document = JSON.writeDocument(trajectory);
    String truncated = document.substring(0, cut % document.length());
    assertThatThrownBy(() -> JSON.readDocument(truncated))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class, e -> assertThat(e.getPath()).startsWith("$"));
  }

  @Property(tries = 200)
  void a_mutated_trajectory_reads_or_fails_with_a_loopbaan_exception(
      @ForAll("trajectories") Trajectory trajectory,
      @ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll("jsonCharacters") char replacement) {
    String document = JSON.writeDocument(trajectory);
    int i = at % document.length();
    String mutated = document.substring(0, i) + replacement + document.substring(i + 1);
    try {
      assertThat(JSON.readDocument(mutated)).isInstanceOf(Trajectory.class);
    } catch (LoopbaanJsonException e) {
      assertThat(e.getPath()).startsWith("$");
      assertThat(e.getReason()).isNotBlank();
    }
  }

  @Property(tries = 200)
  void a_class_name_or_unknown_code_as_command_kind_is_an_unknown_code(
      @ForAll("trajectories") Trajectory trajectory, @ForAll("hostileKinds") String kind) {
    String document = JSON.writeDocument(trajectory);
    Matcher m = COMMAND_KIND.matcher(document);
    Assume.that(m.find());
    String hostile = document.substring(0, m.start(1)) + kind + document.substring(m.end(1));
    assertThatThrownBy(() -> JSON.readDocument(hostile))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath()).startsWith("$.content.").endsWith(".command.kind");
            });
  }

  @Property(tries = 100)
  void deep_nesting_anywhere_in_a_plan_fails_at_the_limit(
      @ForAll("plans") DevelopmentPlan plan, @ForAll @IntRange(min = 65, max = 500) int depth) {
    String document = JSON.writeDocument(plan);
    String nested =
        document.replace(
            "\"content\":{",
            "\"content\":{\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + ",");
    // The strict reader reads in one pass and meets the unknown property before its depth; the
    // lenient one, which would skip the property, meets the depth limit.
    assertThatThrownBy(() -> JSON.readDocument(nested))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
              assertThat(e.getPath()).isEqualTo("$.content[unknown property #1]");
            });
    assertThatThrownBy(() -> LoopbaanJson.builder().lenient().build().readDocument(nested))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
              assertThat(e.getPath()).startsWith("$.content[unknown property #1]");
            });
  }

  @Property(tries = 200)
  void a_truncated_plan_fails_with_a_path(
      @ForAll("plans") DevelopmentPlan plan, @ForAll @IntRange(min = 0, max = 1_000_000) int cut) {
    String document = JSON.writeDocument(plan);
    String truncated = document.substring(0, cut % document.length());
    assertThatThrownBy(() -> JSON.readDocument(truncated))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class, e -> assertThat(e.getPath()).startsWith("$"));
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return TrajectoryArbitraries.trajectories();
  }

  @Provide
  Arbitrary<DevelopmentPlan> plans() {
    return PlanArbitraries.developmentPlans();
  }

  @Provide
  Arbitrary<String> hostileKinds() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "io.github.loopbaan.core.trajectory.TrajectoryCommand$HoldIntake",
            "io.github.loopbaan.core.session.SessionCommand$Hold",
            "java.lang.ProcessBuilder",
            "HOLD_INTAKE",
            "Hold_Intake",
            "",
            "@class",
            "hold intake"),
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('_')
            .ofMinLength(1)
            .ofMaxLength(20)
            .filter(s -> CommandFormat.all().stream().allMatch(f -> f.kind(s).isEmpty())));
  }

  @Provide
  Arbitrary<Character> jsonCharacters() {
    return Arbitraries.of(
        '{', '}', '[', ']', '"', ':', ',', '\\', '0', '9', '-', 'x', ' ', 'n', 't', 'e');
  }
}
