package io.github.loopbaan.serialization;

import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Client documents, schema version 0 to 1.
 *
 * <p>Version 0 was the first exchange format of client records: it called the birth year {@code
 * yearOfBirth} and held it as a JSON number ({@code 1973}), and wrote the codes of the client's
 * enums as upper-case constant names ({@code "FORCED_MOBILITY"}). Version 1 calls it {@code
 * birthYear}, an ISO-8601 year string ({@code "1973"}), and uses the stable lower-case codes
 * ({@code "forced_mobility"}). Every other property is unchanged.
 */
final class ClientSchemaUpgrade implements Upgrade {

  private static final String[] CODE_PROPERTIES = {
    "declaredAgeBand", "employment", "educationLevel"
  };
  private static final String[] CODE_LIST_PROPERTIES = {"privateSituation", "healthConcerns"};

  @Override
  public int fromVersion() {
    return 0;
  }

  @Override
  public ObjectNode apply(ObjectNode content) {
    if (content.has("yearOfBirth")) {
      JsonNode year = content.remove("yearOfBirth");
      if (!year.isIntegralNumber() || !year.canConvertToInt()) {
        throw new LoopbaanJsonException(
            Problem.WRONG_TYPE,
            "$.yearOfBirth",
            "wrong JSON type: expected an integer year (schema version 0)");
      }
      if (content.has("birthYear")) {
        throw new LoopbaanJsonException(
            Problem.DUPLICATE_KEY,
            "$.birthYear",
            "holds both yearOfBirth and birthYear (schema version 0 has only yearOfBirth)");
      }
      content.put("birthYear", String.valueOf(year.intValue()));
    }
    for (String property : CODE_PROPERTIES) {
      JsonNode code = content.get(property);
      if (code != null && code.isString()) {
        content.put(property, lower(code.stringValue()));
      }
    }
    for (String property : CODE_LIST_PROPERTIES) {
      JsonNode codes = content.get(property);
      if (codes != null && codes.isArray()) {
        ArrayNode lowered = content.arrayNode();
        for (JsonNode code : codes) {
          lowered.add(code.isString() ? content.stringNode(lower(code.stringValue())) : code);
        }
        content.set(property, lowered);
      }
    }
    return content;
  }

  private static String lower(String code) {
    return code.toLowerCase(Locale.ROOT);
  }
}
