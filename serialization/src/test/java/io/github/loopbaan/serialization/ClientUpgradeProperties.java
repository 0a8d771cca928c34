package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.testkit.PartyArbitraries;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/**
 * Nothing is lost on upgrade: a client document of schema version 0, read and written back in the
 * current version, keeps every fact. Checked fact by fact on the JSON (each property of the version
 * 0 content is in the version 1 output, renamed and re-coded as {@link ClientSchemaUpgrade} says,
 * with nothing else added), and on the value (it equals the client the version 0 document was made
 * from).
 */
class ClientUpgradeProperties {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  @Property(tries = 1000)
  void a_version_0_client_written_back_in_version_1_keeps_every_fact(
      @ForAll("clients") Client client) {
    String v0 = JsonReaderFuzzProperties.version0(client);
    Client read = JSON.readDocument(v0, Client.class);
    assertThat(read).isEqualTo(client);

    JsonNode old = LoopbaanJson.mapper().readTree(v0).get("content");
    JsonNode current = LoopbaanJson.mapper().readTree(JSON.writeDocument(read));
    assertThat(current.get("schemaVersion").intValue())
        .isEqualTo(DocumentKind.CLIENT.currentVersion());
    JsonNode content = current.get("content");
    int facts = 0;
    for (Map.Entry<String, JsonNode> fact : old.properties()) {
      String name = fact.getKey();
      JsonNode value = fact.getValue();
      facts++;
      if (name.equals("yearOfBirth")) {
        assertThat(content.get("birthYear").stringValue())
            .isEqualTo(String.valueOf(value.intValue()));
      } else if (name.equals("id") || name.equals("name")) {
        assertThat(content.get(name)).as(name).isEqualTo(value);
      } else if (value.isArray()) {
        assertThat(content.get(name)).as(name).hasSize(value.size());
        for (int i = 0; i < value.size(); i++) {
          assertThat(content.get(name).get(i).stringValue())
              .isEqualTo(value.get(i).stringValue().toLowerCase(Locale.ROOT));
        }
      } else {
        assertThat(content.get(name).stringValue())
            .as(name)
            .isEqualTo(value.stringValue().toLowerCase(Locale.ROOT));
      }
    }
    assertThat(content.size())
        .as("the version 1 content holds the version 0 facts and nothing else")
        .isEqualTo(facts);
  }

  @Provide
  Arbitrary<Client> clients() {
    return PartyArbitraries.clients();
  }
}
