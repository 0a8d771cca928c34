package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.testkit.PartyArbitraries;
import io.github.loopbaan.testkit.PlanArbitraries;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing of the JSON reader: mutations of valid documents of every kind (client in schema versions
 * 0 and 1, development plan, trajectory) are read through {@link LoopbaanJson}, each on a worker
 * thread with a timeout. Every input must end in a value or a {@link LoopbaanJsonException} (the
 * one exception the reader documents), never another exception, an error (stack overflow, out of
 * memory) or a hang. A value that comes out must be sound: written again and read back, it is
 * equal.
 *
 * <p>Mutations: byte flips (invalid UTF-8 included), JSON-character replacements, truncation,
 * duplication and deletion of slices, deep nesting, huge and odd numbers, huge strings, wrong JSON
 * types, unknown properties, duplicate keys, other kinds and schema versions, content of another
 * kind, and stacks of several of these.
 *
 * <p>{@value #DOCUMENTS} documents times {@code loopbaan.fuzz.mutations} (default {@value
 * #MUTATIONS}) inputs per run, from a fixed seed; the class prints one summary line ({@code fuzz:
 * ...}) for {@code docs/reliability.md}.
 */
class JsonReaderFuzzProperties {

  /** Documents generated per run; each is mutated {@link #MUTATIONS} times. */
  static final int DOCUMENTS = 110;

  /** Mutations per document, unless {@code -Dloopbaan.fuzz.mutations=...} says otherwise. */
  static final int MUTATIONS = 1_000;

  /** Longest a single read may take before it counts as a hang. */
  private static final long TIMEOUT_SECONDS = 10;

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final LoopbaanJson LENIENT = LoopbaanJson.builder().lenient().build();
  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,])-?\\d+(\\.\\d+)?");
  private static final Pattern STRING_VALUE = Pattern.compile("(?<=[:\\[,])\"[^\"\\\\]*\"");
  private static final Pattern VALUE_START = Pattern.compile("(?<=:)");
  private static final Pattern PROPERTY =
      Pattern.compile("(?<=\\{)\"[A-Za-z]+\":(\"[^\"\\\\]*\"|-?\\d+|true|false)");
  private static final String[] ODD_NUMBERS = {
    "1" + "0".repeat(400),
    "-" + "9".repeat(60),
    "1e999999",
    "-1e-999999",
    "0.0000000000000000000001",
    "-0",
    "2147483648",
    "-2147483649",
    "9223372036854775808",
    "1.5",
    "1E2",
    "00",
    "NaN",
    "Infinity",
    "0x10"
  };
  private static final String[] WRONG_VALUES = {
    "true",
    "false",
    "null",
    "0",
    "-1",
    "\"x\"",
    "\"\"",
    "[]",
    "{}",
    "[null]",
    "{\"kind\":\"client\"}",
    "\"2024-02-30\"",
    "\"P-1D\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"a\\udc00b\"",
    "\"\\ud83d\\ude00\""
  };
  private static final String[] KINDS = {
    "client", "development_plan", "trajectory", "Client", "", "java.lang.Object", "unknown"
  };

  private static final AtomicLong INPUTS = new AtomicLong();
  private static final AtomicLong VALUES = new AtomicLong();
  private static final Map<Problem, AtomicLong> REJECTIONS = new EnumMap<>(Problem.class);
  private static long startedAt;
  private static ExecutorService worker;

  @BeforeContainer
  static void start() {
    for (Problem problem : Problem.values()) {
      REJECTIONS.put(problem, new AtomicLong());
    }
    worker = newWorker();
    startedAt = System.nanoTime();
  }

  /**
   * @return a single daemon thread that reads the inputs, so that a hang can be timed out
   */
  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(null, r, "fuzz-reader", 0);
          t.setDaemon(true);
          return t;
        });
  }

  @AfterContainer
  static void summary() {
    worker.shutdownNow();
    double seconds = (System.nanoTime() - startedAt) / 1e9;
    StringBuilder rejected = new StringBuilder();
    long rejections = 0;
    for (Map.Entry<Problem, AtomicLong> e : REJECTIONS.entrySet()) {
      if (e.getValue().get() > 0) {
        rejected
            .append(rejected.length() == 0 ? "" : ", ")
            .append(e.getKey().code())
            .append(' ')
            .append(e.getValue().get());
        rejections += e.getValue().get();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "fuzz: %d inputs, %d values, %d LoopbaanJsonException (%s), 0 other, %.1f s%n",
        INPUTS.get(),
        VALUES.get(),
        rejections,
        rejected,
        seconds);
  }

  @Property(tries = DOCUMENTS, seed = "20261201", shrinking = ShrinkingMode.OFF)
  void every_mutation_of_a_valid_document_reads_or_fails_with_a_loopbaan_exception(
      @ForAll("documents") String document, @ForAll Random random) throws Exception {
    byte[] original = document.getBytes(StandardCharsets.UTF_8);
    int mutations = Integer.getInteger("loopbaan.fuzz.mutations", MUTATIONS);
    for (int i = 0; i < mutations; i++) {
      int operator = random.nextInt(OPERATORS);
      byte[] input = mutate(operator, original, random);
      int stacked = random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 0;
      for (int s = 0; s < stacked; s++) {
        input = mutate(random.nextInt(OPERATORS), input, random);
      }
      boolean lenient = random.nextInt(10) == 0;
      readOnce(
          input,
          lenient,
          "operator " + operator + (stacked > 0 ? " plus " + stacked + " more" : ""));
    }
  }

  /** Reads one input on the worker thread and checks its outcome. */
  private static void readOnce(byte[] input, boolean lenient, String mutation) throws Exception {
    LoopbaanJson json = lenient ? LENIENT : JSON;
    INPUTS.incrementAndGet();
    Future<Object> outcome =
        worker.submit(
            () -> {
              try {
                Object value = json.readDocument(input, Object.class);
                // A value that exists is sound: it writes and reads back equal.
                Object again = json.readDocument(json.writeDocument(value));
                return again.equals(value)
                    ? value
                    : new AssertionError(
                        "a value read from a mutated document did not "
                            + "read back equal after writing it ("
                            + mutation
                            + ")");
              } catch (LoopbaanJsonException e) {
                return e;
              } catch (Throwable e) {
                // Stack overflow, out of memory, any other exception: the class only, never the
                // input.
                return new AssertionError(
                    "reading a mutated document ("
                        + mutation
                        + ") threw "
                        + e.getClass().getName()
                        + " instead of LoopbaanJsonException",
                    e);
              }
            });
    Object result;
    try {
      result = outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      outcome.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError(
          "reading a mutated document ("
              + mutation
              + ") took more than "
              + TIMEOUT_SECONDS
              + " s: a hang");
    } catch (ExecutionException e) {
      throw new AssertionError("the worker failed on " + mutation, e.getCause());
    }
    if (result instanceof AssertionError) {
      throw (AssertionError) result;
    }
    if (result instanceof LoopbaanJsonException) {
      LoopbaanJsonException e = (LoopbaanJsonException) result;
      assertThat(e.getPath()).as("path of a rejection").startsWith("$");
      assertThat(e.getReason()).as("reason of a rejection").isNotBlank();
      assertThat(e.getProblem())
          .as("problem of a rejection (" + mutation + ")")
          .isNotEqualTo(Problem.UNMAPPABLE_TYPE);
      REJECTIONS.get(e.getProblem()).incrementAndGet();
    } else {
      assertThat(result).isInstanceOfAny(Client.class, DevelopmentPlan.class, Trajectory.class);
      VALUES.incrementAndGet();
    }
  }

  private static final int OPERATORS = 14;

  /**
   * @return the input changed by one mutation operator; the original is left alone
   */
  static byte[] mutate(int operator, byte[] input, Random random) {
    if (input.length == 0) {
      return "{".getBytes(StandardCharsets.UTF_8);
    }
    String text = new String(input, StandardCharsets.UTF_8);
    int at = random.nextInt(input.length);
    switch (operator) {
      case 0:
        { // flip bytes, invalid UTF-8 included
          byte[] copy = input.clone();
          int flips = 1 + random.nextInt(3);
          for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
          }
          return copy;
        }
      case 1:
        { // a JSON character in a random place
          String chars = "{}[]\":,\\0-9.eE+ ntf\u0000\u00e9";
          int i = random.nextInt(text.length());
          return bytes(
              text.substring(0, i)
                  + chars.charAt(random.nextInt(chars.length()))
                  + text.substring(i + 1));
        }
      case 2: // truncation
        return Arrays.copyOf(input, at);
      case 3:
        { // duplicate a slice
          int end = Math.min(input.length, at + 1 + random.nextInt(200));
          int to = random.nextInt(input.length + 1);
          return bytes(
              text.length() == input.length
                  ? text.substring(0, to) + text.substring(at, end) + text.substring(to)
                  : text + text.substring(0, Math.min(text.length(), 50)));
        }
      case 4:
        { // delete a slice
          int i = random.nextInt(text.length());
          int end = Math.min(text.length(), i + 1 + random.nextInt(100));
          return bytes(text.substring(0, i) + text.substring(end));
        }
      case 5:
        { // deep nesting in place of a value
          int depth = random.nextBoolean() ? 1 + random.nextInt(100) : 1 + random.nextInt(20_000);
          String open = random.nextBoolean() ? "[" : "{\"a\":";
          String close = open.equals("[") ? "]" : "}";
          String nested = open.repeat(depth) + "1" + close.repeat(depth);
          return replaceOne(text, STRING_VALUE, random, nested);
        }
      case 6: // huge and odd numbers
        return replaceOne(text, NUMBER, random, ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)]);
      case 7:
        { // a huge string, over the limit or just under it
          int length =
              random.nextBoolean()
                  ? LoopbaanJson.DEFAULT_MAX_STRING_LENGTH + 1 + random.nextInt(10)
                  : LoopbaanJson.DEFAULT_MAX_STRING_LENGTH - random.nextInt(10);
          char c = "a\u00e9 \u4e2d".charAt(random.nextInt(4));
          return replaceOne(
              text, STRING_VALUE, random, "\"" + String.valueOf(c).repeat(length) + "\"");
        }
      case 8: // a value of the wrong JSON type
        return replaceValue(text, random, WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]);
      case 9:
        { // an unknown property in some object
          int i = nthIndex(text, '{', random);
          return bytes(
              text.substring(0, i + 1)
                  + "\"zz"
                  + random.nextInt(9)
                  + "\":"
                  + random.nextInt(9)
                  // a stacked mutation may have left a text of one character
                  + (i + 1 >= text.length() || text.charAt(i + 1) == '}' ? "" : ",")
                  + text.substring(i + 1));
        }
      case 10:
        { // a duplicate key: the first property of some object repeated
          Matcher m = PROPERTY.matcher(text);
          int count = 0;
          while (m.find()) {
            count++;
          }
          if (count == 0) {
            return input;
          }
          int pick = random.nextInt(count);
          m.reset();
          for (int i = 0; i <= pick; i++) {
            m.find();
          }
          return bytes(text.substring(0, m.end()) + "," + m.group() + text.substring(m.end()));
        }
      case 11:
        { // another kind, schema version or view in the envelope
          String changed;
          switch (random.nextInt(4)) {
            case 0:
              changed =
                  text.replaceFirst(
                      "\"kind\":\"[a-z_]*\"",
                      "\"kind\":\"" + KINDS[random.nextInt(KINDS.length)] + "\"");
              break;
            case 1:
              changed =
                  text.replaceFirst(
                      "\"schemaVersion\":\\d+",
                      "\"schemaVersion\":"
                          + new String[] {
                                "0", "1", "2", "-1", "1.0", "\"1\"", "null", "99999999999"
                              }
                              [random.nextInt(8)]);
              break;
            case 2:
              changed =
                  text.replaceFirst(
                      "\"content\":",
                      "\"view\":\""
                          + new String[] {"full", "client", "commissioner", "anonymised", "x"}
                              [random.nextInt(5)]
                          + "\",\"content\":");
              break;
            default:
              changed = text.replaceFirst("\\{\"kind\":\"[a-z_]*\",", "{");
          }
          return bytes(changed);
        }
      case 12:
        { // the content of another kind under this kind
          String[] others = {CLIENT_CONTENT, PLAN_CONTENT};
          int i = text.indexOf("\"content\":");
          return i < 0
              ? input
              : bytes(text.substring(0, i) + "\"content\":" + others[random.nextInt(2)] + "}");
        }
      default:
        { // whitespace, BOM, trailing garbage
          String[] noise = {
            "\ufeff", " ", "\n", "\t", "\r\n", "/* */", "//\n", "x", "{}", "]", "\u2028"
          };
          String n = noise[random.nextInt(noise.length)];
          return random.nextBoolean() ? bytes(n + text) : bytes(text + n);
        }
    }
  }

  /** Short contents of other kinds, for operator 12. */
  private static final String CLIENT_CONTENT = "{\"id\":\"c-1\",\"birthYear\":\"1973\"}";

  private static final String PLAN_CONTENT =
      "{\"id\":\"p-1\",\"storageConsent\":\"checklist_only\"}";

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int nthIndex(String text, char c, Random random) {
    int count = (int) text.chars().filter(x -> x == c).count();
    int pick = random.nextInt(Math.max(1, count));
    int i = -1;
    for (int n = 0; n <= pick; n++) {
      i = text.indexOf(c, i + 1);
    }
    return i < 0 || i >= text.length() - 1 ? 0 : i;
  }

  private static byte[] replaceOne(
      String text, Pattern pattern, Random random, String replacement) {
    Matcher m = pattern.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    if (count == 0) {
      return bytes(replacement + text);
    }
    int pick = random.nextInt(count);
    m.reset();
    for (int i = 0; i <= pick; i++) {
      m.find();
    }
    return bytes(text.substring(0, m.start()) + replacement + text.substring(m.end()));
  }

  /**
   * Replaces the value after some colon (a whole string, number or literal; otherwise inserts
   * before it).
   */
  private static byte[] replaceValue(String text, Random random, String replacement) {
    Matcher m = VALUE_START.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    if (count == 0) {
      return bytes(text);
    }
    int pick = random.nextInt(count);
    m.reset();
    for (int i = 0; i <= pick; i++) {
      m.find();
    }
    int start = m.start();
    Matcher value =
        Pattern.compile("\"[^\"\\\\]*\"|-?\\d+(\\.\\d+)?|true|false|null|\\{\\}|\\[\\]")
            .matcher(text)
            .region(start, text.length());
    if (!value.lookingAt()) {
      return bytes(text); // an object or array with content: operators 3, 4 and 5 change those
    }
    int end = value.end();
    return bytes(text.substring(0, start) + replacement + text.substring(end));
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, PartyArbitraries.clients().map(JSON::writeDocument)),
        Tuple.of(2, PartyArbitraries.clients().map(JsonReaderFuzzProperties::version0)),
        Tuple.of(3, PlanArbitraries.developmentPlans().map(JSON::writeDocument)),
        Tuple.of(3, TrajectoryArbitraries.trajectories().map(JSON::writeDocument)));
  }

  /**
   * @return the client as a document of schema version 0 (see {@link ClientSchemaUpgrade})
   */
  static String version0(Client client) {
    ObjectNode document = (ObjectNode) LoopbaanJson.mapper().readTree(JSON.writeDocument(client));
    document.put("schemaVersion", 0);
    ObjectNode content = (ObjectNode) document.get("content");
    JsonNode year = content.remove("birthYear");
    ObjectNode v0 = content.objectNode();
    for (Map.Entry<String, JsonNode> property : content.properties()) {
      JsonNode value = property.getValue();
      if (property.getKey().equals("id") || property.getKey().equals("name")) {
        v0.set(property.getKey(), value);
      } else if (value.isString()) {
        v0.put(property.getKey(), value.stringValue().toUpperCase(Locale.ROOT));
      } else if (value.isArray()) {
        ArrayNode upper = v0.arrayNode();
        value.forEach(
            code -> upper.add(code.isString() ? code.stringValue().toUpperCase(Locale.ROOT) : "?"));
        v0.set(property.getKey(), upper);
      } else {
        v0.set(property.getKey(), value);
      }
    }
    if (year != null) {
      v0.put("yearOfBirth", Integer.parseInt(year.stringValue()));
    }
    document.set("content", v0);
    return document.toString();
  }
}
