package io.github.loopbaan.core.phase;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The recorded fact that the client has new work: a job found, a new role or a start as
 * self-employed. Effective functioning in the new job (phase 6, 000) can only start once one is
 * recorded. Dutch: nieuwe baan.
 *
 * <pre>{@code
 * NewJob job = NewJob.of(NewJobKind.JOB_FOUND, LocalDate.of(2025, 9, 1));
 * }</pre>
 */
@Value.Immutable
public abstract class NewJob implements WithNewJob {

  NewJob() {}

  /**
   * @return a builder for a new job
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param kind what kind of new work
   * @param date the day the job was found or the role or business started
   * @return the new job
   */
  public static NewJob of(NewJobKind kind, LocalDate date) {
    return builder().kind(kind).date(date).build();
  }

  /**
   * @return what kind of new work
   */
  public abstract NewJobKind getKind();

  /**
   * @return the day the job was found or the role or business started
   */
  public abstract LocalDate getDate();

  /** Builds a {@link NewJob}. Obtain one from {@link NewJob#builder()}. */
  public static final class Builder extends ImmutableNewJob.Builder {
    Builder() {}
  }
}
