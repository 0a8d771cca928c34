package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.PartyArbitraries;
import io.github.loopbaan.testkit.PlanArbitraries;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every document kind reads back: a value written as a full document is read back equal, histories
 * included (events equal, so replaying their commands gives the same value). The one exception is
 * the content of a development plan whose client refused its storage, which is never written: such
 * a plan reads back as its identifier and consent only (the model has no place for the checklist
 * itself, so a plan read back and written again reports an empty checklist).
 */
class DocumentRoundTripProperties {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final LoopbaanJson LENIENT = LoopbaanJson.builder().lenient().build();

  @Property(tries = 1000)
  void a_client_document_reads_back_equal(@ForAll("clients") Client client) {
    String document = JSON.writeDocument(client);
    assertThat(JSON.readDocument(document, Client.class)).isEqualTo(client);
    assertThat(JSON.readDocument(document)).isEqualTo(client);
  }

  @Property(tries = 1000)
  void a_development_plan_document_reads_back_as_stored(@ForAll("plans") DevelopmentPlan plan) {
    String document = JSON.writeDocument(plan);
    DevelopmentPlan back = JSON.readDocument(document, DevelopmentPlan.class);
    if (plan.getStorageConsent() == StorageConsent.STORE_FULL_PLAN) {
      assertThat(back).isEqualTo(plan);
      assertThat(JSON.writeDocument(back)).isEqualTo(document);
    } else {
      assertThat(back).isEqualTo(plan.toChecklist());
      assertThat(JSON.writeDocument(back)).isEqualTo(document);
    }
    assertThat(LENIENT.readDocument(document, DevelopmentPlan.class)).isEqualTo(back);
  }

  @Property(tries = 1000)
  void a_trajectory_document_reads_back_equal_with_its_history(
      @ForAll("trajectories") Trajectory trajectory) {
    String document = JSON.writeDocument(trajectory);
    Trajectory back = JSON.readDocument(document, Trajectory.class);
    boolean checklistOnly =
        Items.plans(trajectory).stream()
            .anyMatch(p -> p.getStorageConsent() == StorageConsent.CHECKLIST_ONLY);
    if (!checklistOnly) {
      assertThat(back).isEqualTo(trajectory);
      assertThat(back.getHistory().asList())
          .containsExactlyElementsOf(trajectory.getHistory().asList());
    }
    assertThat(back.getStage()).isEqualTo(trajectory.getStage());
    assertThat(back.getHistory().size()).isEqualTo(trajectory.getHistory().size());
    String again = JSON.writeDocument(back);
    assertThat(JSON.readDocument(again, Trajectory.class)).isEqualTo(back);
    if (!checklistOnly) {
      assertThat(again).isEqualTo(document);
    }
  }

  @Provide
  Arbitrary<Client> clients() {
    return PartyArbitraries.clients();
  }

  @Provide
  Arbitrary<DevelopmentPlan> plans() {
    return PlanArbitraries.developmentPlans();
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return TrajectoryArbitraries.trajectories();
  }
}
