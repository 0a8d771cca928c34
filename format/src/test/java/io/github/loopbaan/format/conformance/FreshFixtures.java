package io.github.loopbaan.format.conformance;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the test fixtures of {@code io.github.loopbaan.core.serializationfixture} anew,
 * child-first, so that each call yields {@link Class} objects no cache keyed by class ({@code
 * ClassValue}) has seen yet: a test through a fresh class exercises the discovery behind the cache,
 * not the answer kept from an earlier test. Every other class (the model, the JDK) comes from the
 * test's own class loader, so the fresh fixtures still implement the model's interfaces.
 */
public final class FreshFixtures extends ClassLoader {

  private static final String FIXTURES = "io.github.loopbaan.core.serializationfixture.";

  private FreshFixtures() {
    super(FreshFixtures.class.getClassLoader());
  }

  /**
   * @return a fresh copy of a fixture class, from a new class loader
   */
  public static Class<?> load(Class<?> fixture) {
    try {
      return Class.forName(fixture.getName(), true, new FreshFixtures());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(FIXTURES)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          if (in == null) {
            throw new ClassNotFoundException(name);
          }
          byte[] bytes = in.readAllBytes();
          loaded = defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }
}
