package io.github.ilacs.examples.bench;

import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Theme;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline the benchmarks compare with: the plain Java records a developer would write for
 * the same JSON and bind with plain Jackson data binding (and the JSR-310 module for dates). No
 * validation, no invariants, nulls allowed.
 */
public final class PlainRecords {
  private PlainRecords() {}

  /**
   * A history.
   *
   * @param authority the authority
   * @param coverage what the history records, null when not given
   * @param recordedUntil the last day the history is known complete, null when not given
   * @param inspections the inspections
   */
  public record History(Authority authority, String coverage, LocalDate recordedUntil,
      List<Inspection> inspections) {}

  /**
   * An authority.
   *
   * @param name the name
   * @param code the DfE code
   * @param urn the URN, or null
   * @param onsCode the ONS code, or null
   */
  public record Authority(String name, String code, String urn, String onsCode) {}

  /**
   * An inspection.
   *
   * @param authority the authority
   * @param framework the framework
   * @param kind the kind
   * @param start the first day on site
   * @param end the last day on site
   * @param published the publication date, or null
   * @param issued the date printed on the letter or report, or null
   * @param received the date the authority received it, or null
   * @param judgements the judgements
   * @param findings the findings
   * @param focus the focus, or null
   * @param source the source, or null
   */
  public record Inspection(Authority authority, Framework framework, InspectionKind kind,
      LocalDate start, LocalDate end, LocalDate published, LocalDate issued, LocalDate received,
      List<Judgement> judgements,
      List<Finding> findings, Theme focus, Source source) {}

  /**
   * A judgement.
   *
   * @param area the area
   * @param grade the grade
   */
  public record Judgement(JudgementArea area, Grade grade) {}

  /**
   * A finding.
   *
   * @param kind the kind
   * @param summary the summary
   * @param area the area, or null
   * @param themes the themes
   */
  public record Finding(FindingKind kind, String summary, JudgementArea area,
      List<Theme> themes) {}

  /**
   * A source document.
   *
   * @param title the title
   * @param date the date
   * @param url the address, or null
   */
  public record Source(String title, LocalDate date, String url) {}
}
