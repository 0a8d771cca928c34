package io.github.loopbaan.benchmarks.json;

import io.github.loopbaan.benchmarks.inputs.StandardInputs;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One standard document of the JSON benchmarks, with everything each contender needs: the model
 * value (for {@code LoopbaanJson}), the equivalent {@link Mirror} records (for streaming and
 * databind) and the document's UTF-8 bytes as {@code LoopbaanJson} writes it in the full view (what
 * every contender reads).
 *
 * <p>Input limits: none needs raising. The large document is about 1.8 MB (the default limit is 8
 * MiB), its largest array holds 2,000 actions (the default limit is 10,000 elements), its nesting
 * is under 15 levels (the default limit is 64) and its longest text is far under 100,000
 * characters; so {@link LoopbaanJson#standard()} reads all three, which the setup test checks.
 *
 * @param name the JMH parameter value: {@code small}, {@code medium} or {@code large}
 * @param value the model value: a {@code Client} or a {@code Trajectory}
 * @param type the model type to read
 * @param mirror the equivalent records: a {@link Mirror.ClientDocument} or a {@link
 *     Mirror.TrajectoryDocument}
 * @param json the document as {@code LoopbaanJson} writes it, UTF-8
 */
public record StandardDocument(
    String name, Object value, Class<?> type, Object mirror, byte[] json) {

  /** The JMH parameter values, in order. */
  public static final String[] NAMES = {"small", "medium", "large"};

  /**
   * @param name {@code small} (one client), {@code medium} or {@code large} (the trajectories)
   * @return the document, built from {@link StandardInputs}
   */
  public static StandardDocument of(String name) {
    Object value =
        switch (name) {
          case "small" -> StandardInputs.client();
          case "medium" -> StandardInputs.mediumTrajectory();
          case "large" -> StandardInputs.largeTrajectory();
          default -> throw new IllegalArgumentException("unknown standard document: " + name);
        };
    byte[] json = LoopbaanJson.standard().writeDocument(value).getBytes(StandardCharsets.UTF_8);
    boolean client = name.equals("small");
    Object mirror =
        client ? Streaming.readClientDocument(json) : Streaming.readTrajectoryDocument(json);
    Class<?> type = client ? Client.class : Trajectory.class;
    return new StandardDocument(name.toLowerCase(Locale.ROOT), value, type, mirror, json);
  }

  /**
   * @return whether this is the client document
   */
  public boolean isClient() {
    return mirror instanceof Mirror.ClientDocument;
  }
}
