package io.github.loopbaan.spring;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.View;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A small Spring MVC application that uses the starter as an HR back end would. */
@SpringBootApplication
class StarterTestApplication {

  /** Takes trajectories in, validates them, runs a command, answers views. */
  @RestController
  static class TrajectoryController {

    private final LoopbaanValidator validator;

    TrajectoryController(LoopbaanValidator validator) {
      this.validator = validator;
    }

    @PostMapping("/trajectories")
    Trajectory store(@RequestBody Trajectory trajectory) {
      return trajectory;
    }

    @PostMapping("/trajectories/commissioner-view")
    ViewedDocument forCommissioner(@RequestBody Trajectory trajectory) {
      return ViewedDocument.of(trajectory, View.COMMISSIONER);
    }

    @PostMapping("/trajectories/checked")
    Trajectory checked(@RequestBody Trajectory trajectory) {
      validator.validate(trajectory, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).requireValid();
      return trajectory;
    }

    @PostMapping("/trajectories/resumed")
    Trajectory resume(@RequestBody Trajectory trajectory) {
      return trajectory
          .apply(TrajectoryCommand.resume(trajectory.getOpenedOn().plusYears(1)))
          .orElseThrow();
    }

    @PostMapping("/trajectories/commands")
    TrajectoryCommand command(@RequestBody TrajectoryCommand command) {
      return command;
    }

    @PostMapping("/notes")
    Map<String, Object> note(@RequestBody Map<String, Object> note) {
      return note;
    }
  }
}
