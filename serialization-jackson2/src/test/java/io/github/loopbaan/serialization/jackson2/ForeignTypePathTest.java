package io.github.loopbaan.serialization.jackson2;

import static io.github.loopbaan.serialization.jackson2.Problems.assertProblem;

import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * An application reads its own types with the same reader: a failure names a property the type
 * declares (a record component, a public field), and gives any other key by position, so an error
 * path never echoes a key the reader cannot vouch for.
 */
class ForeignTypePathTest {

  /** A bean of an application: a setter and a public field. */
  public static final class Zoo {
    private int c;

    /** The public field. */
    public int quokkaWeight;

    /**
     * @param count a count
     */
    public void setZebraCount(int count) {
      this.c = count;
    }

    @Override
    public String toString() {
      return "Zoo" + c;
    }
  }

  /**
   * A record of an application.
   *
   * @param wombatLabel a label
   * @param wombatSize a size
   */
  public record Wombat(String wombatLabel, int wombatSize) {}

  @Test
  void a_failure_names_a_property_the_type_declares() throws Exception {
    LoopbaanJson json = LoopbaanJson.builder().build();
    assertProblem(
        json,
        "{\"wombatLabel\":\"a\",\"wombatSize\":\"big\"}",
        Wombat.class,
        Problem.WRONG_TYPE,
        "$.wombatSize");
    assertProblem(
        json, "{\"quokkaWeight\":\"heavy\"}", Zoo.class, Problem.WRONG_TYPE, "$.quokkaWeight");
  }
}
