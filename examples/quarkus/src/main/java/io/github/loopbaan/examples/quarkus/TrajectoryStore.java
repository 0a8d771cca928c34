package io.github.loopbaan.examples.quarkus;

import io.github.loopbaan.core.trajectory.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The practice's trajectories, by identifier; in memory, as a stand-in for the vendor's storage.
 */
@ApplicationScoped
public class TrajectoryStore {

  private final Map<String, Trajectory> trajectories = new ConcurrentHashMap<>();

  /**
   * @param trajectory the trajectory to keep, replacing one with its identifier
   * @return the trajectory
   */
  public Trajectory save(Trajectory trajectory) {
    trajectories.put(trajectory.getId().getValue(), trajectory);
    return trajectory;
  }

  /**
   * @param id a trajectory's identifier
   * @return the trajectory, if kept
   */
  public Optional<Trajectory> find(String id) {
    return Optional.ofNullable(trajectories.get(id));
  }
}
