package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.testkit.PartyArbitraries;
import io.github.loopbaan.testkit.Texts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the input, reading fails only with a {@link LoopbaanJsonException}, whose message never
 * holds the personal data of the input.
 */
class HostileInputProperties {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  @Property
  void every_truncated_document_fails_with_a_loopbaan_exception(
      @ForAll("clients") Client client, @ForAll @IntRange(min = 0, max = 10_000) int cut) {
    String document = JSON.writeDocument(client);
    String truncated = document.substring(0, cut % document.length());
    assertThatThrownBy(() -> JSON.readDocument(truncated))
        .isInstanceOf(LoopbaanJsonException.class);
  }

  @Property
  void a_mutated_document_reads_or_fails_with_a_loopbaan_exception(
      @ForAll("clients") Client client,
      @ForAll @IntRange(min = 0, max = 10_000) int at,
      @ForAll("jsonCharacters") char replacement) {
    String document = JSON.writeDocument(client);
    int i = at % document.length();
    String mutated = document.substring(0, i) + replacement + document.substring(i + 1);
    try {
      assertThat(JSON.readDocument(mutated)).isInstanceOf(Client.class);
    } catch (LoopbaanJsonException e) {
      assertThat(e.getPath()).startsWith("$");
      assertThat(e.getReason()).isNotBlank();
    }
  }

  @Property
  void random_text_fails_only_with_a_loopbaan_exception(@ForAll("garbage") String input) {
    try {
      JSON.read(input, Client.class);
    } catch (LoopbaanJsonException e) {
      assertThat(e.getPath()).startsWith("$");
    }
  }

  @Property
  void a_name_in_the_wrong_place_never_appears_in_the_error(
      @ForAll("names") String name, @ForAll("places") String place) {
    String json =
        place.equals("id")
            ? "{\"id\":\"" + name + "\"}"
            : "{\"id\":\"c-1\",\"" + place + "\":\"" + name + "\"}";
    assertThatThrownBy(() -> JSON.read(json, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain(name);
              assertThat(e.getPath()).isEqualTo("$." + place);
              assertThat(e.getProblem())
                  .isIn(Problem.INVALID_VALUE, Problem.UNKNOWN_CODE, Problem.WRONG_TYPE);
            });
  }

  @Property
  void a_name_as_a_set_element_never_appears_in_the_error(@ForAll("names") String name) {
    String json = "{\"id\":\"c-1\",\"healthConcerns\":[\"stress\",\"" + name + "\"]}";
    assertThatThrownBy(() -> JSON.read(json, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain(name);
              assertThat(e.getPath()).isEqualTo("$.healthConcerns[1]");
            });
  }

  @Provide
  Arbitrary<Client> clients() {
    return PartyArbitraries.clients();
  }

  @Provide
  Arbitrary<String> names() {
    return Texts.personNames();
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("id", "birthYear", "employment", "declaredAgeBand", "educationLevel");
  }

  @Provide
  Arbitrary<Character> jsonCharacters() {
    return Arbitraries.of(
        '{', '}', '[', ']', '"', ':', ',', '\\', '0', '9', '-', 'x', ' ', 'n', 't', 'e', '\u0000');
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.strings().withChars("{}[]\":,\\0123456789-.eEtrufalsn xy@#").ofMaxLength(60);
  }
}
