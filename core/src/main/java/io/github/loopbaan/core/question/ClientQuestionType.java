package io.github.loopbaan.core.question;

import io.github.loopbaan.core.catalogue.AbstractCatalogueEntry;
import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;
import java.util.List;
import java.util.Objects;

/**
 * The type of a client's question, each with the {@link CoachingApproach} it calls for. Dutch:
 * loopbaanvraag (type).
 *
 * <p>The first seven standard types are the rows of table 1.1 of the handbook (003); the last three
 * are questions about functioning at work (001, 002: changing unwanted behaviour, time management,
 * conflicts with colleagues or managers), with {@link CoachingApproach#WORK_FUNCTIONING_COACHING}.
 * Each type belongs to a {@link QuestionDomain}: career or functioning at work.
 *
 * <p>Questions rarely present themselves this neatly: a question can develop from one type into
 * another, or turn out to be "disguised" (vermomd), and a career question can turn into coaching on
 * functioning at work and back (001); {@link QuestionEvolution} keeps that history (003 §1.2).
 *
 * <p><b>An open catalogue.</b> An application adds its own question types with {@link
 * #custom(String)}: a namespaced code ({@code acme:relocation}), labels, the approach it calls for,
 * its domain and its data category (a type that names a health condition is {@link
 * DataCategory#HEALTH}), and lists them in the {@link io.github.loopbaan.core.catalogue.Catalogue}
 * it gives the JSON reader and the validator. The approach recommendation reads the approach from
 * the type, so an application's type is recommended like a standard one.
 *
 * <p>Privacy: knowing which type of question a person asks can be health data ({@link #STRESS}), so
 * the class as a whole is {@linkplain Classified#isSensitive sensitive}: every type, standard or
 * not, is masked alike in messages and left out of the restricted views.
 */
public final class ClientQuestionType extends AbstractCatalogueEntry implements Classified {
  /**
   * "What shall I choose?" The client does not know what they want and struggles to translate
   * needs, interests and personal values into possible jobs. Dutch: "Wat zal ik kiezen?"
   */
  public static final ClientQuestionType CHOICE =
      standard("CHOICE", "choice", CoachingApproach.CHOICE_GUIDANCE, DataCategory.PERSONAL);

  /**
   * "How can I get further in my career?" The client needs help with development steps or with
   * getting more grip on their own career. Dutch: "Hoe kan ik verder komen in mijn loopbaan?"
   */
  public static final ClientQuestionType GETTING_FURTHER =
      standard(
          "GETTING_FURTHER",
          "getting_further",
          CoachingApproach.COMPETENCE_COACHING,
          DataCategory.PERSONAL);

  /**
   * "Is this all? Who am I and what do I stand for?" The client has no clear self-image (any more)
   * and needs help rediscovering personal values and goals. Dutch: "Is dit nu alles? Wie ben ik en
   * waar sta ik voor?"
   */
  public static final ClientQuestionType IS_THIS_ALL =
      standard("IS_THIS_ALL", "is_this_all", CoachingApproach.LIFE_COACHING, DataCategory.PERSONAL);

  /**
   * "I keep getting stuck: what blockades keep me from developing fully?" The client has little
   * self-confidence or suffers from negative beliefs. Dutch: "Ik loop steeds vast of kom niet
   * verder."
   */
  public static final ClientQuestionType STUCK =
      standard("STUCK", "stuck", CoachingApproach.CAREER_COUNSELLING, DataCategory.PERSONAL);

  /**
   * "I get stuck through heavy workload or uncertainty and show stress symptoms." The client feels
   * lived, allows no time for reflection and lacks the overview to set priorities. Knowing that a
   * person asks this reveals stress symptoms: health data. Dutch: "Ik loop vast door de grote
   * werkdruk of onzekerheid."
   */
  public static final ClientQuestionType STRESS =
      standard("STRESS", "stress", CoachingApproach.STRESS_COACHING, DataCategory.HEALTH);

  /**
   * "I have just left school and do not know which study or direction to choose." The young person
   * has no idea what they can and want, and experiences choice stress. Dutch: "Ik kom net van
   * school."
   */
  public static final ClientQuestionType SCHOOL_LEAVER =
      standard(
          "SCHOOL_LEAVER",
          "school_leaver",
          CoachingApproach.YOUTH_CAREER_COACHING,
          DataCategory.PERSONAL);

  /**
   * "I am 55+ and want to know what I can still do in my career." The senior lacks sight of
   * interesting next possibilities. Dutch: "Ik ben 55+ en ik wil weten wat ik nog kan doen in mijn
   * loopbaan."
   */
  public static final ClientQuestionType SENIOR =
      standard("SENIOR", "senior", CoachingApproach.SENIOR_CAREER_COACHING, DataCategory.PERSONAL);

  /**
   * "How do I change behaviour of mine that does not work?" Help with changing or adjusting
   * unwanted behaviour (002), such as the ineffective behaviour that returns in every job (001).
   * Functioning at work. Dutch: "Hoe verander ik ongewenst gedrag?"
   */
  public static final ClientQuestionType BEHAVIOUR_CHANGE =
      standard(
          "BEHAVIOUR_CHANGE",
          "behaviour_change",
          CoachingApproach.WORK_FUNCTIONING_COACHING,
          DataCategory.PERSONAL);

  /**
   * "How do I get my time and priorities under control?" Problems with time management (002).
   * Functioning at work. Dutch: "Hoe krijg ik mijn tijd en prioriteiten in de hand?"
   */
  public static final ClientQuestionType TIME_MANAGEMENT =
      standard(
          "TIME_MANAGEMENT",
          "time_management",
          CoachingApproach.WORK_FUNCTIONING_COACHING,
          DataCategory.PERSONAL);

  /**
   * "How do I deal with conflicts with colleagues or my manager?" Conflicts at work (002), such as
   * dealing with a directive boss or with cooperation (001). Functioning at work. Dutch: "Hoe ga ik
   * om met conflicten met collega's of leidinggevenden?"
   */
  public static final ClientQuestionType WORK_CONFLICT =
      standard(
          "WORK_CONFLICT",
          "work_conflict",
          CoachingApproach.WORK_FUNCTIONING_COACHING,
          DataCategory.PERSONAL);

  private static final List<ClientQuestionType> STANDARD =
      List.of(
          CHOICE,
          GETTING_FURTHER,
          IS_THIS_ALL,
          STUCK,
          STRESS,
          SCHOOL_LEAVER,
          SENIOR,
          BEHAVIOUR_CHANGE,
          TIME_MANAGEMENT,
          WORK_CONFLICT);

  private final CoachingApproach approach;
  private final QuestionDomain domain;
  private final DataCategory category;

  private ClientQuestionType(
      String name, String code, CoachingApproach approach, DataCategory category) {
    super(name, code);
    this.approach = approach;
    this.domain =
        approach == CoachingApproach.WORK_FUNCTIONING_COACHING
            ? QuestionDomain.WORK_FUNCTIONING
            : QuestionDomain.CAREER;
    this.category = category;
  }

  private ClientQuestionType(Builder builder) {
    super(builder);
    this.approach = builder.approach;
    this.domain = builder.domain;
    this.category = builder.category;
  }

  private static ClientQuestionType standard(
      String name, String code, CoachingApproach approach, DataCategory category) {
    return new ClientQuestionType(name, code, approach, category);
  }

  /**
   * @return the library's question types: the seven rows of table 1.1, then the three questions
   *     about functioning at work; unmodifiable
   */
  public static List<ClientQuestionType> standardEntries() {
    return STANDARD;
  }

  /**
   * Starts an application's own question type.
   *
   * @param code a namespaced code such as {@code acme:relocation} ({@link
   *     io.github.loopbaan.core.catalogue.CatalogueCodes})
   * @return a builder; the approach, the data category and an English label are required, the
   *     domain is {@link QuestionDomain#CAREER} unless set
   * @throws io.github.loopbaan.core.InvalidValueException when the code is not namespaced
   */
  public static Builder custom(String code) {
    return new Builder(code);
  }

  /**
   * @return the coaching approach the type calls for: for the rows of table 1.1 the approach the
   *     table pairs with it (soort loopbaancoaching)
   */
  public CoachingApproach approach() {
    return approach;
  }

  /**
   * @return whether it is a career question or a question about functioning at work
   */
  public QuestionDomain domain() {
    return domain;
  }

  /**
   * @return the data category of knowing that a person asks this type of question: {@link
   *     DataCategory#HEALTH} for {@link #STRESS}, {@link DataCategory#PERSONAL} for the other
   *     standard types; an application's type has the category it was built with
   */
  @Override
  public DataCategory dataCategory() {
    return category;
  }

  /**
   * @return the approach, the domain and the data category
   */
  @Override
  protected List<Object> meaning() {
    return List.of(approach, domain, category);
  }

  /**
   * @return {@value Classified#REDACTED} for every type: the class is sensitive, and a type's code
   *     shown in a log would tell a stress question apart ({@link Classified})
   */
  @Override
  public String toString() {
    return REDACTED;
  }

  /** Builds an application's {@link ClientQuestionType}. Not thread-safe. */
  public static final class Builder extends AbstractCatalogueEntry.Builder<Builder> {

    private CoachingApproach approach;
    private QuestionDomain domain = QuestionDomain.CAREER;
    private DataCategory category;

    private Builder(String code) {
      super(code, "ClientQuestionType");
    }

    /**
     * @param approach the coaching approach the type calls for; required
     * @return this builder
     */
    public Builder approach(CoachingApproach approach) {
      this.approach = Objects.requireNonNull(approach, "approach");
      return this;
    }

    /**
     * @param domain career (the default) or functioning at work
     * @return this builder
     */
    public Builder domain(QuestionDomain domain) {
      this.domain = Objects.requireNonNull(domain, "domain");
      return this;
    }

    /**
     * @param category what knowing that a person asks this type is: {@link DataCategory#HEALTH}
     *     when the type names a health condition or symptoms; required, so that no type is
     *     classified by default
     * @return this builder
     */
    public Builder dataCategory(DataCategory category) {
      this.category = Objects.requireNonNull(category, "dataCategory");
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * @return the question type
     * @throws io.github.loopbaan.core.InvalidValueException when the approach or the data category
     *     is missing (rule {@code required}), or the English label is missing or a label is blank
     *     or too long
     */
    public ClientQuestionType build() {
      Require.that(
          approach != null,
          "ClientQuestionType",
          "approach",
          "required",
          "an application's question type names the coaching approach it calls for");
      Require.that(
          category != null,
          "ClientQuestionType",
          "dataCategory",
          "required",
          "an application's question type names its data category");
      return new ClientQuestionType(this);
    }
  }
}
