package io.github.loopbaan.core.internal;

import io.github.loopbaan.core.Coded;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the {@code nl} and {@code en} labels of {@link Coded} constants.
 *
 * <p>Labels live in {@code labels_en.properties} and {@code labels_nl.properties} (UTF-8) in the
 * package of the enum, keyed by {@code EnumSimpleName.CONSTANT}. They are read directly rather than
 * through {@link java.util.ResourceBundle}, so that the JVM's default locale never changes which
 * language an explicit request gets. Not part of the public API.
 */
public final class Labels {

  /** The languages every label exists in. */
  public static final String[] LANGUAGES = {"en", "nl"};

  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private Labels() {}

  /**
   * The label of a constant.
   *
   * @param constant an enum constant implementing {@link Coded}
   * @param locale {@code nl} gives Dutch; anything else English
   * @return the label
   * @throws IllegalStateException when the bundle lacks the key (a packaging error, caught by
   *     tests)
   */
  public static String label(Coded constant, Locale locale) {
    Enum<?> e = (Enum<?>) constant;
    return label(e.getDeclaringClass(), e.name(), locale);
  }

  /**
   * The label of a named entry of a type: an enum constant or one of the library's own entries of a
   * catalogue ({@code Instrument.LIFE_LINE}).
   *
   * @param type the type whose package holds the bundle and whose simple name starts the key
   * @param name the entry's Java name, the rest of the key
   * @param locale {@code nl} gives Dutch; anything else English
   * @return the label
   * @throws IllegalStateException when the bundle lacks the key (a packaging error, caught by
   *     tests)
   */
  public static String label(Class<?> type, String name, Locale locale) {
    String language = "nl".equals(locale.getLanguage()) ? "nl" : "en";
    String key = type.getSimpleName() + "." + name;
    String value = bundle(type, language).getProperty(key);
    if (value == null) {
      throw new IllegalStateException("No " + language + " label for " + key);
    }
    return value;
  }

  /**
   * The whole bundle of one package and language, for tests and generated references.
   *
   * @param typeInPackage any class of the package
   * @param language {@code en} or {@code nl}
   * @return the properties (empty when the package has no bundle); do not modify
   */
  public static Properties bundle(Class<?> typeInPackage, String language) {
    String path =
        typeInPackage.getPackageName().replace('.', '/') + "/labels_" + language + ".properties";
    return BUNDLES.computeIfAbsent(path, p -> load(typeInPackage, p));
  }

  /**
   * Reads a UTF-8 properties file into texts by key. The caller opens the stream, so that a
   * resource of another module is read by that module (its package need not be open to this one).
   *
   * @param in the file's content, closed here; {@code null} (no such file) reads as no texts
   * @param name the file's name, for the error message
   * @return the texts, sorted by key, unmodifiable
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Map<String, String> texts(InputStream in, String name) {
    Properties properties = new Properties();
    if (in != null) {
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + name, e);
      }
    }
    Map<String, String> texts = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      texts.put(key, properties.getProperty(key));
    }
    return Collections.unmodifiableMap(texts);
  }

  private static Properties load(Class<?> anchor, String path) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream("/" + path)) {
      if (in != null) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    return properties;
  }
}
