package io.github.loopbaan.testkit;

import io.github.loopbaan.core.Coded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every class of the core model, read from core's classes folder or jar, for tests that must cover
 * every type (labels, generators, serialization). Package-info and module-info are left out; nested
 * classes are included.
 */
public final class ModelClasses {

  private ModelClasses() {}

  /**
   * @return every class compiled from core's main sources, sorted by name
   */
  public static List<Class<?>> all() {
    try {
      Path location =
          Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return under(location);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return under(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> under(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.startsWith("io/github/loopbaan/") && n.endsWith(".class"))
          .filter(n -> !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .map(ModelClasses::load)
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ModelClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
