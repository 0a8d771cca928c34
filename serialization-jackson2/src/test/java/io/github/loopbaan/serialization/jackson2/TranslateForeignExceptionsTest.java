package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * {@link LoopbaanJson#translate} on Jackson 2 exceptions that a caller of the mapper may hand it
 * but that reading through this library never raises itself: a parse failure wrapped by a
 * framework, a parse failure without a parser, a limit this library does not configure, and a
 * failure of no known kind. Each gets its problem code, the path {@code $} and a reason written
 * here; Jackson's message, which may quote the input, is never passed on (ported from the Jackson 3
 * artifact's test of the same name).
 */
class TranslateForeignExceptionsTest {

  private static final String SECRET = "Marleen Claes";

  private static LoopbaanJsonException translate(JsonProcessingException e) {
    LoopbaanJsonException translated = LoopbaanJson.builder().build().translate(e);
    assertThat(translated.getMessage()).doesNotContain(SECRET);
    assertThat(translated.getPath()).isEqualTo("$");
    return translated;
  }

  @Test
  void a_parse_failure_wrapped_in_a_mapping_failure_is_malformed_input() {
    JsonMappingException wrapped =
        JsonMappingException.from(
            (JsonParser) null,
            "Cannot map '" + SECRET + "'",
            new JsonParseException((JsonParser) null, "Unrecognized token '" + SECRET + "'"));
    LoopbaanJsonException e = translate(wrapped);
    assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
    assertThat(e.getReason()).isEqualTo("the input is not well-formed JSON");
  }

  @Test
  void a_parse_failure_without_a_parser_is_malformed_input_at_the_root() {
    LoopbaanJsonException e =
        translate(
            new JsonParseException((JsonParser) null, "Unexpected character ('" + SECRET + "')"));
    assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
    assertThat(e.getReason()).isEqualTo("the input is not well-formed JSON");
  }

  @Test
  void a_limit_that_this_library_does_not_configure_is_named_in_general_terms() {
    LoopbaanJsonException e =
        translate(
            new StreamConstraintsException(
                "Token count (100001) exceeds the maximum allowed (100000) near '" + SECRET + "'"));
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getReason()).isEqualTo("the input exceeds a configured limit");
  }

  @Test
  void a_failure_of_no_known_kind_says_the_value_cannot_be_read() {
    LoopbaanJsonException e =
        translate(JsonMappingException.from((JsonParser) null, "Problem with '" + SECRET + "'"));
    assertThat(e.getProblem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(e.getReason()).isEqualTo("the value cannot be read");
  }
}
