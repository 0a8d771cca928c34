package io.github.loopbaan.format;

import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
  public Map<String, Object> apply(Map<String, Object> content) {
    if (content.containsKey("yearOfBirth")) {
      Object year = content.remove("yearOfBirth");
      if (!(year instanceof Long) || (Long) year != ((Long) year).intValue()) {
        throw new LoopbaanJsonException(
            Problem.WRONG_TYPE,
            "$.yearOfBirth",
            "wrong JSON type: expected an integer year (schema version 0)");
      }
      if (content.containsKey("birthYear")) {
        throw new LoopbaanJsonException(
            Problem.DUPLICATE_KEY,
            "$.birthYear",
            "holds both yearOfBirth and birthYear (schema version 0 has only yearOfBirth)");
      }
      content.put("birthYear", String.valueOf(year));
    }
    for (String property : CODE_PROPERTIES) {
      Object code = content.get(property);
      if (code instanceof String) {
        content.put(property, lower((String) code));
      }
    }
    for (String property : CODE_LIST_PROPERTIES) {
      Object codes = content.get(property);
      if (codes instanceof List) {
        List<Object> lowered = new ArrayList<>();
        for (Object code : (List<?>) codes) {
          lowered.add(code instanceof String ? lower((String) code) : code);
        }
        content.put(property, lowered);
      }
    }
    return content;
  }

  private static String lower(String code) {
    return code.toLowerCase(Locale.ROOT);
  }
}
