package io.github.loopbaan.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the classes of the core module's main output, for tests that must cover every type. */
public final class ModelScan {

  private ModelScan() {}

  /**
   * @return the root folder of core's compiled main classes
   */
  public static Path classesRoot() {
    try {
      return Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return every top-level and nested class compiled from core's main sources
   */
  public static List<Class<?>> allClasses() {
    Path root = classesRoot();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p).toString())
          .filter(
              name -> !name.endsWith("package-info.class") && !name.endsWith("module-info.class"))
          .map(
              name ->
                  name.substring(0, name.length() - ".class".length())
                      .replace('/', '.')
                      .replace('\\', '.'))
          .sorted()
          .map(ModelScan::load)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return every enum of the model that implements {@link Coded}
   */
  @SuppressWarnings("unchecked")
  public static List<Class<? extends Enum<?>>> codedEnums() {
    return allClasses().stream()
        .filter(Class::isEnum)
        .filter(Coded.class::isAssignableFrom)
        .map(c -> (Class<? extends Enum<?>>) c)
        .collect(Collectors.toList());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ModelScan.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
