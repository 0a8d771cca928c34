package io.github.loopbaan.format;

import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the {@link View}s, applied while writing ({@link ModelWriter}): which attributes,
 * items and codes a view writes. The view of a write and what the rules need from further up the
 * value (whether the trajectory being written holds the client's consent to share with the
 * commissioning party, whether the item being written is one the coach shared with that party, the
 * reference day of age bands) are the write's {@link ModelWriter.Scope}.
 */
final class Views {

  private Views() {}

  /**
   * @param scope the write, for its view and the release of shared items
   * @return whether an attribute marked as personal or health data is written
   */
  static boolean writesPersonal(ModelWriter.Scope scope) {
    switch (scope.view) {
      case FULL:
      case CLIENT:
        return true;
      case COMMISSIONER:
        return scope.released();
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
  static Optional<Object> shown(Object value, ModelWriter.Scope scope) {
    if (value == null) {
      return Optional.empty();
    }
    if (scope.view == View.FULL) {
      return Optional.of(value);
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).flatMap(v -> shown(v, scope));
    }
    if (value instanceof Collection) {
      List<Object> kept = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        if (!hidden(element, scope)) {
          kept.add(element);
        }
      }
      return Optional.of(kept);
    }
    return hidden(value, scope) ? Optional.empty() : Optional.of(value);
  }

  /**
   * @return whether the view leaves this value out entirely: an item the view does not show, and,
   *     in the commissioner's view (outside items shared with them) and the anonymised view, every
   *     code of a sensitive class: an enum with a health-data constant. The whole class is left
   *     out, not only its health constants, so that a reader cannot tell health data apart by what
   *     is missing (the inference rule of {@code docs/privacy.md})
   */
  static boolean hidden(Object value, ModelWriter.Scope scope) {
    View view = scope.view;
    if (value instanceof Shared
        && (!view.shows(((Shared) value).getVisibility())
            || view == View.COMMISSIONER && !scope.sharingConsented())) {
      return true;
    }
    return (view == View.COMMISSIONER && !scope.released() || view == View.ANONYMISED)
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

    Rule(Class<?> owner, String name, Method accessor) {
      this.personal = accessor != null && markOf(accessor).isPresent();
      this.contentType = accessor == null ? Object.class : Views.contentType(accessor);
      this.ageBand = owner == Client.class && name.equals("declaredAgeBand");
      this.regime = Funding.class.isAssignableFrom(owner) && name.equals("regime");
      this.consents = Trajectory.class.isAssignableFrom(owner) && name.equals("consents");
    }

    /**
     * @return whether the attribute is marked as personal or health data
     */
    boolean personal() {
      return personal;
    }

    /**
     * @return the attribute's type, or its element type when it is an optional or a collection
     */
    Class<?> contentType() {
      return contentType;
    }

    /**
     * @return whether the attribute is a client's declared age band, written as the age band of the
     *     reference day in the anonymised view
     */
    boolean ageBand() {
      return ageBand;
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
}
