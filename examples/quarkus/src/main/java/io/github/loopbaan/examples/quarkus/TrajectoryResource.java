package io.github.loopbaan.examples.quarkus;

import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.jackson2.LoopbaanJson;
import io.github.loopbaan.validation.LoopbaanValidator;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The practice's endpoints. A trajectory is answered as a document (envelope with kind, schema
 * version and, outside the full view, the view), also to a client that accepts {@code
 * application/json}: the envelope tells a commissioner view from the full record. Bodies of model
 * types go through {@link LoopbaanBodies} (strict, bounded, documents with their envelope); every
 * Loopbaan failure becomes a problem document through {@link LoopbaanProblems}, in the caller's
 * language.
 */
@Path("/trajectories")
public class TrajectoryResource {

  /** Reasons that mean "not at this point of the trajectory": no button at all. */
  private static final Set<String> NOT_HERE = Set.of("not_in_state", "final_state");

  private final TrajectoryStore store;
  private final LoopbaanValidator rules;
  private final LoopbaanJson json;

  /**
   * @param store the trajectories
   * @param rules the validator on Quarkus's factory, base and voucher rules
   * @param json the reader and writer of documents
   */
  public TrajectoryResource(TrajectoryStore store, LoopbaanValidator rules, LoopbaanJson json) {
    this.store = store;
    this.rules = rules;
    this.json = json;
  }

  /**
   * Takes a trajectory in: a document ({@value LoopbaanBodies#DOCUMENT}) or a plain value ({@code
   * application/json}). Drafts are accepted; completeness is what the report says.
   *
   * @param trajectory the trajectory
   * @return 201 with the stored trajectory, as a document
   */
  @POST
  @Consumes({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
  @Produces({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
  public Response take(Trajectory trajectory) {
    store.save(trajectory);
    return Response.created(URI.create("/trajectories/" + trajectory.getId().getValue()))
        .entity(trajectory)
        .build();
  }

  /**
   * Checks a trajectory under the career-voucher rules without keeping it: Quarkus's own validator
   * runs the rules on the {@code @Valid} parameter, and a violation is a 422 problem with its rule
   * code.
   *
   * @param trajectory the trajectory
   * @return 204 when no voucher rule is broken
   */
  @POST
  @Path("/checks")
  @Consumes({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
  public Response check(@Valid @ConvertGroup(to = FlemishVoucher.class) Trajectory trajectory) {
    return Response.noContent().build();
  }

  /**
   * @param id the trajectory's identifier
   * @return the full record, as a document
   */
  @GET
  @Path("/{id}")
  @Produces({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
  public Trajectory get(@PathParam("id") String id) {
    return find(id);
  }

  /**
   * @param id the trajectory's identifier
   * @return what the commissioning party may see, as a document in the commissioner view
   */
  @GET
  @Path("/{id}/commissioner-view")
  @Produces({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
  public String forCommissioner(@PathParam("id") String id) {
    return json.viewWriter(View.COMMISSIONER).writeDocument(find(id));
  }

  /**
   * Runs a lifecycle command; a command the trajectory's state refuses is a 409 problem with every
   * reason.
   *
   * @param id the trajectory's identifier
   * @param command the command, for example {@code {"kind":"record_outcome",...}}
   * @return the trajectory after the command, as a document
   */
  @POST
  @Path("/{id}/commands")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
  public Trajectory run(@PathParam("id") String id, TrajectoryCommand command) {
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
   * @param headers the request's headers (its {@code Accept-Language})
   * @return the commands a UI shows, enabled or disabled
   */
  @GET
  @Path("/{id}/next-commands")
  @Produces(MediaType.APPLICATION_JSON)
  public List<NextCommand> next(
      @PathParam("id") String id, @QueryParam("on") LocalDate on, HttpHeaders headers) {
    Locale locale = LoopbaanProblems.locale(headers);
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
   * @param headers the request's headers (its {@code Accept-Language})
   * @return every violation of the practice's rule sets, with its message in the caller's language
   */
  @GET
  @Path("/{id}/report")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Finding> report(@PathParam("id") String id, HttpHeaders headers) {
    Locale locale = LoopbaanProblems.locale(headers);
    return rules.validate(find(id)).violations().stream()
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
  @POST
  @Path("/{id}/submission")
  public Response submit(@PathParam("id") String id) {
    rules.validate(find(id)).requireValid();
    return Response.noContent().build();
  }

  private Trajectory find(String id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("no such trajectory"));
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
