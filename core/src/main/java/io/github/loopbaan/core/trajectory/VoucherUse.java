package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import java.time.Duration;
import java.util.Objects;

/**
 * What is registered on one career voucher and what is left of it under the regime's terms (Dutch:
 * verbruik van een loopbaancheque). 004 §3: "per loopbaancheque moet er minimaal 2,5u individuele
 * begeleiding worden geregistreerd en dus maximaal 1,5u begeleiding in groep"; a voucher pays for 4
 * hours. Obtain one from {@link Trajectory#voucherUse(int)}.
 *
 * <p>Guidance is the held sessions registered on the voucher that count toward the registered hours
 * (never the introductory conversation), aftercare apart: it follows the package and has its own
 * limit ({@link VoucherTerms#getAftercarePerPackage()}). Sums saturate at the largest {@link
 * Duration}.
 */
public final class VoucherUse {

  private final int voucher;
  private final VoucherTerms terms;
  private final Duration individual;
  private final Duration group;
  private final Duration aftercare;

  private VoucherUse(
      int voucher, VoucherTerms terms, Duration individual, Duration group, Duration aftercare) {
    this.voucher = voucher;
    this.terms = terms;
    this.individual = individual;
    this.group = group;
    this.aftercare = aftercare;
  }

  /**
   * @param voucher the voucher number
   * @param terms the regime's voucher terms
   * @param sessions sessions to count from: the voucher's own ({@link
   *     io.github.loopbaan.core.session.Sessions#registeredOn}); any others are skipped
   * @return what the sessions register on that voucher
   */
  static VoucherUse of(int voucher, VoucherTerms terms, Iterable<Session> sessions) {
    Duration individual = Duration.ZERO;
    Duration group = Duration.ZERO;
    Duration aftercare = Duration.ZERO;
    for (Session s : sessions) {
      if (!s.isRegisteredOn(voucher) || !s.countsTowardRegisteredHours()) {
        continue;
      }
      if (s.getKind() == SessionKind.AFTERCARE) {
        aftercare = Saturating.plus(aftercare, s.getDuration());
      } else if (s.getSetting() == GroupSetting.GROUP) {
        group = Saturating.plus(group, s.getDuration());
      } else {
        individual = Saturating.plus(individual, s.getDuration());
      }
    }
    return new VoucherUse(voucher, terms, individual, group, aftercare);
  }

  /**
   * @param session a session about to be registered on this voucher
   * @return this use with the session's hours added, when it counts
   */
  VoucherUse plus(Session session) {
    if (!session.getKind().countsTowardRegisteredHours()) {
      return this;
    }
    if (session.getKind() == SessionKind.AFTERCARE) {
      return new VoucherUse(
          voucher, terms, individual, group, Saturating.plus(aftercare, session.getDuration()));
    }
    return session.getSetting() == GroupSetting.GROUP
        ? new VoucherUse(
            voucher, terms, individual, Saturating.plus(group, session.getDuration()), aftercare)
        : new VoucherUse(
            voucher, terms, Saturating.plus(individual, session.getDuration()), group, aftercare);
  }

  /**
   * @return the voucher number
   */
  public int voucher() {
    return voucher;
  }

  /**
   * @return the terms the use is measured against
   */
  public VoucherTerms terms() {
    return terms;
  }

  /**
   * @return the individual guidance registered on the voucher
   */
  public Duration individual() {
    return individual;
  }

  /**
   * @return the group guidance registered on the voucher
   */
  public Duration group() {
    return group;
  }

  /**
   * @return the guidance registered on the voucher, individual and group
   */
  public Duration guidance() {
    return Saturating.plus(individual, group);
  }

  /**
   * @return the aftercare registered on the voucher's package
   */
  public Duration aftercare() {
    return aftercare;
  }

  /**
   * @return the guidance that may still be registered on the voucher: the hours per voucher less
   *     the guidance registered, never negative
   */
  public Duration left() {
    return nonNegative(terms.getHoursPerVoucher().minus(guidance()));
  }

  /**
   * @return the group guidance that may still be registered: the smaller of what the group maximum
   *     and what the voucher leaves, never negative
   */
  public Duration groupLeft() {
    Duration byGroup = nonNegative(terms.getMaximumGroupPerVoucher().minus(group));
    Duration left = left();
    return byGroup.compareTo(left) <= 0 ? byGroup : left;
  }

  /**
   * @return the individual guidance still needed to reach the minimum, never negative
   */
  public Duration individualMissing() {
    return nonNegative(terms.getMinimumIndividualPerVoucher().minus(individual));
  }

  /**
   * @return the aftercare still allowed on the package, never negative
   */
  public Duration aftercareLeft() {
    return nonNegative(terms.getAftercarePerPackage().minus(aftercare));
  }

  /**
   * @return whether the registered hours break a maximum of the terms: more guidance than the
   *     voucher pays for, more group guidance than allowed, or more aftercare than allowed
   */
  public boolean isOverRegistered() {
    return guidance().compareTo(terms.getHoursPerVoucher()) > 0
        || group.compareTo(terms.getMaximumGroupPerVoucher()) > 0
        || aftercare.compareTo(terms.getAftercarePerPackage()) > 0;
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VoucherUse)) {
      return false;
    }
    VoucherUse u = (VoucherUse) o;
    return voucher == u.voucher
        && terms.equals(u.terms)
        && individual.equals(u.individual)
        && group.equals(u.group)
        && aftercare.equals(u.aftercare);
  }

  @Override
  public int hashCode() {
    return Objects.hash(voucher, terms, individual, group, aftercare);
  }

  /**
   * @return for example {@code VoucherUse[1: individual PT2H30M, group PT1H, aftercare PT0S]}
   */
  @Override
  public String toString() {
    return "VoucherUse["
        + voucher
        + ": individual "
        + individual
        + ", group "
        + group
        + ", aftercare "
        + aftercare
        + "]";
  }
}
