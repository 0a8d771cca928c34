package io.github.loopbaan.format.spi;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The wire format's engine, as the Jackson bindings ({@code loopbaan-serialization} for Jackson 3,
 * {@code loopbaan-serialization-jackson2} for Jackson 2) drive it: which classes the format writes
 * and reads by its own rules, the writer and reader of model values over a {@link JsonSink} or
 * {@link JsonSource}, the reads of bytes and documents, and the JSON paths of failures. Everything
 * the format does is written once behind this class; a binding adds only its library's glue
 * (serializers, deserializers, a parser and generator adapter, the translation of its exceptions),
 * so both generations write the same bytes and report the same failures.
 *
 * <p>Service provider interface for the bindings, exported only to them on the module path; not an
 * API for applications, and it may change in any release. There is one instance, made by the format
 * itself ({@link #get()}).
 */
public abstract class FormatEngine {

  private static volatile FormatEngine instance;

  /**
   * Installs the engine; only the format's own implementation may call it, once.
   *
   * @throws IllegalStateException for any other subclass, or a second instance
   */
  protected FormatEngine() {
    Class<?> own = getClass();
    if (own.getModule() != FormatEngine.class.getModule()
        || !own.getName().equals("io.github.loopbaan.format.Engine")) {
      throw new IllegalStateException("only the wire format implements its engine");
    }
    synchronized (FormatEngine.class) {
      if (instance != null) {
        throw new IllegalStateException("the wire format's engine is installed already");
      }
      instance = this;
    }
  }

  /**
   * @return the engine
   */
  public static FormatEngine get() {
    FormatEngine engine = instance;
    if (engine == null) {
      try {
        // the format installs its engine when its description is first loaded
        Class.forName(
            "io.github.loopbaan.format.WireFormat", true, FormatEngine.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the wire format is not on the class path", e);
      }
      engine = instance;
    }
    return engine;
  }

  // ---- which classes the format handles

  /**
   * @param type a class
   * @return whether the format writes its values by its own rules (the model's value types, codes,
   *     identifiers, texts, sequences, histories, events, commands, documents)
   */
  public abstract boolean writes(Class<?> type);

  /**
   * @param type a class
   * @return whether the format writes its values as map keys (codes, identifiers, code values)
   */
  public abstract boolean writesKey(Class<?> type);

  /**
   * @param type a class
   * @return whether the format reads its values by its own rules
   */
  public abstract boolean reads(Class<?> type);

  /**
   * @param type a class
   * @return whether the format reads map keys of it (coded enums, identifiers, code values,
   *     catalogue entries)
   */
  public abstract boolean readsKey(Class<?> type);

  /**
   * @param type a class
   * @return whether it is an enum of the model with stable codes
   */
  public abstract boolean isCodedEnum(Class<?> type);

  /**
   * @param type a class
   * @return whether it is a sequence value of the model (written as a JSON array)
   */
  public abstract boolean isSequenceValue(Class<?> type);

  /**
   * @param type a class
   * @return whether it is a value type of the model (written as a JSON object)
   */
  public abstract boolean isValueType(Class<?> type);

  /**
   * @param type a class
   * @return whether it belongs to the model (its package is the model's), which scopes every limit
   *     and rule of a binding to the model's own types
   */
  public abstract boolean inModel(Class<?> type);

  /**
   * @param raw a generic class
   * @param arguments its type arguments
   * @return the parameterized type, equal to the JDK's own for the same class and arguments
   */
  public abstract Type parameterized(Class<?> raw, Type... arguments);

  // ---- writing

  /**
   * Writes a value of a class the format {@linkplain #writes writes}.
   *
   * @param value the value
   * @param out where the tokens go
   * @param view the view written
   * @param consentsOn the day consents are judged on, or {@code null} for the records as they stand
   * @param ageBandsOn the reference day of age bands outside a trajectory, or {@code null}
   */
  public abstract void write(
      Object value, JsonSink out, View view, LocalDate consentsOn, LocalDate ageBandsOn);

  /**
   * @param value a value of a class the format {@linkplain #writesKey writes as a key}
   * @return the property name for it
   */
  public abstract String keyOf(Object value);

  /**
   * @param content a value whose type is a document kind's content type
   * @param view the view the document is written in
   * @return the document (envelope and content), a value the format {@linkplain #writes writes}
   * @throws IllegalArgumentException when the content's type is not a document kind's
   */
  public abstract Object document(Object content, View view);

  /**
   * Refuses a value that a view may not write on its own, before a binding writes it: an item whose
   * visibility the view hides, and any shared item in the commissioner view (whose consent records
   * are in the trajectory).
   *
   * @param value the value a caller asks to write alone, or as a document's content
   * @param view the view it is written in
   * @throws IllegalArgumentException when the view does not write the value alone
   */
  public abstract void requireWritableAlone(Object value, View view);

  /**
   * @param result what a binding read for a collection, map or array of model values
   * @return its number of elements (entries of a map, 0 for anything else), which the binding
   *     compares with its limit
   */
  public abstract int sizeOf(Object result);

  // ---- reading

  /**
   * @param strict whether a property the format does not know is an error
   * @param maxCollectionSize the largest collection, map or history accepted
   * @param catalogue the entries accepted for the catalogued types
   * @return the format's reader
   */
  public abstract ValueReader reader(boolean strict, int maxCollectionSize, Catalogue catalogue);

  /**
   * Reads a bare value (no envelope) from bytes: refuses ill-formed UTF-8 and unpaired surrogates,
   * then reads through the binding's data binding.
   *
   * @param json the input
   * @param type the type to read
   * @param limits the reader's limits
   * @param binding the library
   * @param <T> the type
   * @return the value, never {@code null} (a JSON {@code null} is {@code missing_value} at {@code
   *     $})
   * @throws LoopbaanJsonException for every failure
   */
  public abstract <T> T readValue(byte[] json, Class<T> type, ReadLimits limits, Binding binding);

  /**
   * Reads a document from bytes: one pass from the parser for a current document, through a tree of
   * plain values for an older one (which is upgraded on the tree) or any the one pass leaves.
   *
   * @param json the input
   * @param type the expected content type, or {@code Object.class} for any kind
   * @param reader the format's reader
   * @param strict whether unknown properties are an error
   * @param limits the reader's limits
   * @param binding the library
   * @param <T> the content type
   * @return the content
   * @throws LoopbaanJsonException for every failure
   */
  public abstract <T> T readDocument(
      byte[] json,
      Class<T> type,
      ValueReader reader,
      boolean strict,
      ReadLimits limits,
      Binding binding);

  /**
   * @param text a text to read
   * @throws LoopbaanJsonException ({@code malformed} at {@code $}, with the character offset) when
   *     it holds a lone surrogate
   */
  public abstract void requireUnicode(CharSequence text);

  // ---- failures and their paths

  /**
   * @param e the failure of a read
   * @return the failure itself when it is the format's, else the format's failure for it ({@code
   *     invalid_value} for a model rule, {@code wrong_type} for anything else)
   */
  public abstract LoopbaanJsonException unexpected(RuntimeException e);

  /**
   * @param path the JSON path of a value being built
   * @param e the model's refusal of it
   * @return the failure, placed at the attribute the rule names
   */
  public abstract LoopbaanJsonException invalidAt(String path, InvalidValueException e);

  /**
   * @param name a property name a type declares
   * @return its path segment: {@code .name}, or {@code ['name']} when not simple
   */
  public abstract String segment(String name);

  /**
   * @param name a property name that may have come from the input
   * @param index its 0-based position in its object, or -1
   * @return {@code .name} for a name the wire format knows, else the position ({@code [unknown
   *     property #3]}), so that no input text shows in a path
   */
  public abstract String segmentIfKnown(String name, int index);

  /**
   * @param name a property name
   * @return whether the wire format knows it (a name of the model's attributes or envelopes)
   */
  public abstract boolean isKnownName(String name);

  /**
   * @param owner the value a parser is binding (a bean, a builder, a map), or {@code null}
   * @param name a property name
   * @return whether the owner's class declares the property (for an enum map: always, its keys are
   *     codes); a key of any other map is data
   */
  public abstract boolean declares(Object owner, String name);

  /**
   * @param type the target type of a failed read
   * @return what was expected, in words for a message: {@code "a text"}, {@code "an array"}, the
   *     value type's simple name for its builder
   */
  public abstract String describe(Class<?> type);

  /**
   * @param type a class
   * @return the value type a builder class builds, if it is one of the model's builders
   */
  public abstract Optional<Class<?>> valueTypeOfBuilder(Class<?> type);
}
