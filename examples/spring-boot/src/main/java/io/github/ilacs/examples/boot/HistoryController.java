package io.github.ilacs.examples.boot;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers about a history the client sends in the ilacs JSON format: its validation report and
 * its pathway. Reading and writing go through Boot's mapper, which has the ilacs module.
 */
@RestController
@RequestMapping(path = "/histories", consumes = MediaType.APPLICATION_JSON_VALUE,
    produces = MediaType.APPLICATION_JSON_VALUE)
final class HistoryController {
  private final Clock clock;

  HistoryController(Clock clock) {
    this.clock = clock;
  }

  /** The validation report of the history: 200 whether it is clean or not. */
  @PostMapping("/validate")
  ValidationReport validate(@RequestBody InspectionHistory history) {
    return Validator.defaults().validate(history);
  }

  /** The history's pathway as of the day asked about (today in England when not given). */
  @PostMapping("/pathway")
  InspectionPathway pathway(@RequestBody InspectionHistory history,
      @RequestParam(name = AsOf.PARAMETER, required = false) @Nullable String asOf) {
    return InspectionPathway.of(history, AsOf.parse(asOf, clock));
  }
}
