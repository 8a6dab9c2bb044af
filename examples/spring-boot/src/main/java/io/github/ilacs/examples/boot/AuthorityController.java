package io.github.ilacs.examples.boot;

import io.github.ilacs.pathway.InspectionPathway;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answers about the authorities of the built-in data, named by DfE code. */
@RestController
final class AuthorityController {
  private final BuiltInHistories histories;
  private final Clock clock;

  AuthorityController(BuiltInHistories histories, Clock clock) {
    this.histories = histories;
    this.clock = clock;
  }

  /** The pathway of the authority as of the day asked about (today in England when not given). */
  @GetMapping(path = "/authorities/{code}/pathway", produces = MediaType.APPLICATION_JSON_VALUE)
  InspectionPathway pathway(@PathVariable String code,
      @RequestParam(name = AsOf.PARAMETER, required = false) @Nullable String asOf) {
    return InspectionPathway.of(
        histories.byCode(code).orElseThrow(() -> new UnknownAuthorityException(code)),
        AsOf.parse(asOf, clock));
  }
}
