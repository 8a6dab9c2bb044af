package io.github.ilacs.compare;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.directory.AuthorityEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One authority's latest grades in the areas compared, as of the date of a {@link Comparison}.
 * Immutable and thread-safe.
 */
public final class Standing {
  private final AuthorityEntry authority;
  private final Optional<Inspection> latestInspection;
  private final List<LatestGrade> grades;

  private Standing(AuthorityEntry authority, Optional<Inspection> latestInspection,
      List<LatestGrade> grades) {
    this.authority = authority;
    this.latestInspection = latestInspection;
    this.grades = List.copyOf(grades);
  }

  /** Reads the standing from a history as known on the date, in the areas given. */
  static Standing of(AuthorityEntry authority, InspectionHistory known,
      List<JudgementArea> areas) {
    List<LatestGrade> grades = new ArrayList<>();
    for (JudgementArea area : areas) {
      grades.add(LatestGrade.of(known, area));
    }
    Inspection latest = null;
    for (Inspection i : known.chronological()) {
      if (!i.judgements().isEmpty()) {
        latest = i;
      }
    }
    return new Standing(authority, Optional.ofNullable(latest), grades);
  }

  /**
   * Returns the authority.
   *
   * @return the directory entry, never null
   */
  public AuthorityEntry authority() {
    return authority;
  }

  /**
   * Returns the latest graded inspection whose report was published by the date.
   *
   * @return the inspection, or empty when none was
   */
  public Optional<Inspection> latestInspection() {
    return latestInspection;
  }

  /**
   * Returns the latest grade in each area compared, in the order of
   * {@link Comparison#areas()}.
   *
   * @return an unmodifiable list, never empty
   */
  public List<LatestGrade> grades() {
    return grades;
  }

  /**
   * Returns the latest grade in one area.
   *
   * @param area the area, not null
   * @return the latest grade, or empty when the comparison does not cover the area
   */
  public Optional<LatestGrade> grade(JudgementArea area) {
    return grades.stream().filter(g -> g.area() == area).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Standing s && s.authority.equals(authority)
        && s.grades.equals(grades);
  }

  @Override
  public int hashCode() {
    return authority.hashCode() * 31 + grades.hashCode();
  }

  @Override
  public String toString() {
    return authority.code() + " " + authority.name() + " " + grades;
  }
}
