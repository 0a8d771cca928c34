package io.github.loopbaan.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Realistic Dutch and English text for generated values: names, organisations, career questions in
 * the client's own words, notes, reflections, titles.
 *
 * <p>Generated person names are always a first and a last name joined by a space (at least 6
 * characters), and notes are whole sentences, so a property can search for them in {@code
 * toString()} output without false matches on short fragments.
 */
public final class Texts {

  private static final String[] FIRST_NAMES = {
    "Annelies",
    "Bram",
    "Chantal",
    "Dirk",
    "Els",
    "Fatima",
    "Geert",
    "Hanneke",
    "Ilse",
    "Jeroen",
    "Karin",
    "Lieven",
    "Mohamed",
    "Nathalie",
    "Olaf",
    "Petra",
    "Quinten",
    "Rachida",
    "Sander",
    "Tineke",
    "Ursula",
    "Vincent",
    "Wendy",
    "Yusuf",
    "Zoë",
    "Emily",
    "James",
    "Olivia",
    "Thomas",
    "Sophie"
  };
  private static final String[] LAST_NAMES = {
    "Verstraeten", "de Vries", "Janssens", "Bakker", "Peeters", "van den Berg", "Maes", "Visser",
        "Claes",
    "El Amrani", "Wouters", "de Jong", "Mertens", "Smits", "Dekker", "Willems", "van Dijk",
        "Goossens",
    "Hendriks", "Vermeulen", "Thompson", "Walker", "Bennett"
  };
  private static final String[] ORGANISATIONS = {
    "Gemeente Utrecht", "Stad Gent", "Acme Logistics", "Zorggroep De Linde", "Bouwbedrijf Van Rijn",
    "Provincie Antwerpen", "Northwind Insurance", "Hogeschool Rotterdam", "VDAB",
        "Ziekenhuis Sint-Jan"
  };
  static final String[] QUESTIONS = {
    "Ik weet niet meer of dit werk nog bij mij past.",
    "Wat wil ik eigenlijk echt na twintig jaar bij de bank?",
    "Hoe kom ik verder in mijn loopbaan zonder leidinggevende te worden?",
    "Ik loop steeds vast bij sollicitaties, wat blokkeert mij?",
    "Ik ben 58 en wil weten wat ik nog kan doen.",
    "Ik kom net van school en weet niet welke richting ik moet kiezen.",
    "Mijn functie verdwijnt door de reorganisatie, wat nu?",
    "Is dit alles? Waar sta ik eigenlijk voor?",
    "How do I get further in my career as an engineer?",
    "I keep getting stuck in my job search: what is blocking me?",
    "The workload is too much and I sleep badly; should I change jobs?",
    "Should I start my own business or stay employed?"
  };
  private static final String[] NOTES = {
    "Cliënt vertelt open over de reorganisatie en de onzekerheid thuis.",
    "Sterke drijfveer: zelfstandigheid; belemmerende overtuiging: ik ben te oud.",
    "Netwerkgesprek met een oud-collega leverde twee nieuwe scenario's op.",
    "Huiswerk over waarden is grondig gemaakt, bespreken in het volgende gesprek.",
    "Spanning in de schouders zodra het over solliciteren gaat.",
    "Client reflected on the life line exercise and named three turning points.",
    "Interview practice went well; confidence is growing.",
    "We explored the under current: fear of failure came up twice.",
    "Cliënte wil eerst afscheid nemen van het team voor ze verder kijkt.",
    "The client asked to keep the conflict with the manager out of the report."
  };
  private static final String[] CULTURES = {
    "Resultaatgericht, weinig ruimte voor fouten",
    "Informeel en collegiaal, beslissingen bottom-up",
    "Hiërarchisch, veel overleg voor elke stap",
    "Open feedbackcultuur, leren van incidenten",
    "Target-driven sales culture with monthly rankings",
    "Family business, loyalty valued above mobility"
  };
  private static final String[] RETURN_GOALS = {
    "Halve dagen terug in de eigen functie",
    "Terugkeer in aangepast werk zonder nachtdiensten",
    "Opbouw naar volledige werkhervatting in drie maanden",
    "Return to own role at 50 percent, then increase",
    "Move to a less physically demanding position"
  };
  private static final String[] RETURN_STEPS = {
    "Gesprek met de bedrijfsarts over belastbaarheid",
    "Twee ochtenden per week aanwezig op de afdeling",
    "Werkplek aanpassen met een zit-sta bureau",
    "Agree reduced hours with the line manager",
    "Evaluate the first month with the occupational physician"
  };
  private static final String[] TITLES = {
    "Waarden en drijfveren", "Levenslijn", "Netwerkkaart", "Kwaliteitenspel", "Sollicitatiebrief",
    "Career anchors", "Life line", "Network map", "Strengths interview", "Elevator pitch"
  };

  private Texts() {}

  /**
   * @return person names such as {@code "Annelies Verstraeten"}: first and last name, at least 6
   *     characters
   */
  public static Arbitrary<String> personNames() {
    return Combinators.combine(Arbitraries.of(FIRST_NAMES), Arbitraries.of(LAST_NAMES))
        .as((first, last) -> first + " " + last);
  }

  /**
   * @return names of organisations (employers, funders, schools)
   */
  public static Arbitrary<String> organisationNames() {
    return Arbitraries.of(ORGANISATIONS);
  }

  /**
   * @return career questions in a client's own words, Dutch or English
   */
  public static Arbitrary<String> careerQuestions() {
    return Arbitraries.of(QUESTIONS);
  }

  /**
   * @return notes as a coach writes them, Dutch or English, each a whole sentence optionally
   *     followed by a generated detail that makes most notes unique
   */
  public static Arbitrary<String> notes() {
    return Combinators.combine(Arbitraries.of(NOTES), Arbitraries.integers().between(1, 9999))
        .as((note, n) -> note + " (ref " + n + ")");
  }

  /**
   * @return an organisation's culture as a coach describes it, Dutch or English, optionally
   *     followed by a generated detail; never the text of a note
   */
  public static Arbitrary<String> cultures() {
    return Combinators.combine(Arbitraries.of(CULTURES), Arbitraries.integers().between(1, 999))
        .as((culture, n) -> culture + " (org " + n + ")");
  }

  /**
   * @return the aims of a return to work in a re-integration plan, Dutch or English, optionally
   *     followed by a generated detail; never the text of a note
   */
  public static Arbitrary<String> returnGoals() {
    return Combinators.combine(Arbitraries.of(RETURN_GOALS), Arbitraries.integers().between(1, 999))
        .as((goal, n) -> goal + " (plan " + n + ")");
  }

  /**
   * @return the steps of a re-integration plan, Dutch or English, followed by a generated detail;
   *     never the text of a note
   */
  public static Arbitrary<String> returnSteps() {
    return Combinators.combine(Arbitraries.of(RETURN_STEPS), Arbitraries.integers().between(1, 999))
        .as((step, n) -> step + " (step " + n + ")");
  }

  /**
   * @return short titles of assignments, instruments, scenarios and plan items
   */
  public static Arbitrary<String> titles() {
    return Arbitraries.of(TITLES);
  }

  /**
   * @return blank texts: empty or white space only, for broken constructions
   */
  public static Arbitrary<String> blanks() {
    return Arbitraries.of("", " ", "   ", "\t", "\n", " \t \n");
  }
}
