package io.github.loopbaan.docs;

// spotless:off
// begin:integration-bean
import io.github.loopbaan.core.trajectory.Trajectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An application's own bean: a coaching file that holds a Loopbaan trajectory. */
public class CoachingFile {

  @NotNull
  @Valid // cascades into the trajectory: Loopbaan's rules are constraints on the model types
  private final Trajectory trajectory;

  public CoachingFile(Trajectory trajectory) {
    this.trajectory = trajectory;
  }

  public Trajectory getTrajectory() {
    return trajectory;
  }
}
// end:integration-bean
// spotless:on
