package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

/**
 * Every published module carries a Jandex index ({@code META-INF/jandex.idx}), so that Quarkus
 * finds Loopbaan's types, constraint annotations and validators without an index of its own
 * (without one, Quarkus's Hibernate Validator skips every Loopbaan constraint silently).
 */
class JandexIndexTest {

  private static List<Index> indexes() throws IOException {
    List<Index> indexes = new ArrayList<>();
    for (URL url :
        Collections.list(
            JandexIndexTest.class.getClassLoader().getResources("META-INF/jandex.idx"))) {
      if (url.toString().contains("loopbaan")) {
        try (InputStream in = url.openStream()) {
          indexes.add(new IndexReader(in).read());
        }
      }
    }
    return indexes;
  }

  @Test
  void each_published_module_has_an_index_of_its_classes() throws IOException {
    List<Index> indexes = indexes();
    assertThat(indexes).hasSize(6);
    Set<String> known = new HashSet<>();
    for (Index index : indexes) {
      for (ClassInfo info : index.getKnownClasses()) {
        known.add(info.name().toString());
      }
    }
    assertThat(known)
        .contains(
            "io.github.loopbaan.core.trajectory.Trajectory",
            "io.github.loopbaan.core.trajectory.ImmutableTrajectory",
            "io.github.loopbaan.testkit.LoopbaanDomain",
            "io.github.loopbaan.validation.constraints.TrajectoryRules$AttestTrainingNamedValidator",
            "io.github.loopbaan.format.WireFormat",
            "io.github.loopbaan.serialization.LoopbaanModule",
            "io.github.loopbaan.serialization.jackson2.LoopbaanModule");
  }

  @Test
  void the_index_shows_where_the_rule_constraints_are_placed() throws IOException {
    DotName rule =
        DotName.createSimple("io.github.loopbaan.core.rules.voucher.AttestTrainingNamed");
    List<String> targets = new ArrayList<>();
    for (Index index : indexes()) {
      for (AnnotationInstance use : index.getAnnotations(rule)) {
        targets.add(use.target().asClass().name().toString());
      }
    }
    assertThat(targets).contains("io.github.loopbaan.core.trajectory.Trajectory");
  }
}
