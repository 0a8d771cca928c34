package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.util.List;
import java.util.Optional;

/**
 * The closed set of top-level document kinds of the wire format, each with its content type and
 * schema versions. Dutch: documentsoort.
 *
 * <p>A document is an envelope around one value:
 *
 * <pre>{@code
 * {"kind": "client", "schemaVersion": 1, "content": {"id": "c-17", "birthYear": "1973"}}
 * }</pre>
 *
 * <p>The envelope is a separate object rather than properties mixed into the content (a "flat"
 * document), so that content properties can never clash with {@code kind} or {@code schemaVersion},
 * and the content is exactly what {@code LoopbaanJson.write(Object)} writes for the value. The kind
 * is a logical name from this set, never a class name; a document of another kind is rejected.
 *
 * <p>Adding a kind is one constant: its code, its content type, its first schema version and its
 * upgrade steps, for example {@code TRAJECTORY("trajectory", Trajectory.class, 1)}. When the shape
 * of a kind changes, raise its version by appending an {@link Upgrade} from the previous version to
 * its constant (the JSON Schema of the kind, {@code docs/schema/<kind>.schema.json}, is regenerated
 * with it).
 */
public enum DocumentKind implements Coded {

  /**
   * A client (Dutch: cliënt), content type {@link Client}. Schema version 0 is the first exchange
   * format of client records; version 1 is the current one (see {@link ClientSchemaUpgrade}).
   */
  CLIENT("client", Client.class, 0, new ClientSchemaUpgrade()),

  /**
   * A development plan (Dutch: persoonlijk ontwikkelingsplan, POP), content type {@link
   * DevelopmentPlan}; schema version 1 is the first. A plan whose client refused its storage is
   * written as its checklist.
   */
  DEVELOPMENT_PLAN("development_plan", DevelopmentPlan.class, 1),

  /**
   * A career guidance trajectory with everything it holds (Dutch: loopbaantraject), content type
   * {@link Trajectory}; schema version 1 is the first. Its {@code history} is the array of its
   * lifecycle events, and {@code stage} is written for readers and ignored on reading (it is
   * derived from the history).
   */
  TRAJECTORY("trajectory", Trajectory.class, 1),

  /**
   * A trajectory whose personal and health data are erased (Dutch: gewist traject), content type
   * {@link ErasedTrajectory}, made by {@link Erasure}; schema version 1 is the first. The content
   * has the shape of a trajectory's; reading checks that it holds no personal or health data (rule
   * {@code not_erased}) and that the client's identifier is a pseudonym.
   */
  ERASED_TRAJECTORY("erased_trajectory", ErasedTrajectory.class, 1);

  private final String code;
  private final Class<?> type;
  private final int oldestVersion;
  private final List<Upgrade> upgrades;

  DocumentKind(String code, Class<?> type, int oldestVersion, Upgrade... upgrades) {
    this.code = code;
    this.type = type;
    this.oldestVersion = oldestVersion;
    this.upgrades = List.of(upgrades);
    for (int i = 0; i < upgrades.length; i++) {
      if (upgrades[i].fromVersion() != oldestVersion + i) {
        throw new IllegalArgumentException(
            "Upgrade steps of "
                + code
                + " must run from version "
                + oldestVersion
                + " one version at a time");
      }
    }
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the type of the document's content, for example {@link Client}
   */
  public Class<?> getType() {
    return type;
  }

  /**
   * @return the schema version this library writes
   */
  public int currentVersion() {
    return oldestVersion + upgrades.size();
  }

  /**
   * @return the oldest schema version this library reads
   */
  public int oldestVersion() {
    return oldestVersion;
  }

  /**
   * @return the upgrade steps, oldest first; step {@code i} reads version {@code oldestVersion() +
   *     i}
   */
  public List<Upgrade> upgrades() {
    return upgrades;
  }

  /**
   * @param value a model value
   * @return the kind whose content type the value is, when it is a top-level document kind
   */
  public static Optional<DocumentKind> of(Object value) {
    for (DocumentKind kind : values()) {
      if (kind.type.isInstance(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * @param code a kind code, as written in a document
   * @return the kind with that code, when there is one
   */
  public static Optional<DocumentKind> byCode(String code) {
    for (DocumentKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
