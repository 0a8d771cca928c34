package io.github.loopbaan.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A registry of voucher regimes by the day they come into force (Dutch: regelingen
 * loopbaancheques). Thread-safe.
 *
 * <p>{@link #forStartDate(LocalDate)} gives the regime with the latest {@link
 * VoucherRegime#validFrom()} on or before a trajectory's opening day. {@link #defaults()} is the
 * registry {@link LoopbaanValidator#create()} uses: {@link VoucherRegime#VDAB_004} plus every
 * regime of a {@link VoucherRegimeProvider} on the class path; further regimes can be added at run
 * time with {@link #register(VoucherRegime)}. A validator built with {@link
 * LoopbaanValidator.Builder#regimes(VoucherRegimes)} uses its own registry instead.
 */
public final class VoucherRegimes {

  private final Map<LocalDate, VoucherRegime> byStart = new ConcurrentSkipListMap<>();

  private VoucherRegimes() {}

  /**
   * @param regimes the regimes
   * @return a new registry holding exactly those regimes
   */
  public static VoucherRegimes of(VoucherRegime... regimes) {
    VoucherRegimes registry = new VoucherRegimes();
    for (VoucherRegime regime : regimes) {
      registry.register(regime);
    }
    return registry;
  }

  /**
   * @return the shared default registry: the shipped regime and those of every {@link
   *     VoucherRegimeProvider}
   */
  public static VoucherRegimes defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Registers a regime; a regime registered earlier with the same {@code validFrom} is replaced.
   *
   * @param regime the regime
   * @return this registry
   */
  public VoucherRegimes register(VoucherRegime regime) {
    Objects.requireNonNull(regime, "regime");
    byStart.put(regime.validFrom(), regime);
    return this;
  }

  /**
   * @param openedOn the day a trajectory was opened
   * @return the regime in force on that day; the earliest regime when the day lies before every
   *     regime
   * @throws IllegalStateException when the registry is empty
   */
  public VoucherRegime forStartDate(LocalDate openedOn) {
    Objects.requireNonNull(openedOn, "openedOn");
    ConcurrentSkipListMap<LocalDate, VoucherRegime> map =
        (ConcurrentSkipListMap<LocalDate, VoucherRegime>) byStart;
    Map.Entry<LocalDate, VoucherRegime> entry = map.floorEntry(openedOn);
    if (entry == null) {
      entry = map.firstEntry();
    }
    if (entry == null) {
      throw new IllegalStateException("No voucher regime is registered");
    }
    return entry.getValue();
  }

  /**
   * @return every regime, oldest first
   */
  public List<VoucherRegime> all() {
    return new ArrayList<>(byStart.values());
  }

  private static final class Defaults {
    static final VoucherRegimes INSTANCE = load();

    private static VoucherRegimes load() {
      VoucherRegimes registry = of(VoucherRegime.VDAB_004);
      for (VoucherRegimeProvider provider :
          ServiceLoader.load(VoucherRegimeProvider.class, VoucherRegimes.class.getClassLoader())) {
        provider.regimes().forEach(registry::register);
      }
      return registry;
    }
  }
}
