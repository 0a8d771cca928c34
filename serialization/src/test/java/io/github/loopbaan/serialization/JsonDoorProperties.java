package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14, the JSON door: a stored document whose history was changed (an event dropped, a state
 * or date rewritten, the events reordered) either fails to read with a {@link
 * LoopbaanJsonException} or reads into a trajectory that answers every operation, where decide and
 * apply agree.
 */
class JsonDoorProperties {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return TrajectoryArbitraries.trajectories();
  }

  @Property(tries = 1000)
  void a_document_with_a_mutated_history_is_refused_or_operable(
      @ForAll("trajectories") Trajectory t, @ForAll long seed) {
    Random random = new Random(seed);
    ObjectNode document = (ObjectNode) LoopbaanJson.mapper().readTree(JSON.writeDocument(t));
    ArrayNode history = (ArrayNode) document.get("content").get("history");
    int n = history.size();
    if (n > 0) {
      int i = random.nextInt(n);
      ObjectNode event = (ObjectNode) history.get(i);
      TrajectoryStage[] stages = TrajectoryStage.values();
      switch (random.nextInt(4)) {
        case 0:
          history.remove(i);
          for (int k = 0; k < history.size(); k++) {
            ((ObjectNode) history.get(k)).put("sequence", k + 1);
          }
          break;
        case 1:
          event.put("to", stages[random.nextInt(stages.length)].code());
          break;
        case 2:
          ((ObjectNode) event.get("command"))
              .put(
                  "date",
                  LocalDate.parse(event.get("command").get("date").stringValue())
                      .minusDays(1 + random.nextInt(60))
                      .toString());
          break;
        default:
          JsonNode first = history.remove(0);
          history.add(first);
          for (int k = 0; k < history.size(); k++) {
            ((ObjectNode) history.get(k)).put("sequence", k + 1);
          }
      }
    }
    Trajectory read;
    try {
      read =
          JSON.readDocument(LoopbaanJson.mapper().writeValueAsString(document), Trajectory.class);
    } catch (LoopbaanJsonException refused) {
      assertThat(refused.getPath()).startsWith("$");
      return;
    }
    LocalDate day =
        read.getHistory().isEmpty() ? read.getOpenedOn() : read.getHistory().last().getDate();
    read.nextCommands(day);
    read.nextCommands(LocalDate.MAX);
    for (TrajectoryCommandKind kind : TrajectoryCommandKind.values()) {
      Optional<TrajectoryCommand> command = TrajectoryArbitraries.command(read, kind, day, random);
      if (command.isPresent()) {
        Outcome<Trajectory> outcome = read.apply(command.get());
        assertThat(TrajectoryLifecycle.MACHINE.decide(read, command.get()).isAllowed())
            .isEqualTo(outcome.isApplied());
      }
    }
  }
}
