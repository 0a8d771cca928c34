package io.github.loopbaan.testkit;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.AssignmentCommandKind;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.AssignmentStatus;
import io.github.loopbaan.core.session.Attachment;
import io.github.loopbaan.core.session.AttachmentId;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.session.LossBehaviour;
import io.github.loopbaan.core.session.LossEmotion;
import io.github.loopbaan.core.session.LossObservation;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.NoteId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionCommandKind;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionMode;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.session.Sessions;
import io.github.loopbaan.core.standards.CompetenceAssessment;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for sessions and what belongs to them ({@code io.github.loopbaan.core.session}):
 * sessions, notes, attachments, assignments, instrument results, their identifiers and enums, valid
 * and deliberately broken.
 *
 * <p>Dates lie between 2015 and 2035. Session durations run from 15 minutes to {@link
 * Session#MAX_DURATION}.
 */
public final class SessionArbitraries {

  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

  private static final String[] FILE_KINDS = {
    "CV",
    "Levenslijn",
    "Testrapport",
    "Waardenoverzicht",
    "Sollicitatiebrief",
    "POP",
    "Life line",
    "Test report"
  };
  private static final String[] MEDIA_TYPES = {
    "application/pdf",
    "image/png",
    "image/jpeg",
    "text/plain",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "audio/mpeg"
  };
  private static final String[] INSTRUCTIONS = {
    "Teken je levenslijn en markeer de hoogte- en dieptepunten.",
    "Kies uit het waardenoverzicht de vijf waarden die voor jou het zwaarst wegen.",
    "Voer twee netwerkgesprekken over het scenario dat je het meest aanspreekt.",
    "Beschrijf hoe je leven er over een jaar uitziet.",
    "Write down three situations in which you felt at your best at work.",
    "Ask two former colleagues which qualities they see in you."
  };

  private static final String[] ANSWERS = {
    "Hoogtepunten: mijn eerste project en de verhuizing naar Gent. Dieptepunt: de reorganisatie van 2019.",
    "Mijn vijf waarden: autonomie, vakmanschap, zorg, rust en eerlijkheid.",
    "Twee netwerkgesprekken gevoerd; het scenario opleiding spreekt me het meest aan.",
    "I felt at my best when I could teach new colleagues.",
    "Former colleagues see me as calm, precise and helpful."
  };

  private SessionArbitraries() {}

  /**
   * @return days between 2015 and 2035
   */
  public static Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * @return session identifiers
   */
  public static Arbitrary<SessionId> sessionIds() {
    return PartyArbitraries.identifierValues().map(SessionId::of);
  }

  /**
   * @return note identifiers
   */
  public static Arbitrary<NoteId> noteIds() {
    return PartyArbitraries.identifierValues().map(NoteId::of);
  }

  /**
   * @return attachment identifiers
   */
  public static Arbitrary<AttachmentId> attachmentIds() {
    return PartyArbitraries.identifierValues().map(AttachmentId::of);
  }

  /**
   * @return assignment identifiers
   */
  public static Arbitrary<AssignmentId> assignmentIds() {
    return PartyArbitraries.identifierValues().map(AssignmentId::of);
  }

  /**
   * @return instrument result identifiers
   */
  public static Arbitrary<InstrumentResultId> instrumentResultIds() {
    return PartyArbitraries.identifierValues().map(InstrumentResultId::of);
  }

  /**
   * @return session kinds
   */
  public static Arbitrary<SessionKind> sessionKinds() {
    return Arbitraries.of(SessionKind.class);
  }

  /**
   * @return group settings
   */
  public static Arbitrary<GroupSetting> groupSettings() {
    return Arbitraries.of(GroupSetting.class);
  }

  /**
   * @return session modes
   */
  public static Arbitrary<SessionMode> sessionModes() {
    return Arbitraries.of(SessionMode.class);
  }

  /**
   * @return session statuses
   */
  public static Arbitrary<SessionStatus> sessionStatuses() {
    return Arbitraries.of(SessionStatus.class);
  }

  /**
   * @return assignment statuses
   */
  public static Arbitrary<AssignmentStatus> assignmentStatuses() {
    return Arbitraries.of(AssignmentStatus.class);
  }

  /**
   * @return the library's standard instruments ({@link Instrument#standardEntries()}), which every
   *     reader knows; application entries are in {@link CatalogueArbitraries}
   */
  public static Arbitrary<Instrument> instruments() {
    return Arbitraries.of(Instrument.standardEntries());
  }

  /**
   * @return visibilities
   */
  public static Arbitrary<Visibility> visibilities() {
    return Arbitraries.of(Visibility.class);
  }

  /**
   * @return session durations: whole minutes from 15 minutes to 8 hours, mostly whole quarters
   */
  public static Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 32).map(q -> Duration.ofMinutes(15L * q)),
        Arbitraries.integers().between(15, 480).map(Duration::ofMinutes));
  }

  /**
   * @return notes with text from {@link Texts#notes()}, some of them health data
   */
  public static Arbitrary<Note> notes() {
    return Builders.withBuilder(Note::builder)
        .use(noteIds())
        .in(Note.Builder::id)
        .use(Texts.notes())
        .in(Note.Builder::text)
        .use(days())
        .in(Note.Builder::writtenOn)
        .use(Arbitraries.of(DataCategory.PERSONAL, DataCategory.HEALTH))
        .in(Note.Builder::dataCategory)
        .use(visibilities())
        .in(Note.Builder::visibility)
        .build(Note.Builder::build);
  }

  /**
   * @return file titles that name the client, such as "CV Annelies Verstraeten"
   */
  public static Arbitrary<String> attachmentTitles() {
    return Combinators.combine(Arbitraries.of(FILE_KINDS), Texts.personNames())
        .as((kind, name) -> kind + " " + name);
  }

  /**
   * @return lower-case media types such as {@code application/pdf}
   */
  public static Arbitrary<String> mediaTypes() {
    return Arbitraries.of(MEDIA_TYPES);
  }

  /**
   * @return absolute storage references: https URLs and URN UUIDs
   */
  public static Arbitrary<URI> locations() {
    Arbitrary<String> uuid = PartyArbitraries.uuids();
    return Arbitraries.oneOf(
        uuid.map(id -> URI.create("https://dms.example.org/files/" + id)),
        uuid.map(id -> URI.create("urn:uuid:" + id)),
        uuid.map(id -> URI.create("s3://loopbaan-files/" + id + ".pdf")));
  }

  /**
   * @return attachments, most with a storage location
   */
  public static Arbitrary<Attachment> attachments() {
    return Builders.withBuilder(Attachment::builder)
        .use(attachmentIds())
        .in(Attachment.Builder::id)
        .use(attachmentTitles())
        .in(Attachment.Builder::title)
        .use(mediaTypes())
        .in(Attachment.Builder::mediaType)
        .use(locations())
        .withProbability(0.7)
        .in(Attachment.Builder::location)
        .use(days())
        .in(Attachment.Builder::addedOn)
        .use(visibilities())
        .in(Attachment.Builder::visibility)
        .build(Attachment.Builder::build);
  }

  /**
   * @return observations of grieving the loss of work (000 phase 1): any emotions and behaviours,
   *     at least one of either
   */
  public static Arbitrary<LossObservation> lossObservations() {
    return Combinators.combine(
            Arbitraries.of(LossEmotion.class).set(), Arbitraries.of(LossBehaviour.class).set())
        .as(
            (emotions, behaviours) ->
                LossObservation.builder()
                    .addAllEmotions(
                        emotions.isEmpty() && behaviours.isEmpty()
                            ? Set.of(LossEmotion.UNCERTAINTY)
                            : emotions)
                    .addAllBehaviours(behaviours)
                    .build());
  }

  /**
   * @return sessions of every kind and status; cancelled ones mostly with a cancellation date 0 to
   *     30 days before the session; notes and attachments with unique identifiers. About one in
   *     four went through the {@link io.github.loopbaan.core.session.SessionLifecycle} from planned
   *     and carries its event in the history; the others are built with their status and an empty
   *     history, as imports are.
   */
  public static Arbitrary<Session> sessions() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, builtSessions()), Tuple.of(1, sessionsThroughLifecycle()));
  }

  /**
   * @return session lists of up to 40 sessions with distinct identifiers, in any order of dates:
   *     what a trajectory accepts (apart from its opening date), as {@link Sessions}
   */
  public static Arbitrary<Sessions> sessionLists() {
    return sessions().list().ofMaxSize(40).uniqueElements(Session::getId).map(Sessions::of);
  }

  /**
   * @return planned sessions with an empty history: where the session lifecycle starts
   */
  public static Arbitrary<Session> plannedSessions() {
    return builtSessions()
        .map(
            s ->
                Session.builder()
                    .from(s)
                    .status(SessionStatus.PLANNED)
                    .cancelledOn(Optional.empty())
                    .build());
  }

  /**
   * @return sessions that were planned and then held (on their date, sometimes with an actual
   *     duration), cancelled by client or coach 0 to 30 days before, or missed, through the
   *     lifecycle
   */
  public static Arbitrary<Session> sessionsThroughLifecycle() {
    return Combinators.combine(
            plannedSessions(),
            Arbitraries.of(SessionCommandKind.class),
            Arbitraries.integers().between(0, 30),
            durations().optional())
        .as(
            (s, kind, notice, actual) ->
                s.apply(
                        kind == SessionCommandKind.HOLD
                            ? actual
                                .map(d -> SessionCommand.hold(s.getDate(), d))
                                .orElse(SessionCommand.hold(s.getDate()))
                            : kind == SessionCommandKind.RECORD_NO_SHOW
                                ? SessionCommand.recordNoShow(s.getDate())
                                : kind == SessionCommandKind.CANCEL_BY_CLIENT
                                    ? SessionCommand.cancelByClient(s.getDate().minusDays(notice))
                                    : SessionCommand.cancelByCoach(s.getDate().minusDays(notice)))
                    .orElseThrow());
  }

  /**
   * The command factory of the session lifecycle, for {@link LifecycleWalks}: a cancellation is
   * given on the day asked for; hold and no-show are mostly dated on the session date (so they can
   * succeed), sometimes on the day asked for; a hold carries an actual duration half of the time.
   *
   * @param session the session
   * @param kind the kind wanted
   * @param on the day asked for
   * @param random randomness for the payload
   * @return the command
   */
  public static Optional<SessionCommand> sessionCommand(
      Session session, SessionCommandKind kind, LocalDate on, Random random) {
    LocalDate sessionDay = random.nextInt(4) == 0 ? on : session.getDate();
    switch (kind) {
      case HOLD:
        return Optional.of(
            random.nextBoolean()
                ? SessionCommand.hold(sessionDay)
                : SessionCommand.hold(
                    sessionDay, Duration.ofMinutes(15L * (1 + random.nextInt(32)))));
      case CANCEL_BY_CLIENT:
        return Optional.of(SessionCommand.cancelByClient(on));
      case CANCEL_BY_COACH:
        return Optional.of(SessionCommand.cancelByCoach(on));
      case RECORD_NO_SHOW:
        return Optional.of(SessionCommand.recordNoShow(sessionDay));
      default:
        throw new IllegalArgumentException("Unknown session command kind");
    }
  }

  private static Arbitrary<Session> builtSessions() {
    return Combinators.combine(
            sessionStatuses(),
            days(),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 9))
        .flatAs(
            (status, date, notice, chance) -> {
              Session.Builder start = Session.builder().date(date).status(status);
              if (status.isCancelled() && chance < 7) {
                start.cancelledOn(date.minusDays(notice));
              }
              // Placeholders for id, kind and duration; the generated values below replace them.
              Session seed =
                  start
                      .id(SessionId.of("seed"))
                      .kind(SessionKind.INTAKE)
                      .duration(Duration.ofMinutes(60))
                      .build();
              return Builders.withBuilder(() -> Session.builder().from(seed))
                  .use(sessionIds())
                  .in(Session.Builder::id)
                  .use(sessionKinds())
                  .in(Session.Builder::kind)
                  .use(groupSettings())
                  .in(Session.Builder::setting)
                  .use(sessionModes())
                  .in(Session.Builder::mode)
                  .use(durations())
                  .in(Session.Builder::duration)
                  .use(notes().list().ofMaxSize(4).uniqueElements(Note::getId))
                  .in(Session.Builder::notes)
                  .use(attachments().list().ofMaxSize(3).uniqueElements(Attachment::getId))
                  .in(Session.Builder::attachments)
                  .use(lossObservations())
                  .withProbability(0.2)
                  .in(Session.Builder::lossObservation)
                  .build(Session.Builder::build);
            });
  }

  /**
   * @return competence assessments for instrument results: each competence at most once per list
   */
  private static Arbitrary<List<CompetenceAssessment>> competenceLists() {
    return StandardsArbitraries.competenceAssessments()
        .list()
        .ofMaxSize(5)
        .uniqueElements(CompetenceAssessment::getCompetence);
  }

  /**
   * @return instrument results with competences, an interest profile and a summary, each present or
   *     not
   */
  public static Arbitrary<InstrumentResult> instrumentResults() {
    return Builders.withBuilder(InstrumentResult::builder)
        .use(instrumentResultIds())
        .in(InstrumentResult.Builder::id)
        .use(instruments())
        .in(InstrumentResult.Builder::instrument)
        .use(days())
        .in(InstrumentResult.Builder::administeredOn)
        .use(competenceLists())
        .in(InstrumentResult.Builder::competences)
        .use(StandardsArbitraries.riasecProfiles())
        .withProbability(0.4)
        .in(InstrumentResult.Builder::interestProfile)
        .use(Texts.notes())
        .withProbability(0.7)
        .in(InstrumentResult.Builder::summary)
        .use(visibilities())
        .in(InstrumentResult.Builder::visibility)
        .build(InstrumentResult.Builder::build);
  }

  /**
   * @return assignments in every status; due and discussion dates 0 to 60 days after the day given,
   *     a discussion date only for discussed or adjusted assignments. About one in four went
   *     through up to four steps of the {@link io.github.loopbaan.core.session.AssignmentLifecycle}
   *     from given and carries its events; the others are built with their status and an empty
   *     history.
   */
  public static Arbitrary<Assignment> assignments() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, builtAssignments()), Tuple.of(1, assignmentsThroughLifecycle()));
  }

  /**
   * @return given assignments with an empty history and no discussion date: where the lifecycle
   *     starts
   */
  public static Arbitrary<Assignment> givenAssignments() {
    return builtAssignments()
        .map(
            a ->
                Assignment.builder()
                    .from(a)
                    .status(AssignmentStatus.GIVEN)
                    .discussedOn(Optional.empty())
                    .build());
  }

  /**
   * @return assignments moved from given through one to four possible commands, a few days apart
   */
  public static Arbitrary<Assignment> assignmentsThroughLifecycle() {
    return Combinators.combine(
            givenAssignments(), Arbitraries.integers().between(1, 4), Arbitraries.longs())
        .as(
            (a, steps, seed) -> {
              Random random = new Random(seed);
              Assignment result = a;
              LocalDate day = a.getGivenOn();
              for (int i = 0; i < steps; i++) {
                day = day.plusDays(random.nextInt(15));
                List<AssignmentCommandKind> possible = List.copyOf(result.possibleCommands(day));
                if (possible.isEmpty()) {
                  break;
                }
                AssignmentCommandKind kind = possible.get(random.nextInt(possible.size()));
                result =
                    result
                        .apply(assignmentCommand(result, kind, day, random).orElseThrow())
                        .orElseThrow();
              }
              return result;
            });
  }

  /**
   * The command factory of the assignment lifecycle, for {@link LifecycleWalks}: every command
   * dated on the day asked for; a completion with an answer half of the time; an adjustment with a
   * new instruction or due date (0 to 30 days later) each half of the time.
   *
   * @param assignment the assignment
   * @param kind the kind wanted
   * @param on the day asked for
   * @param random randomness for the payload
   * @return the command
   */
  public static Optional<AssignmentCommand> assignmentCommand(
      Assignment assignment, AssignmentCommandKind kind, LocalDate on, Random random) {
    switch (kind) {
      case COMPLETE:
        return Optional.of(
            random.nextBoolean()
                ? AssignmentCommand.complete(on)
                : AssignmentCommand.complete(on, ANSWERS[random.nextInt(ANSWERS.length)]));
      case DISCUSS:
        return Optional.of(AssignmentCommand.discuss(on));
      case ADJUST:
        return Optional.of(
            AssignmentCommand.adjust(
                on,
                random.nextBoolean()
                    ? Optional.of(INSTRUCTIONS[random.nextInt(INSTRUCTIONS.length)])
                    : Optional.empty(),
                random.nextBoolean()
                    ? Optional.of(on.plusDays(random.nextInt(31)))
                    : Optional.empty()));
      default:
        throw new IllegalArgumentException("Unknown assignment command kind");
    }
  }

  private static Arbitrary<Assignment> builtAssignments() {
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, 60);
    return Combinators.combine(
            days(), assignmentStatuses(), offset, offset, Arbitraries.integers().between(0, 9))
        .flatAs(
            (givenOn, status, due, discussed, chance) -> {
              Assignment.Builder start = Assignment.builder().givenOn(givenOn).status(status);
              if (chance < 6) {
                start.dueOn(givenOn.plusDays(due));
              }
              if (status.isDiscussed() && chance > 1) {
                start.discussedOn(givenOn.plusDays(discussed));
              }
              // Placeholders for id and title; the generated values below replace them.
              Assignment seed = start.id(AssignmentId.of("seed")).title("seed").build();
              return Builders.withBuilder(() -> Assignment.builder().from(seed))
                  .use(assignmentIds())
                  .in(Assignment.Builder::id)
                  .use(Texts.titles())
                  .in(Assignment.Builder::title)
                  .use(Arbitraries.of(INSTRUCTIONS))
                  .withProbability(0.7)
                  .in(Assignment.Builder::instruction)
                  .use(instruments())
                  .withProbability(0.6)
                  .in(Assignment.Builder::instrument)
                  .use(sessionIds())
                  .withProbability(0.6)
                  .in(Assignment.Builder::givenInSession)
                  .use(Texts.notes())
                  .withProbability(0.6)
                  .in(Assignment.Builder::answer)
                  .use(visibilities())
                  .in(Assignment.Builder::visibility)
                  .build(Assignment.Builder::build);
            });
  }

  /**
   * @return constructions that break one structural rule of the session package each
   */
  public static Arbitrary<Broken> broken() {
    return Arbitraries.oneOf(
        Arbitraries.oneOf(sessionBroken(), noteAndAttachmentBroken(), assignmentBroken()),
        instrumentResultBroken());
  }

  private static Session.Builder validSession() {
    return Session.builder()
        .id(SessionId.of("s-1"))
        .kind(SessionKind.IN_DEPTH)
        .date(DAY)
        .duration(Duration.ofMinutes(90));
  }

  private static Arbitrary<Broken> sessionBroken() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .between(-480, 0)
            .map(
                minutes ->
                    Broken.of(
                        "Session",
                        "duration",
                        "positive",
                        () -> validSession().duration(Duration.ofMinutes(minutes)).build())),
        Arbitraries.longs()
            .between(481, 100_000)
            .map(
                minutes ->
                    Broken.of(
                        "Session",
                        "duration",
                        "in_range",
                        () -> validSession().duration(Duration.ofMinutes(minutes)).build())),
        Combinators.combine(
                Arbitraries.of(SessionStatus.PLANNED, SessionStatus.HELD, SessionStatus.NO_SHOW),
                Arbitraries.integers().between(0, 30))
            .as(
                (status, notice) ->
                    Broken.of(
                        "Session",
                        "cancelledOn",
                        "only_when_cancelled",
                        () ->
                            validSession()
                                .status(status)
                                .cancelledOn(DAY.minusDays(notice))
                                .build())),
        Combinators.combine(
                Arbitraries.of(SessionStatus.CANCELLED_BY_CLIENT, SessionStatus.CANCELLED_BY_COACH),
                Arbitraries.integers().between(1, 365))
            .as(
                (status, late) ->
                    Broken.of(
                        "Session",
                        "date,cancelledOn",
                        "not_before",
                        () ->
                            validSession().status(status).cancelledOn(DAY.plusDays(late)).build())),
        Combinators.combine(notes(), Texts.notes())
            .as(
                (note, other) ->
                    Broken.of(
                        "Session",
                        "notes",
                        "unique",
                        () -> validSession().addNotes(note, note.withText(other)).build())),
        attachments()
            .map(
                file ->
                    Broken.of(
                        "Session",
                        "attachments",
                        "unique",
                        () ->
                            validSession().addAttachments(file, file.withTitle("Kopie")).build())),
        Arbitraries.of("", "s 1", "s\t1", "sessie-é")
            .map(
                value ->
                    Broken.of(
                        "SessionId",
                        "value",
                        value.isEmpty() ? "not_blank" : "printable_ascii",
                        () -> SessionId.of(value))),
        sessionsThroughLifecycle()
            .flatMap(
                s ->
                    Arbitraries.of(SessionStatus.class)
                        .filter(status -> status != s.getStatus() && !status.isCancelled())
                        .map(
                            status ->
                                Broken.of(
                                    "Session",
                                    "status,history",
                                    "status_matches_history",
                                    () ->
                                        Session.builder()
                                            .from(s)
                                            .status(status)
                                            .cancelledOn(Optional.empty())
                                            .build()))),
        Arbitraries.integers()
            .between(2, 50)
            .map(
                sequence ->
                    Broken.of(
                        "Session",
                        "history[0]",
                        "history_sequence",
                        () ->
                            validSession()
                                .status(SessionStatus.HELD)
                                .history(
                                    History.<Event<SessionStatus, SessionCommand>>empty()
                                        .append(
                                            new Event<>(
                                                sequence,
                                                "session",
                                                SessionStatus.PLANNED,
                                                SessionStatus.HELD,
                                                SessionCommand.hold(DAY))))
                                .build())));
  }

  private static Arbitrary<Broken> noteAndAttachmentBroken() {
    Attachment.Builder file =
        Attachment.builder()
            .id(AttachmentId.of("a-1"))
            .title("Levenslijn")
            .mediaType("application/pdf")
            .addedOn(DAY);
    return Arbitraries.oneOf(
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "Note", "text", "not_blank", () -> Note.of(NoteId.of("n-1"), blank, DAY))),
        Texts.notes()
            .map(
                text ->
                    Broken.of(
                        "Note",
                        "dataCategory",
                        "not_ordinary",
                        () ->
                            Note.builder()
                                .id(NoteId.of("n-1"))
                                .text(text)
                                .writtenOn(DAY)
                                .dataCategory(DataCategory.ORDINARY)
                                .build())),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "Attachment",
                        "title",
                        "not_blank",
                        () -> Attachment.builder().from(file.build()).title(blank).build())),
        Arbitraries.of(
                "pdf",
                "application/",
                "/pdf",
                "Application/PDF",
                "application/pdf; charset=utf-8",
                "text /plain",
                "image/png/x",
                "",
                "application/*")
            .map(
                type ->
                    Broken.of(
                        "Attachment",
                        "mediaType",
                        "format",
                        () -> Attachment.builder().from(file.build()).mediaType(type).build())),
        Arbitraries.of("files/cv.pdf", "/srv/files/cv.pdf", "cv.pdf", "../a-1.png")
            .map(
                uri ->
                    Broken.of(
                        "Attachment",
                        "location",
                        "absolute_uri",
                        () ->
                            Attachment.builder()
                                .from(file.build())
                                .location(URI.create(uri))
                                .build())),
        Arbitraries.of("data:application/pdf;base64,JVBERi0xLjQ=", "DATA:text/plain,Levenslijn")
            .map(
                uri ->
                    Broken.of(
                        "Attachment",
                        "location",
                        "reference_only",
                        () ->
                            Attachment.builder()
                                .from(file.build())
                                .location(URI.create(uri))
                                .build())));
  }

  private static Arbitrary<Broken> assignmentBroken() {
    Assignment given = Assignment.of(AssignmentId.of("as-1"), "Levenslijn", DAY);
    return Arbitraries.oneOf(
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "Assignment",
                        "title",
                        "not_blank",
                        () -> Assignment.builder().from(given).title(blank).build())),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "Assignment",
                        "instruction",
                        "not_blank",
                        () -> Assignment.builder().from(given).instruction(blank).build())),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "Assignment",
                        "answer",
                        "not_blank",
                        () -> Assignment.builder().from(given).answer(blank).build())),
        Arbitraries.integers()
            .between(1, 365)
            .map(
                days ->
                    Broken.of(
                        "Assignment",
                        "dueOn,givenOn",
                        "not_before",
                        () -> Assignment.builder().from(given).dueOn(DAY.minusDays(days)).build())),
        Combinators.combine(
                Arbitraries.of(AssignmentStatus.DISCUSSED, AssignmentStatus.ADJUSTED),
                Arbitraries.integers().between(1, 365))
            .as(
                (status, days) ->
                    Broken.of(
                        "Assignment",
                        "discussedOn,givenOn",
                        "not_before",
                        () ->
                            Assignment.builder()
                                .from(given)
                                .status(status)
                                .discussedOn(DAY.minusDays(days))
                                .build())),
        Combinators.combine(
                Arbitraries.of(AssignmentStatus.GIVEN, AssignmentStatus.DONE),
                Arbitraries.integers().between(0, 60))
            .as(
                (status, days) ->
                    Broken.of(
                        "Assignment",
                        "discussedOn",
                        "only_when_discussed",
                        () ->
                            Assignment.builder()
                                .from(given)
                                .status(status)
                                .discussedOn(DAY.plusDays(days))
                                .build())),
        assignmentsThroughLifecycle()
            .flatMap(
                a ->
                    Arbitraries.of(AssignmentStatus.class)
                        .filter(
                            status ->
                                status != a.getStatus()
                                    && status.isDiscussed() == a.getStatus().isDiscussed())
                        .map(
                            status ->
                                Broken.of(
                                    "Assignment",
                                    "status,history",
                                    "status_matches_history",
                                    () -> a.withStatus(status)))),
        Arbitraries.integers()
            .between(2, 50)
            .map(
                sequence ->
                    Broken.of(
                        "Assignment",
                        "history[0]",
                        "history_sequence",
                        () ->
                            Assignment.builder()
                                .from(given)
                                .status(AssignmentStatus.DONE)
                                .history(
                                    History.<Event<AssignmentStatus, AssignmentCommand>>empty()
                                        .append(
                                            new Event<>(
                                                sequence,
                                                "assignment",
                                                AssignmentStatus.GIVEN,
                                                AssignmentStatus.DONE,
                                                AssignmentCommand.complete(DAY))))
                                .build())));
  }

  private static Arbitrary<Broken> instrumentResultBroken() {
    InstrumentResult result =
        InstrumentResult.builder()
            .id(InstrumentResultId.of("r-1"))
            .instrument(Instrument.COMPETENCE_LIST)
            .administeredOn(DAY)
            .build();
    return Arbitraries.oneOf(
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "InstrumentResult",
                        "summary",
                        "not_blank",
                        () -> InstrumentResult.builder().from(result).summary(blank).build())),
        Combinators.combine(
                StandardsArbitraries.competences(),
                StandardsArbitraries.proficiencyLevels(),
                StandardsArbitraries.proficiencyLevels())
            .as(
                (competence, first, second) ->
                    Broken.of(
                        "InstrumentResult",
                        "competences",
                        "unique",
                        () ->
                            InstrumentResult.builder()
                                .from(result)
                                .addCompetences(
                                    CompetenceAssessment.of(competence, first),
                                    CompetenceAssessment.of(competence, second))
                                .build())));
  }
}
