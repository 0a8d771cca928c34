package io.github.loopbaan.examples.spring;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.View;
import io.github.loopbaan.spring.ViewedDocument;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.ValidationReport;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The practice's endpoints. Bodies and answers of model types go through the starter's converter
 * (strict, bounded, documents in a view); every Loopbaan failure becomes a problem document through
 * the starter's handler, in the caller's language.
 */
@RestController
public class TrajectoryController {

  /** Reasons that mean "not at this point of the trajectory": no button at all. */
  private static final Set<String> NOT_HERE = Set.of("not_in_state", "final_state");

  private final TrajectoryStore store;
  private final LoopbaanValidator rules;

  /**
   * @param store the trajectories
   * @param rules the validator the starter configured (base and voucher rules by default here)
   */
  public TrajectoryController(TrajectoryStore store, LoopbaanValidator rules) {
    this.store = store;
    this.rules = rules;
  }

  /**
   * Takes a trajectory in: a document or a plain value. Drafts are accepted; completeness is what
   * the report says.
   *
   * @param trajectory the trajectory
   * @return 201 with the stored trajectory
   */
  @PostMapping("/trajectories")
  public ResponseEntity<Trajectory> take(@RequestBody Trajectory trajectory) {
    store.save(trajectory);
    return ResponseEntity.created(URI.create("/trajectories/" + trajectory.getId().getValue()))
        .body(trajectory);
  }

  /**
   * @param id the trajectory's identifier
   * @return the full record
   */
  @GetMapping("/trajectories/{id}")
  public Trajectory get(@PathVariable String id) {
    return find(id);
  }

  /**
   * @param id the trajectory's identifier
   * @return what the commissioning party may see
   */
  @GetMapping("/trajectories/{id}/commissioner-view")
  public ViewedDocument forCommissioner(@PathVariable String id) {
    return ViewedDocument.of(find(id), View.COMMISSIONER);
  }

  /**
   * Runs a lifecycle command; a command the trajectory's state refuses is a 409 problem with every
   * reason.
   *
   * @param id the trajectory's identifier
   * @param command the command, for example {@code {"kind":"record_outcome",...}}
   * @return the trajectory after the command
   */
  @PostMapping("/trajectories/{id}/commands")
  public Trajectory run(@PathVariable String id, @RequestBody TrajectoryCommand command) {
    return store.save(find(id).apply(command).orElseThrow());
  }

  /**
   * What may happen next, for the buttons of a UI: every command kind allowed on the day, and every
   * kind refused for a reason the user can act on, with its reasons in the caller's language. A
   * kind refused only because the trajectory is not in a stage where it applies ({@code
   * not_in_state}) or is closed ({@code final_state}) is left out.
   *
   * @param id the trajectory's identifier
   * @param on the day ({@code yyyy-mm-dd}); today when absent
   * @param locale the caller's language (Accept-Language)
   * @return the commands a UI shows, enabled or disabled
   */
  @GetMapping("/trajectories/{id}/next-commands")
  public List<NextCommand> next(
      @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      Locale locale) {
    return find(id).nextCommands(on == null ? LocalDate.now() : on).stream()
        .filter(
            v ->
                v.isAllowed()
                    || !v.getReasons().stream().allMatch(r -> NOT_HERE.contains(r.getCode())))
        .map(
            v ->
                new NextCommand(
                    v.getKind().code(),
                    v.getKind().label(locale),
                    v.isAllowed(),
                    v.getReasons().stream()
                        .map(r -> new Because(r.getCode(), r.message(locale)))
                        .toList()))
        .toList();
  }

  /**
   * @param id the trajectory's identifier
   * @param locale the caller's language (Accept-Language)
   * @return every violation of the practice's rule sets, with its message in the caller's language
   */
  @GetMapping("/trajectories/{id}/report")
  public List<Finding> report(@PathVariable String id, Locale locale) {
    ValidationReport report = rules.validate(find(id));
    return report.violations().stream()
        .map(v -> new Finding(v.code(), v.severity().code(), v.path(), v.message(locale)))
        .toList();
  }

  /**
   * Submits a trajectory to the funder: only a trajectory without errors under the practice's rules
   * goes; otherwise a 422 problem lists every violation.
   *
   * @param id the trajectory's identifier
   * @return 204 when submitted
   */
  @PostMapping("/trajectories/{id}/submission")
  public ResponseEntity<Void> submit(@PathVariable String id) {
    rules.validate(find(id)).requireValid();
    return ResponseEntity.noContent().build();
  }

  private Trajectory find(String id) {
    return store
        .find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such trajectory"));
  }

  /**
   * One violation as the practice's UI shows it.
   *
   * @param code the stable rule code
   * @param severity {@code error} or {@code warning}
   * @param path where in the trajectory
   * @param message the message in the caller's language
   */
  public record Finding(String code, String severity, String path, String message) {}

  /**
   * A command a UI offers.
   *
   * @param kind the command kind's code, for example {@code record_outcome}
   * @param label its label in the caller's language
   * @param allowed whether it may be run on the day (an enabled button)
   * @param reasons why not, when refused
   */
  public record NextCommand(String kind, String label, boolean allowed, List<Because> reasons) {}

  /**
   * One reason of a refusal.
   *
   * @param code the reason's stable code
   * @param message the reason in the caller's language
   */
  public record Because(String code, String message) {}
}
