package io.github.loopbaan.benchmarks.json;

import io.github.loopbaan.benchmarks.json.Mirror.Action;
import io.github.loopbaan.benchmarks.json.Mirror.ActionPlan;
import io.github.loopbaan.benchmarks.json.Mirror.AftercareRequest;
import io.github.loopbaan.benchmarks.json.Mirror.CareerQuestion;
import io.github.loopbaan.benchmarks.json.Mirror.Client;
import io.github.loopbaan.benchmarks.json.Mirror.ClientDocument;
import io.github.loopbaan.benchmarks.json.Mirror.Close;
import io.github.loopbaan.benchmarks.json.Mirror.Coach;
import io.github.loopbaan.benchmarks.json.Mirror.Commissioner;
import io.github.loopbaan.benchmarks.json.Mirror.DevelopmentPlan;
import io.github.loopbaan.benchmarks.json.Mirror.EvaluationInvitation;
import io.github.loopbaan.benchmarks.json.Mirror.Event;
import io.github.loopbaan.benchmarks.json.Mirror.Funding;
import io.github.loopbaan.benchmarks.json.Mirror.GeneralData;
import io.github.loopbaan.benchmarks.json.Mirror.Goal;
import io.github.loopbaan.benchmarks.json.Mirror.HoldAftercare;
import io.github.loopbaan.benchmarks.json.Mirror.HoldIntake;
import io.github.loopbaan.benchmarks.json.Mirror.HoldSession;
import io.github.loopbaan.benchmarks.json.Mirror.HoldSynthesis;
import io.github.loopbaan.benchmarks.json.Mirror.Insight;
import io.github.loopbaan.benchmarks.json.Mirror.IntakeAgreement;
import io.github.loopbaan.benchmarks.json.Mirror.InviteEvaluation;
import io.github.loopbaan.benchmarks.json.Mirror.NewJob;
import io.github.loopbaan.benchmarks.json.Mirror.PhaseCommand;
import io.github.loopbaan.benchmarks.json.Mirror.PhaseProgress;
import io.github.loopbaan.benchmarks.json.Mirror.PhaseSelection;
import io.github.loopbaan.benchmarks.json.Mirror.PlanCommand;
import io.github.loopbaan.benchmarks.json.Mirror.Session;
import io.github.loopbaan.benchmarks.json.Mirror.SimpleCommand;
import io.github.loopbaan.benchmarks.json.Mirror.Trajectory;
import io.github.loopbaan.benchmarks.json.Mirror.TrajectoryCommand;
import io.github.loopbaan.benchmarks.json.Mirror.TrajectoryDocument;
import io.github.loopbaan.benchmarks.json.Mirror.TrajectoryPlan;
import io.github.loopbaan.benchmarks.json.Mirror.Voucher;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;

/**
 * The JSON benchmarks' baseline: hand-written Jackson 3 streaming code ({@link JsonGenerator},
 * {@link JsonParser}) that writes and reads the standard documents' JSON shape into the {@link
 * Mirror} records. It writes the properties in the order {@code LoopbaanJson} does and omits {@code
 * null}s; it reads properties in any order, except that a trajectory command's {@code kind} must
 * come first (it chooses the shape, and Loopbaan writes it first), and fails on an unknown
 * property. A plain {@link JsonFactory} with Jackson's default settings.
 */
public final class Streaming {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Streaming() {}

  /**
   * @param document the client document
   * @return its compact JSON
   */
  public static String write(ClientDocument document) {
    return render(
        g -> {
          g.writeStartObject();
          g.writeStringProperty("kind", document.kind());
          g.writeNumberProperty("schemaVersion", document.schemaVersion());
          g.writeName("content");
          client(g, document.content());
          g.writeEndObject();
        });
  }

  /**
   * @param document the trajectory document
   * @return its compact JSON
   */
  public static String write(TrajectoryDocument document) {
    return render(
        g -> {
          g.writeStartObject();
          g.writeStringProperty("kind", document.kind());
          g.writeNumberProperty("schemaVersion", document.schemaVersion());
          g.writeName("content");
          trajectory(g, document.content());
          g.writeEndObject();
        });
  }

  /**
   * Writes to a {@code String} the way {@code JsonMapper.writeValueAsString} does: a {@link
   * SegmentedStringWriter} on a pooled {@link BufferRecycler}, so the baseline pays no more for the
   * text buffer than databind does.
   */
  private static String render(Consumer<JsonGenerator> body) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try {
      SegmentedStringWriter out = new SegmentedStringWriter(recycler);
      try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        body.accept(g);
      }
      return out.getAndClear();
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * @param json the client document, UTF-8
   * @return the records
   */
  public static ClientDocument readClientDocument(byte[] json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      start(p);
      String kind = null;
      int version = 0;
      Client content = null;
      String name;
      while ((name = p.nextName()) != null) {
        p.nextToken();
        switch (name) {
          case "kind" -> kind = p.getString();
          case "schemaVersion" -> version = p.getIntValue();
          case "content" -> content = readClient(p);
          default -> throw unknown(name);
        }
      }
      end(p);
      return new ClientDocument(kind, version, content);
    }
  }

  /**
   * @param json the trajectory document, UTF-8
   * @return the records
   */
  public static TrajectoryDocument readTrajectoryDocument(byte[] json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      start(p);
      String kind = null;
      int version = 0;
      Trajectory content = null;
      String name;
      while ((name = p.nextName()) != null) {
        p.nextToken();
        switch (name) {
          case "kind" -> kind = p.getString();
          case "schemaVersion" -> version = p.getIntValue();
          case "content" -> content = readTrajectory(p);
          default -> throw unknown(name);
        }
      }
      end(p);
      return new TrajectoryDocument(kind, version, content);
    }
  }

  // ---- writing

  private static void client(JsonGenerator g, Client c) {
    g.writeStartObject();
    if (c.birthYear() != null) {
      g.writeStringProperty("birthYear", c.birthYear().toString());
    }
    string(g, "educationLevel", c.educationLevel());
    string(g, "employment", c.employment());
    strings(g, "healthConcerns", c.healthConcerns());
    string(g, "id", c.id());
    string(g, "name", c.name());
    strings(g, "privateSituation", c.privateSituation());
    g.writeEndObject();
  }

  private static void trajectory(JsonGenerator g, Trajectory t) {
    g.writeStartObject();
    list(g, "aftercareRequests", t.aftercareRequests(), Streaming::aftercareRequest);
    strings(g, "assignments", t.assignments());
    object(g, "careerQuestion", t.careerQuestion(), Streaming::careerQuestion);
    object(g, "client", t.client(), Streaming::client);
    object(
        g,
        "coach",
        t.coach(),
        (gen, c) -> {
          gen.writeStartObject();
          strings(gen, "accreditations", c.accreditations());
          string(gen, "id", c.id());
          strings(gen, "specialisms", c.specialisms());
          gen.writeEndObject();
        });
    object(
        g,
        "commissioner",
        t.commissioner(),
        (gen, c) -> {
          gen.writeStartObject();
          string(gen, "id", c.id());
          string(gen, "kind", c.kind());
          string(gen, "organisationName", c.organisationName());
          gen.writeEndObject();
        });
    strings(g, "completedPackages", t.completedPackages());
    object(g, "developmentPlan", t.developmentPlan(), Streaming::developmentPlan);
    object(g, "evaluationInvitation", t.evaluationInvitation(), Streaming::evaluationInvitation);
    object(
        g,
        "funding",
        t.funding(),
        (gen, f) -> {
          gen.writeStartObject();
          string(gen, "kind", f.kind());
          list(
              gen,
              "vouchers",
              f.vouchers(),
              (gg, v) -> {
                gg.writeStartObject();
                string(gg, "id", v.id());
                gg.writeNumberProperty("number", v.number());
                gg.writeEndObject();
              });
          gen.writeEndObject();
        });
    list(g, "history", t.history(), (gen, e) -> event(gen, e, Streaming::trajectoryCommand));
    string(g, "id", t.id());
    strings(g, "instrumentResults", t.instrumentResults());
    object(g, "intakeAgreement", t.intakeAgreement(), Streaming::intakeAgreement);
    strings(g, "interventions", t.interventions());
    strings(g, "notes", t.notes());
    date(g, "openedOn", t.openedOn());
    object(
        g,
        "phaseProgress",
        t.phaseProgress(),
        (gen, pp) -> {
          gen.writeStartObject();
          list(gen, "history", pp.history(), (gg, e) -> event(gg, e, Streaming::phaseCommand));
          list(gen, "newJobs", pp.newJobs(), Streaming::newJob);
          object(gen, "plan", pp.plan(), Streaming::trajectoryPlan);
          string(gen, "state", pp.state());
          gen.writeEndObject();
        });
    strings(g, "referrals", t.referrals());
    strings(g, "scenarios", t.scenarios());
    list(g, "sessions", t.sessions(), Streaming::session);
    string(g, "stage", t.stage());
    g.writeEndObject();
  }

  private static void aftercareRequest(JsonGenerator g, AftercareRequest r) {
    g.writeStartObject();
    string(g, "question", r.question());
    date(g, "requestedOn", r.requestedOn());
    g.writeEndObject();
  }

  private static void careerQuestion(JsonGenerator g, CareerQuestion q) {
    g.writeStartObject();
    date(g, "askedOn", q.askedOn());
    strings(g, "evolutions", q.evolutions());
    string(g, "id", q.id());
    string(g, "initialType", q.initialType());
    string(g, "ownWords", q.ownWords());
    g.writeEndObject();
  }

  private static void developmentPlan(JsonGenerator g, DevelopmentPlan d) {
    g.writeStartObject();
    object(
        g,
        "actionPlan",
        d.actionPlan(),
        (gen, ap) -> {
          gen.writeStartObject();
          list(gen, "actions", ap.actions(), Streaming::action);
          gen.writeEndObject();
        });
    string(g, "careerQuestion", d.careerQuestion());
    strings(g, "decisions", d.decisions());
    object(
        g,
        "generalData",
        d.generalData(),
        (gen, gd) -> {
          gen.writeStartObject();
          string(gen, "clientName", gd.clientName());
          date(gen, "finalisedOn", gd.finalisedOn());
          date(gen, "signedOn", gd.signedOn());
          string(gen, "title", gd.title());
          gen.writeEndObject();
        });
    strings(g, "goals", d.goals());
    list(g, "history", d.history(), (gen, e) -> event(gen, e, Streaming::planCommand));
    string(g, "id", d.id());
    list(
        g,
        "insights",
        d.insights(),
        (gen, i) -> {
          gen.writeStartObject();
          string(gen, "dataCategory", i.dataCategory());
          string(gen, "id", i.id());
          string(gen, "kind", i.kind());
          string(gen, "text", i.text());
          string(gen, "visibility", i.visibility());
          gen.writeEndObject();
        });
    string(g, "kind", d.kind());
    strings(g, "namedTrainings", d.namedTrainings());
    strings(g, "reflections", d.reflections());
    strings(g, "revisions", d.revisions());
    string(g, "storageConsent", d.storageConsent());
    g.writeBooleanProperty("writtenByClient", d.writtenByClient());
    g.writeEndObject();
  }

  private static void action(JsonGenerator g, Action a) {
    g.writeStartObject();
    date(g, "completedOn", a.completedOn());
    string(g, "description", a.description());
    date(g, "dueDate", a.dueDate());
    list(g, "history", a.history(), (gen, e) -> event(gen, e, Streaming::simpleCommand));
    string(g, "id", a.id());
    string(g, "owner", a.owner());
    string(g, "status", a.status());
    string(g, "subject", a.subject());
    g.writeEndObject();
  }

  private static void evaluationInvitation(JsonGenerator g, EvaluationInvitation i) {
    g.writeStartObject();
    date(g, "sentOn", i.sentOn());
    g.writeEndObject();
  }

  private static void intakeAgreement(JsonGenerator g, IntakeAgreement a) {
    g.writeStartObject();
    strings(g, "explainedTopics", a.explainedTopics());
    date(g, "heldOn", a.heldOn());
    g.writeBooleanProperty("onlyForTrainingBenefit", a.onlyForTrainingBenefit());
    date(g, "signedOn", a.signedOn());
    g.writeEndObject();
  }

  private static void newJob(JsonGenerator g, NewJob j) {
    g.writeStartObject();
    date(g, "date", j.date());
    string(g, "kind", j.kind());
    g.writeEndObject();
  }

  private static void trajectoryPlan(JsonGenerator g, TrajectoryPlan p) {
    g.writeStartObject();
    strings(g, "amendments", p.amendments());
    strings(g, "coachRoles", p.coachRoles());
    date(g, "decidedOn", p.decidedOn());
    list(
        g,
        "goals",
        p.goals(),
        (gen, goal) -> {
          gen.writeStartObject();
          string(gen, "description", goal.description());
          string(gen, "term", goal.term());
          gen.writeEndObject();
        });
    list(
        g,
        "selectedPhases",
        p.selectedPhases(),
        (gen, s) -> {
          gen.writeStartObject();
          string(gen, "attention", s.attention());
          string(gen, "phase", s.phase());
          gen.writeEndObject();
        });
    g.writeEndObject();
  }

  private static void session(JsonGenerator g, Session s) {
    g.writeStartObject();
    strings(g, "attachments", s.attachments());
    date(g, "date", s.date());
    if (s.duration() != null) {
      g.writeStringProperty("duration", s.duration().toString());
    }
    list(g, "history", s.history(), (gen, e) -> event(gen, e, Streaming::simpleCommand));
    string(g, "id", s.id());
    string(g, "kind", s.kind());
    string(g, "mode", s.mode());
    strings(g, "notes", s.notes());
    string(g, "setting", s.setting());
    string(g, "status", s.status());
    if (s.voucher() != null) {
      g.writeNumberProperty("voucher", s.voucher());
    }
    g.writeEndObject();
  }

  private static <C> void event(JsonGenerator g, Event<C> e, BiConsumer<JsonGenerator, C> command) {
    g.writeStartObject();
    g.writeNumberProperty("sequence", e.sequence());
    string(g, "from", e.from());
    string(g, "to", e.to());
    g.writeName("command");
    command.accept(g, e.command());
    g.writeEndObject();
  }

  private static void simpleCommand(JsonGenerator g, SimpleCommand c) {
    g.writeStartObject();
    string(g, "kind", c.kind());
    date(g, "date", c.date());
    g.writeEndObject();
  }

  private static void planCommand(JsonGenerator g, PlanCommand c) {
    g.writeStartObject();
    string(g, "kind", c.kind());
    date(g, "date", c.date());
    if (c.signedByClient() != null) {
      g.writeBooleanProperty("signedByClient", c.signedByClient());
    }
    g.writeEndObject();
  }

  private static void phaseCommand(JsonGenerator g, PhaseCommand c) {
    g.writeStartObject();
    string(g, "kind", c.kind());
    date(g, "date", c.date());
    object(g, "job", c.job(), Streaming::newJob);
    g.writeEndObject();
  }

  private static void trajectoryCommand(JsonGenerator g, TrajectoryCommand c) {
    g.writeStartObject();
    string(g, "kind", c.kind());
    date(g, "date", c.date());
    if (c instanceof HoldSession h) {
      object(g, "session", h.session(), Streaming::session);
    } else if (c instanceof HoldIntake h) {
      object(g, "session", h.session(), Streaming::session);
      object(g, "agreement", h.agreement(), Streaming::intakeAgreement);
      object(g, "plan", h.plan(), Streaming::trajectoryPlan);
      object(g, "question", h.question(), Streaming::careerQuestion);
    } else if (c instanceof HoldSynthesis h) {
      object(g, "session", h.session(), Streaming::session);
      object(g, "plan", h.plan(), Streaming::developmentPlan);
    } else if (c instanceof InviteEvaluation i) {
      object(g, "invitation", i.invitation(), Streaming::evaluationInvitation);
    } else if (c instanceof HoldAftercare h) {
      object(g, "request", h.request(), Streaming::aftercareRequest);
      object(g, "session", h.session(), Streaming::session);
    }
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void date(JsonGenerator g, String name, LocalDate value) {
    if (value != null) {
      g.writeStringProperty(name, value.toString());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (values != null) {
      g.writeName(name);
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static <T> void object(
      JsonGenerator g, String name, T value, BiConsumer<JsonGenerator, T> writer) {
    if (value != null) {
      g.writeName(name);
      writer.accept(g, value);
    }
  }

  private static <T> void list(
      JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> writer) {
    if (values != null) {
      g.writeName(name);
      g.writeStartArray();
      for (T v : values) {
        writer.accept(g, v);
      }
      g.writeEndArray();
    }
  }

  // ---- reading: each reader starts on the value's first token and ends on its last

  private static Client readClient(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    Year birthYear = null;
    String educationLevel = null;
    String employment = null;
    List<String> healthConcerns = null;
    String id = null;
    String fullName = null;
    List<String> privateSituation = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "birthYear" -> birthYear = Year.parse(text(p));
        case "educationLevel" -> educationLevel = text(p);
        case "employment" -> employment = text(p);
        case "healthConcerns" -> healthConcerns = readStrings(p);
        case "id" -> id = text(p);
        case "name" -> fullName = text(p);
        case "privateSituation" -> privateSituation = readStrings(p);
        default -> throw unknown(name);
      }
    }
    return new Client(
        birthYear, educationLevel, employment, healthConcerns, id, fullName, privateSituation);
  }

  private static Trajectory readTrajectory(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    List<AftercareRequest> aftercareRequests = null;
    List<String> assignments = null;
    CareerQuestion careerQuestion = null;
    Client client = null;
    Coach coach = null;
    Commissioner commissioner = null;
    List<String> completedPackages = null;
    DevelopmentPlan developmentPlan = null;
    EvaluationInvitation evaluationInvitation = null;
    Funding funding = null;
    List<Event<TrajectoryCommand>> history = null;
    String id = null;
    List<String> instrumentResults = null;
    IntakeAgreement intakeAgreement = null;
    List<String> interventions = null;
    List<String> notes = null;
    LocalDate openedOn = null;
    PhaseProgress phaseProgress = null;
    List<String> referrals = null;
    List<String> scenarios = null;
    List<Session> sessions = null;
    String stage = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "aftercareRequests" ->
            aftercareRequests = readList(p, Streaming::readAftercareRequest);
        case "assignments" -> assignments = readStrings(p);
        case "careerQuestion" -> careerQuestion = readCareerQuestion(p);
        case "client" -> client = readClient(p);
        case "coach" -> coach = readCoach(p);
        case "commissioner" -> commissioner = readCommissioner(p);
        case "completedPackages" -> completedPackages = readStrings(p);
        case "developmentPlan" -> developmentPlan = readDevelopmentPlan(p);
        case "evaluationInvitation" -> evaluationInvitation = readEvaluationInvitation(p);
        case "funding" -> funding = readFunding(p);
        case "history" ->
            history = readList(p, q -> readEvent(q, Streaming::readTrajectoryCommand));
        case "id" -> id = text(p);
        case "instrumentResults" -> instrumentResults = readStrings(p);
        case "intakeAgreement" -> intakeAgreement = readIntakeAgreement(p);
        case "interventions" -> interventions = readStrings(p);
        case "notes" -> notes = readStrings(p);
        case "openedOn" -> openedOn = LocalDate.parse(text(p));
        case "phaseProgress" -> phaseProgress = readPhaseProgress(p);
        case "referrals" -> referrals = readStrings(p);
        case "scenarios" -> scenarios = readStrings(p);
        case "sessions" -> sessions = readList(p, Streaming::readSession);
        case "stage" -> stage = text(p);
        default -> throw unknown(name);
      }
    }
    return new Trajectory(
        aftercareRequests,
        assignments,
        careerQuestion,
        client,
        coach,
        commissioner,
        completedPackages,
        developmentPlan,
        evaluationInvitation,
        funding,
        history,
        id,
        instrumentResults,
        intakeAgreement,
        interventions,
        notes,
        openedOn,
        phaseProgress,
        referrals,
        scenarios,
        sessions,
        stage);
  }

  private static AftercareRequest readAftercareRequest(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String question = null;
    LocalDate requestedOn = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "question" -> question = text(p);
        case "requestedOn" -> requestedOn = LocalDate.parse(text(p));
        default -> throw unknown(name);
      }
    }
    return new AftercareRequest(question, requestedOn);
  }

  private static CareerQuestion readCareerQuestion(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    LocalDate askedOn = null;
    List<String> evolutions = null;
    String id = null;
    String initialType = null;
    String ownWords = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "askedOn" -> askedOn = LocalDate.parse(text(p));
        case "evolutions" -> evolutions = readStrings(p);
        case "id" -> id = text(p);
        case "initialType" -> initialType = text(p);
        case "ownWords" -> ownWords = text(p);
        default -> throw unknown(name);
      }
    }
    return new CareerQuestion(askedOn, evolutions, id, initialType, ownWords);
  }

  private static Coach readCoach(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    List<String> accreditations = null;
    String id = null;
    List<String> specialisms = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "accreditations" -> accreditations = readStrings(p);
        case "id" -> id = text(p);
        case "specialisms" -> specialisms = readStrings(p);
        default -> throw unknown(name);
      }
    }
    return new Coach(accreditations, id, specialisms);
  }

  private static Commissioner readCommissioner(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String id = null;
    String kind = null;
    String organisationName = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "id" -> id = text(p);
        case "kind" -> kind = text(p);
        case "organisationName" -> organisationName = text(p);
        default -> throw unknown(name);
      }
    }
    return new Commissioner(id, kind, organisationName);
  }

  private static DevelopmentPlan readDevelopmentPlan(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    ActionPlan actionPlan = null;
    String careerQuestion = null;
    List<String> decisions = null;
    GeneralData generalData = null;
    List<String> goals = null;
    List<Event<PlanCommand>> history = null;
    String id = null;
    List<Insight> insights = null;
    String kind = null;
    List<String> namedTrainings = null;
    List<String> reflections = null;
    List<String> revisions = null;
    String storageConsent = null;
    boolean writtenByClient = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "actionPlan" -> actionPlan = readActionPlan(p);
        case "careerQuestion" -> careerQuestion = text(p);
        case "decisions" -> decisions = readStrings(p);
        case "generalData" -> generalData = readGeneralData(p);
        case "goals" -> goals = readStrings(p);
        case "history" -> history = readList(p, q -> readEvent(q, Streaming::readPlanCommand));
        case "id" -> id = text(p);
        case "insights" -> insights = readList(p, Streaming::readInsight);
        case "kind" -> kind = text(p);
        case "namedTrainings" -> namedTrainings = readStrings(p);
        case "reflections" -> reflections = readStrings(p);
        case "revisions" -> revisions = readStrings(p);
        case "storageConsent" -> storageConsent = text(p);
        case "writtenByClient" -> writtenByClient = p.getBooleanValue();
        default -> throw unknown(name);
      }
    }
    return new DevelopmentPlan(
        actionPlan,
        careerQuestion,
        decisions,
        generalData,
        goals,
        history,
        id,
        insights,
        kind,
        namedTrainings,
        reflections,
        revisions,
        storageConsent,
        writtenByClient);
  }

  private static ActionPlan readActionPlan(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    List<Action> actions = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      if (!name.equals("actions")) {
        throw unknown(name);
      }
      actions = readList(p, Streaming::readAction);
    }
    return new ActionPlan(actions);
  }

  private static Action readAction(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    LocalDate completedOn = null;
    String description = null;
    LocalDate dueDate = null;
    List<Event<SimpleCommand>> history = null;
    String id = null;
    String owner = null;
    String status = null;
    String subject = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "completedOn" -> completedOn = LocalDate.parse(text(p));
        case "description" -> description = text(p);
        case "dueDate" -> dueDate = LocalDate.parse(text(p));
        case "history" -> history = readList(p, q -> readEvent(q, Streaming::readSimpleCommand));
        case "id" -> id = text(p);
        case "owner" -> owner = text(p);
        case "status" -> status = text(p);
        case "subject" -> subject = text(p);
        default -> throw unknown(name);
      }
    }
    return new Action(completedOn, description, dueDate, history, id, owner, status, subject);
  }

  private static GeneralData readGeneralData(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String clientName = null;
    LocalDate finalisedOn = null;
    LocalDate signedOn = null;
    String title = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "clientName" -> clientName = text(p);
        case "finalisedOn" -> finalisedOn = LocalDate.parse(text(p));
        case "signedOn" -> signedOn = LocalDate.parse(text(p));
        case "title" -> title = text(p);
        default -> throw unknown(name);
      }
    }
    return new GeneralData(clientName, finalisedOn, signedOn, title);
  }

  private static Insight readInsight(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String dataCategory = null;
    String id = null;
    String kind = null;
    String text = null;
    String visibility = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "dataCategory" -> dataCategory = text(p);
        case "id" -> id = text(p);
        case "kind" -> kind = text(p);
        case "text" -> text = text(p);
        case "visibility" -> visibility = text(p);
        default -> throw unknown(name);
      }
    }
    return new Insight(dataCategory, id, kind, text, visibility);
  }

  private static EvaluationInvitation readEvaluationInvitation(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    LocalDate sentOn = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      if (!name.equals("sentOn")) {
        throw unknown(name);
      }
      sentOn = LocalDate.parse(text(p));
    }
    return new EvaluationInvitation(sentOn);
  }

  private static Funding readFunding(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String kind = null;
    List<Voucher> vouchers = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "kind" -> kind = text(p);
        case "vouchers" -> vouchers = readList(p, Streaming::readVoucher);
        default -> throw unknown(name);
      }
    }
    return new Funding(kind, vouchers);
  }

  private static Voucher readVoucher(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String id = null;
    int number = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "id" -> id = text(p);
        case "number" -> number = integer(p);
        default -> throw unknown(name);
      }
    }
    return new Voucher(id, number);
  }

  private static IntakeAgreement readIntakeAgreement(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    List<String> explainedTopics = null;
    LocalDate heldOn = null;
    boolean onlyForTrainingBenefit = false;
    LocalDate signedOn = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "explainedTopics" -> explainedTopics = readStrings(p);
        case "heldOn" -> heldOn = LocalDate.parse(text(p));
        case "onlyForTrainingBenefit" -> onlyForTrainingBenefit = p.getBooleanValue();
        case "signedOn" -> signedOn = LocalDate.parse(text(p));
        default -> throw unknown(name);
      }
    }
    return new IntakeAgreement(explainedTopics, heldOn, onlyForTrainingBenefit, signedOn);
  }

  private static PhaseProgress readPhaseProgress(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    List<Event<PhaseCommand>> history = null;
    List<NewJob> newJobs = null;
    TrajectoryPlan plan = null;
    String state = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "history" -> history = readList(p, q -> readEvent(q, Streaming::readPhaseCommand));
        case "newJobs" -> newJobs = readList(p, Streaming::readNewJob);
        case "plan" -> plan = readTrajectoryPlan(p);
        case "state" -> state = text(p);
        default -> throw unknown(name);
      }
    }
    return new PhaseProgress(history, newJobs, plan, state);
  }

  private static NewJob readNewJob(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    LocalDate date = null;
    String kind = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "date" -> date = LocalDate.parse(text(p));
        case "kind" -> kind = text(p);
        default -> throw unknown(name);
      }
    }
    return new NewJob(date, kind);
  }

  private static TrajectoryPlan readTrajectoryPlan(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    List<String> amendments = null;
    List<String> coachRoles = null;
    LocalDate decidedOn = null;
    List<Goal> goals = null;
    List<PhaseSelection> selectedPhases = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "amendments" -> amendments = readStrings(p);
        case "coachRoles" -> coachRoles = readStrings(p);
        case "decidedOn" -> decidedOn = LocalDate.parse(text(p));
        case "goals" -> goals = readList(p, Streaming::readGoal);
        case "selectedPhases" -> selectedPhases = readList(p, Streaming::readPhaseSelection);
        default -> throw unknown(name);
      }
    }
    return new TrajectoryPlan(amendments, coachRoles, decidedOn, goals, selectedPhases);
  }

  private static Goal readGoal(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String description = null;
    String term = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "description" -> description = text(p);
        case "term" -> term = text(p);
        default -> throw unknown(name);
      }
    }
    return new Goal(description, term);
  }

  private static PhaseSelection readPhaseSelection(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String attention = null;
    String phase = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "attention" -> attention = text(p);
        case "phase" -> phase = text(p);
        default -> throw unknown(name);
      }
    }
    return new PhaseSelection(attention, phase);
  }

  private static Session readSession(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    List<String> attachments = null;
    LocalDate date = null;
    Duration duration = null;
    List<Event<SimpleCommand>> history = null;
    String id = null;
    String kind = null;
    String mode = null;
    List<String> notes = null;
    String setting = null;
    String status = null;
    Integer voucher = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "voucher" -> voucher = p.getIntValue();
        case "attachments" -> attachments = readStrings(p);
        case "date" -> date = LocalDate.parse(text(p));
        case "duration" -> duration = Duration.parse(text(p));
        case "history" -> history = readList(p, q -> readEvent(q, Streaming::readSimpleCommand));
        case "id" -> id = text(p);
        case "kind" -> kind = text(p);
        case "mode" -> mode = text(p);
        case "notes" -> notes = readStrings(p);
        case "setting" -> setting = text(p);
        case "status" -> status = text(p);
        default -> throw unknown(name);
      }
    }
    return new Session(
        attachments, date, duration, history, id, kind, mode, notes, setting, status, voucher);
  }

  private static <C> Event<C> readEvent(JsonParser p, Function<JsonParser, C> command) {
    expect(p, JsonToken.START_OBJECT);
    int sequence = 0;
    String from = null;
    String to = null;
    C c = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "sequence" -> sequence = integer(p);
        case "from" -> from = text(p);
        case "to" -> to = text(p);
        case "command" -> c = command.apply(p);
        default -> throw unknown(name);
      }
    }
    return new Event<>(sequence, from, to, c);
  }

  private static SimpleCommand readSimpleCommand(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String kind = null;
    LocalDate date = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "kind" -> kind = text(p);
        case "date" -> date = LocalDate.parse(text(p));
        default -> throw unknown(name);
      }
    }
    return new SimpleCommand(kind, date);
  }

  private static PlanCommand readPlanCommand(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String kind = null;
    LocalDate date = null;
    Boolean signedByClient = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "kind" -> kind = text(p);
        case "date" -> date = LocalDate.parse(text(p));
        case "signedByClient" -> signedByClient = p.getBooleanValue();
        default -> throw unknown(name);
      }
    }
    return new PlanCommand(kind, date, signedByClient);
  }

  private static PhaseCommand readPhaseCommand(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    String kind = null;
    LocalDate date = null;
    NewJob job = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "kind" -> kind = text(p);
        case "date" -> date = LocalDate.parse(text(p));
        case "job" -> job = readNewJob(p);
        default -> throw unknown(name);
      }
    }
    return new PhaseCommand(kind, date, job);
  }

  private static TrajectoryCommand readTrajectoryCommand(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    if (!"kind".equals(p.nextName())) {
      throw new IllegalArgumentException("a trajectory command must start with its kind");
    }
    p.nextToken();
    String kind = text(p);
    boolean synthesis = kind.equals("hold_synthesis");
    LocalDate date = null;
    Session session = null;
    IntakeAgreement agreement = null;
    TrajectoryPlan plan = null;
    DevelopmentPlan pop = null;
    CareerQuestion question = null;
    EvaluationInvitation invitation = null;
    AftercareRequest request = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "date" -> date = LocalDate.parse(text(p));
        case "session" -> session = readSession(p);
        case "agreement" -> agreement = readIntakeAgreement(p);
        case "plan" -> {
          if (synthesis) {
            pop = readDevelopmentPlan(p);
          } else {
            plan = readTrajectoryPlan(p);
          }
        }
        case "question" -> question = readCareerQuestion(p);
        case "invitation" -> invitation = readEvaluationInvitation(p);
        case "request" -> request = readAftercareRequest(p);
        default -> throw unknown(name);
      }
    }
    return switch (kind) {
      case "hold_introductory_conversation", "hold_in_depth_conversation" ->
          new HoldSession(kind, date, session);
      case "hold_intake" -> new HoldIntake(kind, date, session, agreement, plan, question);
      case "hold_synthesis" -> new HoldSynthesis(kind, date, session, pop);
      case "invite_evaluation" -> new InviteEvaluation(kind, date, invitation);
      case "hold_aftercare" -> new HoldAftercare(kind, date, request, session);
      case "close" -> new Close(kind, date);
      default -> throw new IllegalArgumentException("unknown trajectory command kind");
    };
  }

  private static List<String> readStrings(JsonParser p) {
    return readList(p, Streaming::text);
  }

  private static <T> List<T> readList(JsonParser p, Function<JsonParser, T> element) {
    expect(p, JsonToken.START_ARRAY);
    List<T> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(element.apply(p));
    }
    return list;
  }

  private static String text(JsonParser p) {
    expect(p, JsonToken.VALUE_STRING);
    return p.getString();
  }

  private static int integer(JsonParser p) {
    expect(p, JsonToken.VALUE_NUMBER_INT);
    return p.getIntValue();
  }

  private static void start(JsonParser p) {
    p.nextToken();
    expect(p, JsonToken.START_OBJECT);
  }

  private static void end(JsonParser p) {
    if (p.nextToken() != null) {
      throw new IllegalArgumentException("the input continues after the document");
    }
  }

  private static void expect(JsonParser p, JsonToken token) {
    if (p.currentToken() != token) {
      throw new IllegalArgumentException("expected " + token + " but found " + p.currentToken());
    }
  }

  private static IllegalArgumentException unknown(String name) {
    return new IllegalArgumentException("unknown property " + name);
  }
}
