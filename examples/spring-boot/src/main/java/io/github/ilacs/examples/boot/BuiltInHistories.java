package io.github.ilacs.examples.boot;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.seeds.NationalOutcomes;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The histories the service knows by DfE code: every authority of the national outcomes table
 * shipped in ilacs-seeds (graded inspections begun by 31 December 2024), with Nottinghamshire
 * (891) replaced by its fuller record (visits and letters as well, to January 2026).
 * Read once, when the service starts; immutable afterwards.
 */
@Component
final class BuiltInHistories {
  private final Map<String, InspectionHistory> byCode;

  BuiltInHistories() {
    Map<String, InspectionHistory> histories = new LinkedHashMap<>();
    for (InspectionHistory history : NationalOutcomes.histories()) {
      histories.put(history.authority().code(), history);
    }
    InspectionHistory notts = NottinghamshireSeeds.history();
    histories.put(notts.authority().code(), notts);
    this.byCode = Map.copyOf(histories);
  }

  /** The history of the authority with this DfE code, or empty when the data hold none. */
  Optional<InspectionHistory> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** How many authorities the data hold. */
  int size() {
    return byCode.size();
  }
}
