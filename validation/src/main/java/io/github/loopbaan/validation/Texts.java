package io.github.loopbaan.validation;

import io.github.loopbaan.validation.constraints.Facts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message texts in nl and en: the {@code ContributorValidationMessages} bundles of every jar on the
 * class path, merged as Hibernate Validator merges them, and the rendering of message parameters
 * per language. Not public.
 */
final class Texts {

  static final String BUNDLE = "ContributorValidationMessages";

  /**
   * The suffix of a fact's name in the Dutch bundle when the fact reads differently in Dutch
   * (durations, periods, labels): {@code {registered_nl}}. Every Bean Validation path then gives
   * Dutch facts, since a rule validator adds each fact twice, in English under its name and in
   * Dutch under this suffix.
   */
  static final String DUTCH_FACT = "_nl";

  private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private Texts() {}

  /**
   * @return {@code nl} for Dutch (also nl-BE), {@code en} for every other language
   */
  static String language(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? "nl" : "en";
  }

  /**
   * @param language {@code en} or {@code nl}
   * @return every {@code ContributorValidationMessages} text of that language; Dutch falls back to
   *     English per key
   */
  static Properties bundle(String language) {
    return BUNDLES.computeIfAbsent(
        language,
        l -> {
          Properties merged = new Properties();
          load(merged, BUNDLE + ".properties");
          if (l.equals("nl")) {
            load(merged, BUNDLE + "_nl.properties");
          }
          return merged;
        });
  }

  /**
   * @param file a resource name
   * @return the texts of that file only, merged over every jar
   */
  static Properties file(String file) {
    Properties properties = new Properties();
    load(properties, file);
    return properties;
  }

  private static void load(Properties into, String name) {
    try {
      ClassLoader loader = Texts.class.getClassLoader();
      Enumeration<URL> urls = loader.getResources(name);
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream();
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          into.load(reader);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Resolves a message template in a language: a template that is one {@code {key}} is looked up,
   * then every {@code {name}} is replaced by the rendered fact or constraint attribute of that
   * name.
   *
   * @param template the message template, for example {@code
   *     {io.github.loopbaan.rules.vch_intake_topics}}
   * @param facts the facts the validator reported (codes, durations, counts: never personal data)
   * @param attributes the constraint's attributes
   * @param locale the language
   * @return the message, or {@code null} when the template's key is in no bundle
   */
  static String render(
      String template, Map<String, ?> facts, Map<String, ?> attributes, Locale locale) {
    String text = template;
    Matcher whole = KEY.matcher(template);
    if (whole.matches()) {
      text = bundle(language(locale)).getProperty(whole.group(1));
      if (text == null) {
        return null;
      }
    }
    Matcher m = KEY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      Object value = facts.containsKey(name) ? facts.get(name) : attributes.get(name);
      if (value == null && name.endsWith(DUTCH_FACT)) {
        // {registered_nl}: the Dutch bundle's name for a fact in Dutch words (see RuleValidator).
        value = facts.get(name.substring(0, name.length() - DUTCH_FACT.length()));
      }
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : Facts.format(value, locale)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * @param name a Java name such as {@code PopTitle}
   * @return the name in snake case, {@code pop_title}
   */
  static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
