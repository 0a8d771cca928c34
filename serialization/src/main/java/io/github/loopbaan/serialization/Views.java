package io.github.loopbaan.serialization;

import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.PropertyWriter;

/**
 * The rules of the {@link View}s, applied while writing: which attributes, items and codes a view
 * writes. The view of a write is a per-call attribute of the serialization context ({@link
 * ViewWriter} sets it); without one, the view is {@link View#FULL} and nothing is filtered.
 *
 * <p>More per-call attributes carry what the rules need from further up the value: whether the
 * trajectory being written holds the client's consent to share with the commissioning party,
 * whether the item being written is one the coach shared with that party (its texts may then be
 * written in the {@link View#COMMISSIONER} view, with the consent), and the reference day of age
 * bands (the trajectory's opening day).
 */
final class Views {

  static final String VIEW = "io.github.loopbaan.serialization.view";
  static final String RELEASED = "io.github.loopbaan.serialization.released";
  static final String AGE_BANDS_ON = "io.github.loopbaan.serialization.ageBandsOn";
  static final String CONSENTS_ON = "io.github.loopbaan.serialization.consentsOn";
  static final String SHARING = "io.github.loopbaan.serialization.sharing";

  private Views() {}

  /**
   * @return the view of the current write, {@link View#FULL} when none was set
   */
  static View of(SerializationContext ctxt) {
    Object view = ctxt.getAttribute(VIEW);
    return view instanceof View ? (View) view : View.FULL;
  }

  /**
   * @return whether the trajectory being written holds the client's consent to share with the
   *     commissioning party ({@code ConsentScope.SHARING_WITH_COMMISSIONER}), valid on the writer's
   *     {@linkplain ViewWriter#consentsOn consent day} or, without one, not withdrawn; false
   *     outside a trajectory, where there is no consent to read
   */
  static boolean sharingConsented(SerializationContext ctxt) {
    return Boolean.TRUE.equals(ctxt.getAttribute(SHARING));
  }

  /**
   * @return whether the value being written lies inside an item shared with the commissioning party
   */
  static boolean released(SerializationContext ctxt) {
    return Boolean.TRUE.equals(ctxt.getAttribute(RELEASED));
  }

  /**
   * @param view the view
   * @param ctxt the context, for the release of shared items
   * @return whether an attribute marked as personal or health data is written
   */
  static boolean writesPersonal(View view, SerializationContext ctxt) {
    switch (view) {
      case FULL:
      case CLIENT:
        return true;
      case COMMISSIONER:
        return released(ctxt);
      default:
        return false;
    }
  }

  /**
   * @return whether a value of a type (the content type of an optional or collection) is dropped in
   *     the view regardless of its marks: free text and identifiers in {@link View#ANONYMISED}
   */
  static boolean dropsType(View view, Class<?> type) {
    return view == View.ANONYMISED
        && (type == String.class || Identifier.class.isAssignableFrom(type));
  }

  /**
   * Filters a value to what a view shows: items the view does not show are removed from
   * collections, an optional holding one is empty, and health codes are removed in the
   * commissioner's view.
   *
   * @return the value to write, or empty when nothing is written
   */
  static Optional<Object> shown(Object value, View view, SerializationContext ctxt) {
    if (value == null) {
      return Optional.empty();
    }
    if (view == View.FULL) {
      return Optional.of(value);
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).flatMap(v -> shown(v, view, ctxt));
    }
    if (value instanceof Collection) {
      List<Object> kept = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        if (!hidden(element, view, ctxt)) {
          kept.add(element);
        }
      }
      return Optional.of(kept);
    }
    return hidden(value, view, ctxt) ? Optional.empty() : Optional.of(value);
  }

  /**
   * @return whether the view leaves this value out entirely: an item the view does not show, and,
   *     in the commissioner's view (outside items shared with them) and the anonymised view, every
   *     code of a sensitive class: an enum with a health-data constant. The whole class is left
   *     out, not only its health constants, so that a reader cannot tell health data apart by what
   *     is missing (the inference rule of {@code docs/privacy.md})
   */
  static boolean hidden(Object value, View view, SerializationContext ctxt) {
    if (value instanceof Shared
        && (!view.shows(((Shared) value).getVisibility())
            || view == View.COMMISSIONER && !sharingConsented(ctxt))) {
      return true;
    }
    return (view == View.COMMISSIONER && !released(ctxt) || view == View.ANONYMISED)
        && sensitive(value);
  }

  /**
   * @return whether the value is a code of an enum that has at least one health-data constant, or
   *     an entry of a sensitive catalogued type ({@code ClientQuestionType}: an application may add
   *     health entries to it, so every entry is left out alike)
   */
  static boolean sensitive(Object value) {
    if (value instanceof Enum) {
      return SENSITIVE.get(((Enum<?>) value).getDeclaringClass());
    }
    return value instanceof CatalogueEntry && Classified.isSensitive(value.getClass());
  }

  private static final ClassValue<Boolean> SENSITIVE =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          if (Classified.isSensitive(type)) {
            return true;
          }
          for (Object constant : type.getEnumConstants()) {
            if (categoryOf(constant) == DataCategory.HEALTH) {
              return true;
            }
          }
          return false;
        }
      };

  /**
   * The data category of a code: {@link Classified#dataCategory()}, or the same public {@code
   * dataCategory()} of an enum that declares one without implementing {@link Classified} (such as
   * {@code EmploymentSituation}).
   *
   * @return the category, or {@code null} when the value is not a classified code
   */
  static DataCategory categoryOf(Object value) {
    if (value instanceof Classified) {
      return ((Classified) value).dataCategory();
    }
    if (value instanceof Enum) {
      Method accessor = CATEGORY_ACCESSORS.get(((Enum<?>) value).getDeclaringClass()).orElse(null);
      if (accessor != null) {
        try {
          return (DataCategory) accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read the data category of a code", e);
        }
      }
    }
    return null;
  }

  private static final ClassValue<Optional<Method>> CATEGORY_ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
          try {
            Method m = type.getMethod("dataCategory");
            return m.getReturnType() == DataCategory.class && m.getParameterCount() == 0
                ? Optional.of(m)
                : Optional.empty();
          } catch (NoSuchMethodException e) {
            return Optional.empty();
          }
        }
      };

  /**
   * @return the mark of an accessor, looked up through the classes that declare it
   */
  static Optional<PersonalData> markOf(Method accessor) {
    return DataCategories.markOf(accessor.getDeclaringClass(), accessor.getName());
  }

  /**
   * @return the content type of an accessor: the element of an optional or collection, else its
   *     type
   */
  static Class<?> contentType(Method accessor) {
    Type type = accessor.getGenericReturnType();
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type raw = p.getRawType();
      if ((raw == Optional.class
              || raw instanceof Class && Collection.class.isAssignableFrom((Class<?>) raw))
          && p.getActualTypeArguments().length == 1
          && p.getActualTypeArguments()[0] instanceof Class) {
        return (Class<?>) p.getActualTypeArguments()[0];
      }
    }
    return accessor.getReturnType();
  }

  /**
   * The static facts of one attribute that the rules need: its mark, its content type, its role.
   */
  static final class Rule {
    private final boolean personal;
    private final Class<?> contentType;
    private final boolean ageBand;
    private final boolean regime;
    private final boolean consents;

    /**
     * Whether the attribute holds a {@code java.time} value, plain or optional: written as ISO-8601
     * text by the model's own writer in every view, not by a serializer registered for the type.
     */
    private final boolean isoTime;

    Rule(Class<?> owner, String name, Method accessor) {
      this.personal = accessor != null && markOf(accessor).isPresent();
      this.contentType = accessor == null ? Object.class : contentType(accessor);
      this.isoTime =
          IsoTime.handles(contentType)
              && !Collection.class.isAssignableFrom(accessor.getReturnType());
      this.ageBand = owner == Client.class && name.equals("declaredAgeBand");
      this.regime = Funding.class.isAssignableFrom(owner) && name.equals("regime");
      this.consents = Trajectory.class.isAssignableFrom(owner) && name.equals("consents");
    }

    /**
     * @return whether the property is left out because it holds its default: a funding's regime is
     *     written only when it is not {@link FundingRegime#defaultFor} its kind, so a document
     *     under a built-in regime is what it was before regimes were data, and reads back the same;
     *     likewise a trajectory's consent records are written only when there are any
     */
    boolean omits(Object bean) {
      if (consents) {
        return ((Trajectory) bean).getConsents().isEmpty();
      }
      if (!regime) {
        return false;
      }
      Funding funding = (Funding) bean;
      return funding.getRegime().equals(FundingRegime.defaultFor(funding.getKind()));
    }
  }

  /**
   * Writes one attribute of a value type through the rules of the current view; in {@link
   * View#FULL} exactly as the plain writer does.
   */
  static final class ViewPropertyWriter extends BeanPropertyWriter {

    private static final long serialVersionUID = 1L;

    private final transient Rule rule;

    ViewPropertyWriter(BeanPropertyWriter base, Rule rule) {
      super(base);
      this.rule = rule;
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName newName) {
      return new ViewPropertyWriter(super._new(newName), rule);
    }

    @Override
    public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext ctxt)
        throws Exception {
      if (rule.omits(bean)) {
        return;
      }
      View view = of(ctxt);
      if (view == View.FULL) {
        if (!rule.isoTime) {
          super.serializeAsProperty(bean, g, ctxt);
          return;
        }
        Object value = get(bean);
        Object time = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
        if (time != null) {
          g.writeName(getName());
          g.writeString(time.toString());
        }
        return;
      }
      if (rule.personal && !writesPersonal(view, ctxt)) {
        return;
      }
      String name = getName();
      Object value;
      if (rule.ageBand && view == View.ANONYMISED) {
        name = "ageBand";
        value = ageBand((Client) bean, ctxt);
      } else {
        if (dropsType(view, rule.contentType)) {
          return;
        }
        value = get(bean);
      }
      Optional<Object> shown = shown(value, view, ctxt);
      if (shown.isPresent()) {
        g.writeName(name);
        ModelSerializers.writeValue(ctxt, g, shown.get());
      }
    }

    private static Optional<AgeBand> ageBand(Client client, SerializationContext ctxt) {
      Object on = ctxt.getAttribute(AGE_BANDS_ON);
      return on instanceof LocalDate
          ? client.ageBandOn((LocalDate) on)
          : client.getDeclaredAgeBand();
    }
  }

  /**
   * Wraps the serializer of the value types that change what is written beneath them: an item that
   * carries its own visibility (its texts are released to the commissioner when it is shared with
   * them), a trajectory (its opening day is the reference day of age bands) and a development plan
   * (a plan whose client refused its storage is written in its checklist form, {@link
   * DevelopmentPlan#toChecklist()}, in every view).
   */
  static final class ContextSerializer extends ValueSerializer<Object> {

    private final ValueSerializer<Object> delegate;

    @SuppressWarnings("unchecked")
    ContextSerializer(ValueSerializer<?> delegate) {
      this.delegate = (ValueSerializer<Object>) delegate;
    }

    /**
     * @return whether values of the type need this wrapper
     */
    static boolean wraps(Class<?> type) {
      return Shared.class.isAssignableFrom(type)
          || Trajectory.class.isAssignableFrom(type)
          || DevelopmentPlan.class.isAssignableFrom(type);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      if (value instanceof DevelopmentPlan
          && ((DevelopmentPlan) value).getStorageConsent() == StorageConsent.CHECKLIST_ONLY) {
        delegate.serialize(((DevelopmentPlan) value).toChecklist(), g, ctxt);
        return;
      }
      if (value instanceof Shared
          && of(ctxt) == View.COMMISSIONER
          && ((Shared) value).getVisibility().visibleToCommissioner()
          && sharingConsented(ctxt)) {
        with(ctxt, RELEASED, Boolean.TRUE, () -> delegate.serialize(value, g, ctxt));
      } else if (value instanceof Trajectory) {
        Trajectory t = (Trajectory) value;
        boolean sharing = of(ctxt) == View.COMMISSIONER && sharing(t, ctxt);
        with(
            ctxt,
            AGE_BANDS_ON,
            t.getOpenedOn(),
            () -> with(ctxt, SHARING, sharing, () -> delegate.serialize(value, g, ctxt)));
      } else {
        delegate.serialize(value, g, ctxt);
      }
    }

    private static boolean sharing(Trajectory t, SerializationContext ctxt) {
      Object day = ctxt.getAttribute(CONSENTS_ON);
      return day instanceof LocalDate
          ? t.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER, (LocalDate) day)
          : t.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER);
    }

    /** Runs the write with a per-call attribute set, restoring it afterwards. */
    private static void with(
        SerializationContext ctxt, String key, Object setting, Runnable write) {
      Object before = ctxt.getAttribute(key);
      ctxt.setAttribute(key, setting);
      try {
        write.run();
      } finally {
        ctxt.setAttribute(key, before);
      }
    }

    @Override
    public void resolve(SerializationContext ctxt) {
      delegate.resolve(ctxt);
    }

    @Override
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
      ValueSerializer<?> contextual = delegate.createContextual(ctxt, property);
      return contextual == delegate ? this : new ContextSerializer(contextual);
    }

    @Override
    public Class<?> handledType() {
      return delegate.handledType();
    }

    @Override
    public ValueSerializer<?> getDelegatee() {
      return delegate;
    }

    @Override
    public Iterator<PropertyWriter> properties() {
      return delegate.properties();
    }
  }
}
