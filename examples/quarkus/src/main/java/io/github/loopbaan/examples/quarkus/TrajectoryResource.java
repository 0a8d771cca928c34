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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;

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
   * @param id the trajectory's identifier
   * @param headers the request's headers (its {@code Accept-Language})
   * @return every violation of the practice's rule sets, with its message in the caller's language
   */
  @GET
  @Path("/{id}/report")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Finding> report(@PathParam("id") String id, HttpHeaders headers) {
    List<Locale> languages = headers.getAcceptableLanguages();
    Locale locale = languages.isEmpty() ? Locale.ENGLISH : languages.get(0);
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
}
