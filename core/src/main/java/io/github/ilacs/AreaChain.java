package io.github.ilacs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A judgement area together with the areas that judged the same ground in earlier and later
 * frameworks, earliest first, linked by {@link JudgementArea#successor()}; and where the chain
 * ends, when no framework in force judges its last area any more.
 *
 * <p>For example, the 2009 judgement of services for looked after children, the SIF's children
 * looked after and achieving permanence, the 2018 judgement of children in care and care
 * leavers and the children in care judgement from 2023 form one chain. Immutable and
 * thread-safe.
 */
public final class AreaChain {
  private final List<JudgementArea> areas;

  private AreaChain(List<JudgementArea> areas) {
    this.areas = List.copyOf(areas);
  }

  /**
   * Returns the chain an area belongs to.
   *
   * @param area any area of the chain, not null
   * @return the chain, never null
   * @throws InvalidInspectionException when the area is null
   */
  public static AreaChain of(JudgementArea area) {
    JudgementArea first = Checks.required(area, "area");
    for (Optional<JudgementArea> p = first.predecessor(); p.isPresent(); p = first.predecessor()) {
      first = p.get();
    }
    List<JudgementArea> out = new ArrayList<>();
    for (Optional<JudgementArea> a = Optional.of(first); a.isPresent(); a = a.get().successor()) {
      out.add(a.get());
    }
    return new AreaChain(out);
  }

  /**
   * Returns every chain once, in the order of the first area of each.
   *
   * @return an unmodifiable list, never empty
   */
  public static List<AreaChain> all() {
    return Arrays.stream(JudgementArea.values()).filter(a -> a.predecessor().isEmpty())
        .map(AreaChain::of).toList();
  }

  /**
   * Returns the areas of the chain, earliest first.
   *
   * @return an unmodifiable list, never empty
   */
  public List<JudgementArea> areas() {
    return areas;
  }

  /**
   * Returns the latest area of the chain: the one judged now, or judged last.
   *
   * @return the area, never null
   */
  public JudgementArea last() {
    return areas.get(areas.size() - 1);
  }

  /**
   * Tells whether an area belongs to the chain.
   *
   * @param area the area, not null
   * @return true when it is one of {@link #areas()}
   */
  public boolean contains(JudgementArea area) {
    return areas.contains(area);
  }

  /**
   * Tells whether graded inspections under a framework judge the ground of the chain.
   *
   * @param framework the framework, not null
   * @return true when the framework judges one of the chain's areas
   *     ({@link Framework#judges(JudgementArea)})
   */
  public boolean isJudgedBy(Framework framework) {
    return areas.stream().anyMatch(framework::judges);
  }

  /**
   * Returns where the chain ends: empty while a framework still in force (one with no last day)
   * judges its last area; otherwise the last framework that judged it, the last day on which
   * an inspection under that framework could begin, and the framework in force the next day
   * that does not judge it.
   *
   * @return the end, or empty while the chain goes on
   */
  public Optional<End> end() {
    List<Framework> judging = Arrays.stream(Framework.values()).filter(f -> f.judges(last()))
        .toList();
    if (judging.isEmpty() || judging.stream().anyMatch(f -> f.inForceUntil().isEmpty())) {
      return Optional.empty();
    }
    Framework lastFramework = judging.stream()
        .max(Comparator.comparing(f -> f.inForceUntil().orElseThrow())).orElseThrow();
    LocalDate lastDay = lastFramework.inForceUntil().orElseThrow();
    LocalDate next = lastDay.plusDays(1);
    return Arrays.stream(Framework.values())
        .filter(f -> f.isInForceOn(next) && !f.gradedAreas().isEmpty())
        .max(Comparator.comparing(Framework::inForceFrom))
        .map(f -> new End(lastFramework, lastDay, f));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaChain c && c.areas.equals(areas);
  }

  @Override
  public int hashCode() {
    return areas.hashCode();
  }

  /**
   * Returns the areas' constant names joined by arrows, such as
   * {@code "SIF_CARE_LEAVERS -> CARE_LEAVERS"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return String.join(" -> ", areas.stream().map(Enum::name).toList());
  }

  /**
   * Where a chain ends.
   *
   * @param lastFramework the last framework whose graded inspections judged the chain, not null
   * @param lastDay the last day on which an inspection under it could begin, not null
   * @param endedBy the framework in force the day after that does not judge the chain, not null
   */
  public record End(Framework lastFramework, LocalDate lastDay, Framework endedBy) {
    /**
     * Creates an end.
     *
     * @param lastFramework the last framework that judged the chain, not null
     * @param lastDay its last day, not null
     * @param endedBy the framework that followed without it, not null
     * @throws InvalidInspectionException when a value is null
     */
    public End {
      Checks.required(lastFramework, "lastFramework");
      Checks.required(lastDay, "lastDay");
      Checks.required(endedBy, "endedBy");
    }
  }
}
