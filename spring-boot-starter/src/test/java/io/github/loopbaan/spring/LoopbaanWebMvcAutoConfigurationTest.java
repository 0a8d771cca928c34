package io.github.loopbaan.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

/** The web part of the starter: only in a servlet application, and each bean replaceable. */
class LoopbaanWebMvcAutoConfigurationTest {

  private static final AutoConfigurations STARTER =
      AutoConfigurations.of(
          JacksonAutoConfiguration.class,
          ValidationAutoConfiguration.class,
          LoopbaanAutoConfiguration.class,
          LoopbaanWebMvcAutoConfiguration.class);

  private final WebApplicationContextRunner web =
      new WebApplicationContextRunner().withConfiguration(STARTER);

  @Test
  void a_servlet_application_gets_the_converter_and_the_problem_handler() {
    web.run(
        context -> {
          assertThat(context).hasSingleBean(LoopbaanHttpMessageConverter.class);
          assertThat(context).hasSingleBean(LoopbaanProblemHandler.class);
          assertThat(context.getBean(LoopbaanHttpMessageConverter.class).getDefaultView())
              .isEqualTo(View.FULL);
        });
  }

  @Test
  void an_application_without_a_web_server_gets_neither() {
    new ApplicationContextRunner()
        .withConfiguration(STARTER)
        .run(
            context -> {
              assertThat(context).hasSingleBean(LoopbaanJson.class);
              assertThat(context).doesNotHaveBean(LoopbaanHttpMessageConverter.class);
              assertThat(context).doesNotHaveBean(LoopbaanProblemHandler.class);
            });
  }

  @Test
  void the_default_view_is_configured_and_used_for_every_model_value() {
    web.withPropertyValues("loopbaan.http.default-view=client", "loopbaan.http.problems=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(LoopbaanProblemHandler.class);
              LoopbaanHttpMessageConverter converter =
                  context.getBean(LoopbaanHttpMessageConverter.class);
              assertThat(converter.getDefaultView()).isEqualTo(View.CLIENT);
              Trajectory t = Fixtures.complete();
              MockHttpOutputMessage out = new MockHttpOutputMessage();
              converter.write(t, LoopbaanHttpMessageConverter.MEDIA_TYPE, out);
              assertThat(out.getBodyAsString(StandardCharsets.UTF_8))
                  .isEqualTo(LoopbaanJson.writer(View.CLIENT).writeDocument(t));
              assertThat(out.getHeaders().getContentType())
                  .isEqualTo(LoopbaanHttpMessageConverter.MEDIA_TYPE);
            });
  }

  @Test
  void the_converter_takes_only_the_model_documents_and_never_reads_a_viewed_document() {
    LoopbaanHttpMessageConverter converter =
        new LoopbaanHttpMessageConverter(LoopbaanJson.standard(), View.FULL);
    assertThat(converter.canRead(Trajectory.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(Fixtures.complete().getClass(), null)).isTrue();
    assertThat(converter.canWrite(ViewedDocument.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(ViewedDocument.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canRead(String.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canRead(TrajectoryCommand.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canWrite(Session.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canWrite(Session.class, LoopbaanHttpMessageConverter.MEDIA_TYPE))
        .as("the document media type is for documents only")
        .isFalse();
    assertThat(converter.getSupportedMediaTypes(Trajectory.class))
        .contains(LoopbaanHttpMessageConverter.MEDIA_TYPE, MediaType.APPLICATION_JSON);
    assertThat(converter.getSupportedMediaTypes(Session.class))
        .doesNotContain(LoopbaanHttpMessageConverter.MEDIA_TYPE);
    assertThat(converter.getSupportedMediaTypes(Map.class)).isEmpty();
    assertThat(converter.canRead(LoopbaanJson.class, MediaType.APPLICATION_JSON))
        .as("a type of Loopbaan outside the model")
        .isFalse();
    assertThat(converter.canWrite(Map.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canRead(Trajectory.class, MediaType.TEXT_PLAIN)).isFalse();
    // A document kind outside the model's packages: the erased trajectory.
    assertThat(converter.canRead(ErasedTrajectory.class, LoopbaanHttpMessageConverter.MEDIA_TYPE))
        .isTrue();
    assertThat(converter.canWrite(ErasedTrajectory.class, LoopbaanHttpMessageConverter.MEDIA_TYPE))
        .isTrue();
  }

  @Test
  void the_applications_own_converter_and_handler_win() {
    LoopbaanHttpMessageConverter own =
        new LoopbaanHttpMessageConverter(LoopbaanJson.standard(), View.ANONYMISED);
    LoopbaanProblemHandler ownHandler = new LoopbaanProblemHandler();
    web.withBean(LoopbaanHttpMessageConverter.class, () -> own)
        .withBean(LoopbaanProblemHandler.class, () -> ownHandler)
        .run(
            context -> {
              assertThat(context.getBean(LoopbaanHttpMessageConverter.class)).isSameAs(own);
              assertThat(context.getBean(LoopbaanProblemHandler.class)).isSameAs(ownHandler);
            });
  }
}
