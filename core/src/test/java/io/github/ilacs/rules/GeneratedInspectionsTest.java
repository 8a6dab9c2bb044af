package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests: seeded random valid records validate clean, and breaking each in one targeted
 * way gives exactly the expected rule codes. Every failure message names the seed.
 */
class GeneratedInspectionsTest {
  private static final int PER_FRAMEWORK_AND_KIND = 40;
  private static final Validator VALIDATOR = Validator.defaults();

  /** The targeted ways of breaking a valid inspection. */
  enum Mutation { DROP_AREA, ADD_AREA, SWAP_FRAMEWORK, BREAK_OVERALL }

  /** A broken copy of a valid inspection and the codes it must give, no more, no fewer. */
  record Mutant(Inspection inspection, Set<String> expected) {}

  static LongStream seeds() {
    return LongStream.of(20261122L, 1L, 42L, 7919L, 3_141_592L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validInspectionsValidateCleanAndEachMutationGivesExactlyItsCode(long seed) {
    RandomInspections random = new RandomInspections(seed);
    Map<Mutation, Integer> applied = new EnumMap<>(Mutation.class);
    int generated = 0;
    for (Object[] pair : RandomInspections.frameworkKinds()) {
      Framework f = (Framework) pair[0];
      InspectionKind k = (InspectionKind) pair[1];
      for (int n = 0; n < PER_FRAMEWORK_AND_KIND; n++) {
        Inspection valid = random.inspection(f, k);
        generated++;
        ValidationReport report = VALIDATOR.validate(valid);
        assertThat(report.isClean())
            .withFailMessage("seed %d, %s %s #%d should be clean: %s%n%s", seed, f, k, n,
                report, valid)
            .isTrue();
        for (Mutation m : Mutation.values()) {
          Optional<Mutant> mutant = mutate(m, valid, random);
          if (mutant.isEmpty()) {
            continue;
          }
          applied.merge(m, 1, Integer::sum);
          ValidationReport broken = VALIDATOR.validate(mutant.get().inspection());
          assertThat(codes(broken))
              .withFailMessage("seed %d, %s %s #%d, mutation %s: expected %s but got%n%s%n%s",
                  seed, f, k, n, m, mutant.get().expected(), broken, mutant.get().inspection())
              .isEqualTo(mutant.get().expected());
        }
      }
    }
    assertThat(generated).isGreaterThan(600);
    for (Mutation m : Mutation.values()) {
      assertThat(applied.getOrDefault(m, 0)).as("seed %d, mutation %s applied", seed, m)
          .isGreaterThan(50);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validHistoriesValidateCleanAndEachMutationGivesExactlyItsCode(long seed) {
    RandomInspections random = new RandomInspections(seed);
    for (int n = 0; n < 100; n++) {
      InspectionHistory valid = random.history();
      ValidationReport report = VALIDATOR.validate(valid);
      assertThat(report.isClean())
          .withFailMessage("seed %d, history #%d should be clean:%n%s", seed, n, report)
          .isTrue();
      List<Inspection> list = valid.inspections();
      int at = 1 + random.nextInt(list.size() - 1);

      List<Inspection> swapped = new ArrayList<>(list);
      swapped.set(at - 1, list.get(at));
      swapped.set(at, list.get(at - 1));
      expect(seed, n, "swap two", InspectionHistory.of(valid.authority(), swapped), "R602");

      List<Inspection> duplicated = new ArrayList<>(list);
      duplicated.add(at, list.get(at));
      expect(seed, n, "duplicate one", InspectionHistory.of(valid.authority(), duplicated),
          "R603");

      List<Inspection> foreign = new ArrayList<>(list);
      foreign.set(at, Inspection.builder().from(list.get(at))
          .authority(LocalAuthority.of("Elsewhere", "999")).build());
      expect(seed, n, "other authority", InspectionHistory.of(valid.authority(), foreign),
          "R601");
    }
  }

  private static void expect(long seed, int n, String mutation, InspectionHistory history,
      String code) {
    ValidationReport report = VALIDATOR.validate(history);
    assertThat(codes(report))
        .withFailMessage("seed %d, history #%d, mutation %s: expected [%s] but got%n%s", seed,
            n, mutation, code, report)
        .containsExactly(code);
  }

  private static Set<String> codes(ValidationReport report) {
    return report.violations().stream().map(Violation::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Optional<Mutant> mutate(Mutation m, Inspection valid, RandomInspections random) {
    switch (m) {
      case DROP_AREA:
        return dropArea(valid, random);
      case ADD_AREA:
        return addArea(valid, random);
      case SWAP_FRAMEWORK:
        return swapFramework(valid, random);
      case BREAK_OVERALL:
        return breakOverall(valid);
      default:
        throw new AssertionError(m);
    }
  }

  /**
   * Drops a required area that no overall-consistency rule reads: overall effectiveness itself,
   * or, where overall is not graded or not bound by it, any area.
   */
  private static Optional<Mutant> dropArea(Inspection valid, RandomInspections random) {
    Framework f = valid.framework();
    if (!valid.kind().isGraded() || f.gradedAreas(valid.kind()).isEmpty()) {
      return Optional.empty();
    }
    List<JudgementArea> candidates = new ArrayList<>();
    for (JudgementArea a : f.gradedAreas(valid.kind())) {
      boolean readByOverallRules = f.overallRangeAreas().contains(a)
          || f.overallDrivers().contains(a)
          || f.isOverallEffectivenessGraded() && InspectionRules.LEADERSHIP_AREAS.contains(a);
      if (a == JudgementArea.OVERALL_EFFECTIVENESS || !readByOverallRules) {
        candidates.add(a);
      }
    }
    JudgementArea dropped = random.pick(candidates);
    Inspection broken = Inspection.builder().from(valid).judgements(valid.judgements().stream()
        .filter(j -> j.area() != dropped).toList()).build();
    return Optional.of(new Mutant(broken, Set.of(f == Framework.SIF_2013 ? "R202" : "R201")));
  }

  /** Adds an area the framework does not grade; on an ungraded kind, any area. */
  private static Optional<Mutant> addArea(Inspection valid, RandomInspections random) {
    Set<JudgementArea> outside = EnumSet.allOf(JudgementArea.class);
    if (valid.kind().isGraded() && !valid.framework().areGradedAreasKnown(valid.kind())) {
      return Optional.empty();   // no list of areas to be outside of
    }
    if (valid.kind().isGraded()) {
      outside.removeAll(valid.framework().gradedAreas(valid.kind()));
      outside.removeAll(valid.framework().optionalAreas(valid.kind()));
    }
    JudgementArea added = random.pick(List.copyOf(outside));
    Inspection broken = Inspection.builder().from(valid)
        .addJudgements(Judgement.of(added, random.pick(List.of(Grade.values())))).build();
    return Optional.of(new Mutant(broken, Set.of(valid.kind().isGraded() ? "R203" : "R204")));
  }

  /**
   * Swaps the framework for one without the inspection's kind, in force on the start date
   * where one is: R102, and R101 when the new framework was not in force.
   */
  private static Optional<Mutant> swapFramework(Inspection valid, RandomInspections random) {
    List<Framework> inForce = new ArrayList<>();
    List<Framework> others = new ArrayList<>();
    for (Framework f : Framework.values()) {
      if (!f.hasKind(valid.kind())) {
        (f.isInForceOn(valid.start()) ? inForce : others).add(f);
      }
    }
    Framework target = random.pick(inForce.isEmpty() ? others : inForce);
    Inspection broken = Inspection.builder().from(valid).framework(target).build();
    return Optional.of(new Mutant(broken,
        inForce.isEmpty() ? Set.of("R101", "R102") : Set.of("R102")));
  }

  /**
   * Moves overall effectiveness out of agreement with one overall rule only: worse than every
   * component (R302) when nothing is inadequate; better than inadequate while a practice or key
   * judgement is inadequate (R301); otherwise better than every component (R302).
   */
  private static Optional<Mutant> breakOverall(Inspection valid) {
    Framework f = valid.framework();
    if (valid.overallEffectiveness().isEmpty() || f.overallRangeAreas().isEmpty()) {
      return Optional.empty();
    }
    int best = 4;
    int worst = 1;
    boolean driverInadequate = false;
    int leadership = 0;
    for (Judgement j : valid.judgements()) {
      int g = j.grade().number();
      if (f.overallRangeAreas().contains(j.area())) {
        best = Math.min(best, g);
        worst = Math.max(worst, g);
      }
      driverInadequate |= f.overallDrivers().contains(j.area()) && g == 4;
      if (InspectionRules.LEADERSHIP_AREAS.contains(j.area()) && g < 4) {
        leadership = g;
      }
    }
    int overall;
    String code;
    if (!driverInadequate && worst < 4) {
      overall = worst + 1;
      code = "R302";
    } else if (driverInadequate && Math.max(best, leadership) < 4) {
      overall = Math.max(best, leadership);
      code = "R301";
    } else if (!driverInadequate && best > 1) {
      overall = best - 1;
      code = "R302";
    } else {
      return Optional.empty();
    }
    Grade grade = Grade.ofNumber(overall).orElseThrow();
    Inspection broken = Inspection.builder().from(valid).judgements(valid.judgements().stream()
        .map(j -> j.area() == JudgementArea.OVERALL_EFFECTIVENESS
            ? Judgement.of(j.area(), grade) : j).toList()).build();
    return Optional.of(new Mutant(broken, Set.of(code)));
  }
}
