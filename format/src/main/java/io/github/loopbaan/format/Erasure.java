package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.spi.ReadLimits;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Erases the personal and health data of a trajectory (GDPR art. 17), keeping it as structure: the
 * result is an {@link ErasedTrajectory}, a valid trajectory with the same identifier, stages,
 * dates, phases, hours and history events, which writes and reads back as a document of kind {@code
 * erased_trajectory}. Dutch: wissing.
 *
 * <pre>{@code
 * ErasedTrajectory erased = Erasure.anonymising().erase(trajectory);
 * String document = LoopbaanJson.standard().writeDocument(erased);   // kind erased_trajectory
 * }</pre>
 *
 * <p>What erasure does, driven by the model's marks ({@code @PersonalData}, {@link Classified}),
 * not by a list of attributes, so a new marked attribute is erased without a change here:
 *
 * <ul>
 *   <li>an attribute marked {@code @PersonalData} is emptied (an optional or a collection), set to
 *       {@code false} (a flag) or, where the model requires a text, set to {@link
 *       ErasedTrajectory#ERASED_TEXT}; an item that needs a marked value of another kind (a
 *       referral needs its target) is removed from the list or optional that holds it;
 *   <li>an item that is health data (a note or an insight of category health) is removed;
 *   <li>codes of a sensitive class (a class with a health constant: the employment situation, the
 *       question types, pause and stop reasons) are removed from optionals and lists, and where the
 *       model requires one, replaced by the class's {@code other} ({@link
 *       ErasedTrajectory#STAND_IN}) or, without such a constant, the item holding it goes (the
 *       career question, whose types are such codes): every code of the class alike, health or not,
 *       so that nothing tells health data apart;
 *   <li>the client's identifier becomes a pseudonym ({@link ErasedTrajectory#PSEUDONYM}): random
 *       per erasure ({@link #anonymising()}) or stable under a key of the application ({@link
 *       #pseudonymising(byte[])}); the birth year goes, leaving the age band on the opening day.
 * </ul>
 *
 * <p>The same rules apply wherever a value sits, in the trajectory's attributes and in the commands
 * of its history alike, so the history keeps every event with its date and states and the result is
 * checked like every trajectory read from JSON. Erasure is idempotent: erasing an erased trajectory
 * returns it unchanged. It works on trajectories in every stage; an application normally erases a
 * closed one when {@link io.github.loopbaan.core.retention.RetentionPolicy} says it is due.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Erasure {

  private static final int MIN_KEY_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final ModelReader reader;

  private Erasure(byte[] key, ModelReader reader) {
    this.key = key;
    this.reader = reader;
  }

  /** The reader of erased trajectories with the standard catalogue and the default limit. */
  private static final ModelReader STANDARD =
      new ModelReader(true, ReadLimits.DEFAULT_MAX_COLLECTION_SIZE, Catalogue.standard());

  /**
   * @return an erasure whose client pseudonyms are random, a new key for every trajectory: erased
   *     trajectories of one client cannot be linked to each other
   */
  public static Erasure anonymising() {
    return new Erasure(null, STANDARD);
  }

  /**
   * @param key the application's secret for pseudonyms, at least 16 bytes; copied
   * @return an erasure whose client pseudonyms are stable: the same client identifier gives the
   *     same pseudonym under the same key (HMAC-SHA256), so the erased trajectories of one client
   *     can still be counted together, and without the key the pseudonym does not lead back to the
   *     identifier
   * @throws IllegalArgumentException when the key is shorter than 16 bytes
   */
  public static Erasure pseudonymising(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "key: a pseudonym key has at least " + MIN_KEY_BYTES + " bytes");
    }
    return new Erasure(key.clone(), STANDARD);
  }

  /**
   * @param catalogue the catalogue through which the erased trajectory is read back: the one the
   *     application reads its trajectories with, when they hold its own catalogue entries ({@link
   *     Catalogue#standard()} by default)
   * @return this erasure with that catalogue
   */
  public Erasure using(Catalogue catalogue) {
    return new Erasure(
        key,
        new ModelReader(
            true,
            ReadLimits.DEFAULT_MAX_COLLECTION_SIZE,
            Objects.requireNonNull(catalogue, "catalogue")));
  }

  /**
   * @param trajectory a trajectory in any stage
   * @return its erased form; the trajectory itself when it is erased already
   * @throws IllegalStateException when the model holds personal data where erasure cannot take it
   *     out (a defect of the model's marks, never of the trajectory)
   */
  public ErasedTrajectory erase(Trajectory trajectory) {
    Objects.requireNonNull(trajectory, "trajectory");
    TreeSink sink = new TreeSink();
    ModelWriter.write(trajectory, sink, new ModelWriter.Scope(View.FULL, null, null));
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) sink.root();
    Walk walk = new Walk(trajectory, pseudonymKey());
    if (walk.removes(trajectory, tree)) {
      throw cannotErase("trajectory");
    }
    TreeSource erased = new TreeSource(tree);
    erased.next();
    return ErasedTrajectory.of((Trajectory) reader.read(Trajectory.class, erased));
  }

  private byte[] pseudonymKey() {
    if (key != null) {
      return key;
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return random;
  }

  private static IllegalStateException cannotErase(String path) {
    return new IllegalStateException(
        path + ": holds personal data that erasure cannot take out; the model marks are wrong");
  }

  /** One erasure: the value and its JSON tree, walked together. */
  private static final class Walk {
    private final Trajectory root;
    private final byte[] key;

    Walk(Trajectory root, byte[] key) {
      this.root = root;
      this.key = key;
    }

    /**
     * Erases a model value in its node, unless it must go as a whole.
     *
     * @return whether its holder must remove it
     */
    boolean removes(Object value, Map<String, Object> node) {
      if (DataCategories.itemCategory(value) == DataCategory.HEALTH) {
        return true;
      }
      List<Method> accessors = DataCategories.accessors(value.getClass());
      for (Method accessor : accessors) {
        if (mustGo(value, accessor, node)) {
          return true;
        }
      }
      if (value instanceof Client) {
        pseudonymise((Client) value, node);
      }
      for (Method accessor : accessors) {
        String field = DataCategories.attribute(accessor.getName());
        if (!node.containsKey(field)) {
          continue;
        }
        Object result = DataCategories.read(accessor, value);
        if (DataCategories.markOf(value.getClass(), accessor.getName()).isPresent()) {
          eraseMarked(result, node, field);
        } else if (result instanceof Optional) {
          Object held = ((Optional<?>) result).orElse(null);
          if (held != null && goes(held, node.get(field))) {
            node.remove(field);
          }
        } else if (result instanceof Iterable) {
          node.put(field, kept((Iterable<?>) result, (List<?>) node.get(field), field));
        } else if (sensitive(result)) {
          node.put(field, ErasedTrajectory.STAND_IN);
        } else if (goes(result, node.get(field))) {
          throw cannotErase(value.getClass().getSimpleName() + "." + field);
        }
      }
      return false;
    }

    /**
     * @return whether the value cannot stay once erased: it requires a marked value that is not a
     *     text or a flag, or a code of a sensitive class without a stand-in
     */
    private boolean mustGo(Object value, Method accessor, Map<String, Object> node) {
      String field = DataCategories.attribute(accessor.getName());
      if (!node.containsKey(field)) {
        return false;
      }
      Object result = DataCategories.read(accessor, value);
      if (result instanceof Optional || result instanceof Iterable || result instanceof Map) {
        return false;
      }
      if (DataCategories.markOf(value.getClass(), accessor.getName()).isPresent()) {
        return !(result instanceof String || result instanceof Boolean);
      }
      return sensitive(result) && standIn(result.getClass()).isEmpty();
    }

    private void eraseMarked(Object result, Map<String, Object> node, String field) {
      if (result instanceof Optional) {
        node.remove(field);
      } else if (result instanceof Iterable) {
        node.put(field, new ArrayList<>());
      } else if (result instanceof Map) {
        node.put(field, new LinkedHashMap<>());
      } else if (result instanceof Boolean) {
        node.put(field, false);
      } else {
        node.put(field, ErasedTrajectory.ERASED_TEXT);
      }
    }

    /**
     * Erases the elements of a list or set in its array.
     *
     * @return the array of the elements that stay, erased: without those that must go and without
     *     any code of a sensitive class
     */
    private List<Object> kept(Iterable<?> elements, List<?> array, String field) {
      Set<Integer> gone = new HashSet<>();
      Set<String> codes = new HashSet<>();
      int index = 0;
      for (Object element : elements) {
        if (sensitive(element)) {
          // By code, not by index: a set's array need not follow the set's iteration order.
          codes.add(((Coded) element).code());
        } else if (goes(element, array.get(index))) {
          if (element instanceof Event) {
            throw cannotErase(field + "[" + index + "]");
          }
          gone.add(index);
        }
        index++;
      }
      List<Object> kept = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        Object element = array.get(i);
        if (!gone.contains(i) && !(element instanceof String && codes.contains(element))) {
          kept.add(element);
        }
      }
      return kept;
    }

    /**
     * @return whether a value held by an unmarked attribute must go: a code of a sensitive class,
     *     or a model value that must go as a whole (else it is erased in its node); other codes and
     *     plain values stay
     */
    @SuppressWarnings("unchecked")
    private boolean goes(Object value, Object node) {
      if (sensitive(value)) {
        return true;
      }
      return isModelValue(value)
          && node instanceof Map
          && removes(value, (Map<String, Object>) node);
    }

    private void pseudonymise(Client client, Map<String, Object> node) {
      String id = client.getId().getValue();
      if (!ErasedTrajectory.isPseudonym(id)) {
        node.put("id", pseudonym(id));
      }
      if (client.getBirthYear().isPresent()) {
        // The band the birth year gave on the opening day stays, in place of the year.
        Optional<AgeBand> band = client.ageBandOn(root.getOpenedOn());
        if (band.isPresent()) {
          node.put("declaredAgeBand", band.get().code());
        } else {
          node.remove("declaredAgeBand");
        }
      }
    }

    private String pseudonym(String id) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
        return "ps-" + HexFormat.of().formatHex(digest, 0, 12);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available", e);
      }
    }
  }

  /**
   * @return whether the value is a code of a sensitive class other than its stand-in
   */
  static boolean sensitive(Object value) {
    return value instanceof Classified
        && value instanceof Coded
        && Classified.isSensitive(value.getClass())
        && !ErasedTrajectory.STAND_IN.equals(((Coded) value).code());
  }

  /**
   * @return the constant of a sensitive enum whose code is {@code other}, when it has one
   */
  static Optional<Object> standIn(Class<?> type) {
    Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
    if (enumType == null || !enumType.isEnum()) {
      return Optional.empty();
    }
    for (Object constant : enumType.getEnumConstants()) {
      if (ErasedTrajectory.STAND_IN.equals(((Coded) constant).code())) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * @return whether the value is one of the model's value types, walked attribute by attribute; not
   *     an identifier, a code, or a funding regime (configuration of the practice, not data about a
   *     person)
   */
  static boolean isModelValue(Object value) {
    return value.getClass().getName().startsWith("io.github.loopbaan.core.")
        && !value.getClass().isEnum()
        && !(value instanceof Identifier)
        && !(value instanceof Coded)
        && !(value instanceof FundingRegime);
  }
}
