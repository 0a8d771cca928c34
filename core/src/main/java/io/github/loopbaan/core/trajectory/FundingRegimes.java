package io.github.loopbaan.core.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable registry of funding regimes (Dutch: regelingen): the regimes an application accepts,
 * passed where they are needed (to the validator, to the code that opens trajectories) instead of a
 * JVM-wide global that one registration could change for everybody.
 *
 * <pre>{@code
 * FundingRegimes regimes = FundingRegimes.builtIn().with(myEmployerBudget);
 * FundingRegime regime = regimes.inForce(FundingKind.CAREER_VOUCHER, openedOn).orElseThrow();
 * Funding funding = Funding.careerVouchers(regime, voucherIds);
 * }</pre>
 *
 * <p>{@link #with(FundingRegime)} returns a new registry; a regime with the identifier and version
 * of one already held replaces it. Equal registries hold equal regimes in the same order.
 */
public final class FundingRegimes {

  private static final Comparator<FundingRegime> ORDER =
      Comparator.comparing(FundingRegime::getId)
          .thenComparing(FundingRegime::getVersion)
          .thenComparing(FundingRegime::getValidFrom);

  private static final FundingRegimes BUILT_IN =
      new FundingRegimes(List.of(FundingRegime.GENERAL, FundingRegime.VDAB_004));

  private final List<FundingRegime> regimes;

  private FundingRegimes(List<FundingRegime> regimes) {
    List<FundingRegime> sorted = new ArrayList<>(regimes);
    sorted.sort(ORDER);
    this.regimes = Collections.unmodifiableList(sorted);
  }

  /**
   * @return the regimes Loopbaan ships: {@link FundingRegime#GENERAL} and {@link
   *     FundingRegime#VDAB_004}
   */
  public static FundingRegimes builtIn() {
    return BUILT_IN;
  }

  /**
   * @param regimes the regimes
   * @return a registry holding exactly those regimes (a later one replaces an earlier one with the
   *     same identifier and version)
   */
  public static FundingRegimes of(FundingRegime... regimes) {
    FundingRegimes registry = new FundingRegimes(List.of());
    for (FundingRegime regime : regimes) {
      registry = registry.with(regime);
    }
    return registry;
  }

  /**
   * @param regime a regime
   * @return a new registry with the regime added, replacing one with the same identifier and
   *     version
   */
  public FundingRegimes with(FundingRegime regime) {
    Objects.requireNonNull(regime, "regime");
    List<FundingRegime> list = new ArrayList<>(regimes.size() + 1);
    for (FundingRegime held : regimes) {
      if (!held.ref().equals(regime.ref())) {
        list.add(held);
      }
    }
    list.add(regime);
    return new FundingRegimes(list);
  }

  /**
   * @return every regime, ordered by identifier, then version
   */
  public List<FundingRegime> all() {
    return regimes;
  }

  /**
   * @param regime a regime
   * @return whether this registry holds exactly that regime (same identifier, version and data)
   */
  public boolean holds(FundingRegime regime) {
    return regimes.contains(regime);
  }

  /**
   * @param id a regime identifier
   * @param version its version
   * @return the regime with that identifier and version
   */
  public Optional<FundingRegime> find(String id, int version) {
    for (FundingRegime regime : regimes) {
      if (regime.getId().equals(id) && regime.getVersion() == version) {
        return Optional.of(regime);
      }
    }
    return Optional.empty();
  }

  /**
   * Chooses the regime for a new trajectory: among the regimes valid on the opening day that are
   * tied to the funding kind, the one that came into force last (the highest version when two start
   * on the same day); when none is tied to the kind, the same among the regimes tied to no kind.
   *
   * @param kind how the trajectory is paid for
   * @param openedOn the opening day
   * @return the regime in force, or empty when the registry holds none for that kind and day
   */
  public Optional<FundingRegime> inForce(FundingKind kind, LocalDate openedOn) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(openedOn, "openedOn");
    Optional<FundingRegime> tied = latest(Optional.of(kind), openedOn);
    return tied.isPresent() ? tied : latest(Optional.empty(), openedOn);
  }

  private Optional<FundingRegime> latest(Optional<FundingKind> kind, LocalDate openedOn) {
    FundingRegime best = null;
    for (FundingRegime regime : regimes) {
      if (regime.getFundingKind().equals(kind)
          && regime.isValidOn(openedOn)
          && (best == null
              || regime.getValidFrom().isAfter(best.getValidFrom())
              || (regime.getValidFrom().equals(best.getValidFrom())
                  && regime.getVersion() > best.getVersion()))) {
        best = regime;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FundingRegimes && ((FundingRegimes) o).regimes.equals(regimes);
  }

  @Override
  public int hashCode() {
    return regimes.hashCode();
  }

  /**
   * @return for example {@code FundingRegimes[general@1, vdab_004@1]}
   */
  @Override
  public String toString() {
    List<String> refs = new ArrayList<>();
    regimes.forEach(r -> refs.add(r.ref()));
    return "FundingRegimes" + refs;
  }
}
