package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finished package of one career voucher inside a trajectory: what its synthesis produced (Dutch:
 * afgerond pakket van een loopbaancheque). 004 §5 titles the POP "POP (loopbaancheque 1 of 2)":
 * each voucher's package ends in its own synthesis and POP, and 004 §6 invites the client to the
 * evaluation after each one.
 *
 * <p>The trajectory keeps the package it is working on in {@link Trajectory#getDevelopmentPlan()}
 * and {@link Trajectory#getEvaluationInvitation()}; when the next package starts (an in-depth
 * conversation registered on the next voucher after a synthesis), the lifecycle moves them here, in
 * {@link Trajectory#getCompletedPackages()}. The package's sessions are the trajectory's sessions
 * registered on its voucher; its aftercare entitlement runs from its synthesis.
 *
 * <p>Structural rule: the voucher number is at least 1 ({@code positive}).
 */
@Value.Immutable
public abstract class VoucherPackage implements WithVoucherPackage {

  VoucherPackage() {}

  /**
   * @return a builder for a package
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param voucher the voucher number
   * @param plan the POP of its synthesis
   * @param invitation the evaluation invitation sent after it, if any
   * @return the finished package
   */
  public static VoucherPackage of(
      int voucher, DevelopmentPlan plan, Optional<EvaluationInvitation> invitation) {
    return builder().voucher(voucher).plan(plan).evaluationInvitation(invitation).build();
  }

  /**
   * @return the number of the voucher that paid for the package
   */
  public abstract int getVoucher();

  /**
   * @return the POP drawn up in the package's synthesis conversation
   */
  public abstract @Valid DevelopmentPlan getPlan();

  /**
   * @return the invitation to the anonymous evaluation sent after the package, when sent
   */
  public abstract Optional<EvaluationInvitation> getEvaluationInvitation();

  @Value.Check
  void check() {
    Require.that(getVoucher() >= 1, "VoucherPackage", "voucher", "positive", "must be at least 1");
  }

  /** Builds a {@link VoucherPackage}. Obtain one from {@link VoucherPackage#builder()}. */
  public static final class Builder extends ImmutableVoucherPackage.Builder {
    Builder() {}
  }
}
