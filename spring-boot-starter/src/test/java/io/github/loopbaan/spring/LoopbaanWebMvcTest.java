package io.github.loopbaan.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.ProblemDetails;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Loopbaan over HTTP through the starter alone: documents in and out strictly and within the
 * limits, every Loopbaan failure a problem document in the request's language, and the
 * application's other JSON left to Spring.
 */
@SpringBootTest(
    classes = StarterTestApplication.class,
    properties = "loopbaan.json.max-document-size=256KB")
@AutoConfigureMockMvc
class LoopbaanWebMvcTest {

  private static final MediaType LOOPBAAN = LoopbaanHttpMessageConverter.MEDIA_TYPE;

  @Autowired private MockMvc mvc;

  @Test
  void a_document_goes_in_and_comes_back_as_the_same_document() throws Exception {
    Trajectory t = Fixtures.complete();
    String document = LoopbaanJson.standard().writeDocument(t);
    MvcResult result =
        mvc.perform(post("/trajectories").contentType(LOOPBAAN).accept(LOOPBAAN).content(document))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(LOOPBAAN))
            .andReturn();
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(document);
  }

  @Test
  void a_plain_json_value_is_read_strictly_and_answered_as_a_document() throws Exception {
    Trajectory t = Fixtures.complete();
    mvc.perform(
            post("/trajectories")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(LoopbaanJson.standard().write(t)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().string(LoopbaanJson.standard().writeDocument(t)));
  }

  @Test
  void a_body_spring_would_read_leniently_is_a_problem_with_code_and_path() throws Exception {
    String plain = LoopbaanJson.standard().write(Fixtures.complete());
    String unknown = plain.replaceFirst("\\{", "{\"favouriteColour\":\"blue\",");
    MvcResult result =
        mvc.perform(post("/trajectories").contentType(MediaType.APPLICATION_JSON).content(unknown))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(
                jsonPath("$.type").value(ProblemDetails.PROBLEM_BASE + "read/unknown_property"))
            .andExpect(jsonPath("$.code").value("unknown_property"))
            .andExpect(jsonPath("$.path").value("$[unknown property #1]"))
            .andExpect(jsonPath("$.status").value(400))
            .andReturn();
    assertThat(result.getResponse().getContentAsString())
        .as("an unknown name may be anything the sender typed, so it is not echoed")
        .doesNotContain("favouriteColour");
    String duplicate = plain.replaceFirst("\\{", "{\"id\":\"x\",");
    mvc.perform(post("/trajectories").contentType(MediaType.APPLICATION_JSON).content(duplicate))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("duplicate_key"));
  }

  @Test
  void the_problem_is_in_the_requests_language() throws Exception {
    String broken = "{\"kind\":\"trajectory\",\"schemaVersion\":1,\"content\":[]}";
    LoopbaanJsonException failure =
        catchThrowableOfType(
            LoopbaanJsonException.class,
            () -> LoopbaanJson.standard().readDocument(broken, Trajectory.class));
    Locale nl = Locale.forLanguageTag("nl-BE");
    MvcResult result =
        mvc.perform(
                post("/trajectories")
                    .contentType(LOOPBAAN)
                    .header("Accept-Language", "nl-BE")
                    .content(broken))
            .andExpect(status().is(ProblemDetails.of(failure, nl).getStatus()))
            .andExpect(jsonPath("$.title").value(ProblemDetails.of(failure, nl).getTitle()))
            .andExpect(jsonPath("$.detail").value(ProblemDetails.of(failure, nl).getDetail()))
            .andReturn();
    assertThat(ProblemDetails.of(failure, nl).getDetail())
        .isNotEqualTo(ProblemDetails.of(failure, Locale.ENGLISH).getDetail());
    assertThat(result.getResponse().getContentAsString()).doesNotContain("[]");
  }

  @Test
  void a_body_over_the_limit_is_refused_without_being_held() throws Exception {
    byte[] huge = new byte[300 * 1024];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '[';
    huge[huge.length - 1] = ']';
    mvc.perform(post("/trajectories").contentType(LOOPBAAN).content(huge))
        .andExpect(status().is(413))
        .andExpect(jsonPath("$.code").value("limit_exceeded"));
  }

  @Test
  void a_rejected_command_is_a_conflict_with_its_reasons() throws Exception {
    mvc.perform(
            post("/trajectories/resumed")
                .contentType(LOOPBAAN)
                .content(LoopbaanJson.standard().writeDocument(Fixtures.complete())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("command_rejected"))
        .andExpect(jsonPath("$.violations[0].code").isNotEmpty());
  }

  @Test
  void violated_rules_are_unprocessable_with_every_violation() throws Exception {
    mvc.perform(
            post("/trajectories/checked")
                .contentType(LOOPBAAN)
                .header("Accept-Language", "nl")
                .content(LoopbaanJson.standard().writeDocument(Fixtures.brokenUnderVoucherRules())))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("validation_failed"))
        .andExpect(
            jsonPath("$.violations[?(@.code == 'vch_intake_topics')].severity").value("error"));
    mvc.perform(
            post("/trajectories/checked")
                .contentType(LOOPBAAN)
                .content(LoopbaanJson.standard().writeDocument(Fixtures.complete())))
        .andExpect(status().isOk());
  }

  @Test
  void a_controller_answers_a_restricted_view() throws Exception {
    Trajectory t = Fixtures.complete();
    mvc.perform(
            post("/trajectories/commissioner-view")
                .contentType(LOOPBAAN)
                .accept(LOOPBAAN)
                .content(LoopbaanJson.standard().writeDocument(t)))
        .andExpect(status().isOk())
        .andExpect(content().string(LoopbaanJson.writer(View.COMMISSIONER).writeDocument(t)));
  }

  @Test
  void a_command_is_read_and_written_as_a_plain_model_value_strictly() throws Exception {
    String close = "{\"kind\":\"close\",\"date\":\"2026-03-02\"}";
    mvc.perform(
            post("/trajectories/commands").contentType(MediaType.APPLICATION_JSON).content(close))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().json(close));
    mvc.perform(
            post("/trajectories/commands")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"close\",\"date\":\"2026-03-02\",\"date\":\"2026-03-03\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("duplicate_key"));
  }

  @Test
  void the_applications_other_json_stays_with_spring() throws Exception {
    mvc.perform(
            post("/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"hello\",\"text\":\"again\",\"extra\":1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.text").value("again"));
  }
}
