package io.github.ilacs;

import static io.github.ilacs.Inspectorate.CQC;
import static io.github.ilacs.Inspectorate.HMICFRS;
import static io.github.ilacs.Inspectorate.HMI_PROBATION;
import static io.github.ilacs.Inspectorate.OFSTED;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A series of joint targeted area inspections: the deep-dive theme inspectors looked at in a
 * period, the month it began, the month it ended where a source gives it, and the inspectorates
 * that took part where a source names them. The front-door inspections of 2022 onwards are a
 * series of their own ({@link InspectionKind#FRONT_DOOR_JTAI}). Sources are named in
 * {@code docs/domain.md} ("Joint targeted area inspections").
 */
public enum JtaiSeries {
  /** February to August 2016: child sexual exploitation and children missing. */
  EXPLOITATION_AND_MISSING_2016(Theme.EXTRA_FAMILIAL_RISK, YearMonth.of(2016, 2),
      YearMonth.of(2016, 8), Partners.FOUR, "Ofsted news, 16 January 2016 (the launch)"),
  /** September 2016 to March 2017: children living with domestic abuse. */
  DOMESTIC_ABUSE_2016(Theme.DOMESTIC_ABUSE, YearMonth.of(2016, 9), YearMonth.of(2017, 3),
      Partners.FOUR, "Ofsted and partners, the joint report on domestic abuse, September 2017"),
  /** May to December 2017: neglect. */
  NEGLECT_2017(Theme.NEGLECT, YearMonth.of(2017, 5), YearMonth.of(2017, 12), Partners.FOUR,
      "Ofsted, JTAI guidance collection on gov.uk"),
  /**
   * From January 2018: child sexual abuse in the family environment. Its last month is not
   * known; the suspension of March 2020 ended it at the latest.
   */
  SEXUAL_ABUSE_IN_THE_FAMILY_2018(Theme.SEXUAL_ABUSE_IN_THE_FAMILY, YearMonth.of(2018, 1),
      YearMonth.of(2020, 3),
      Partners.FOUR, "Ofsted, JTAI guidance collection on gov.uk"),
  /**
   * 2019 to the March 2020 suspension: children's mental health. The sources give the year, not
   * the month it began; January stands in.
   */
  MENTAL_HEALTH_2019(Theme.MENTAL_HEALTH, YearMonth.of(2019, 1), YearMonth.of(2020, 3),
      Partners.FOUR, "Ofsted, JTAI guidance collection on gov.uk"),
  /**
   * From January 2022 (Solihull's, after the death of Arthur Labinjo-Hughes): the multi-agency
   * response to the identification of initial need and risk, the front door. Without HMI
   * Probation from April 2022.
   */
  FRONT_DOOR_2022(Theme.FRONT_DOOR_AND_THRESHOLDS, YearMonth.of(2022, 1), null,
      Partners.WITHOUT_PROBATION, "Ofsted, front-door JTAI guidance (April 2024 edition);"
          + " Children & Young People Now, 8 April 2022 (HMI Probation leaves)"),
  /** From 2022: criminal exploitation of children, a thematic series. */
  CRIMINAL_EXPLOITATION_2022(Theme.EXTRA_FAMILIAL_RISK, YearMonth.of(2022, 4), null,
      Partners.WITHOUT_PROBATION, "Ofsted, JTAI guidance collection on gov.uk"),
  /** From October 2022: children and families who need help (early help). */
  EARLY_HELP_2022(Theme.EARLY_HELP, YearMonth.of(2022, 10), null, Partners.WITHOUT_PROBATION,
      "Ofsted, JTAI guidance on children and families who need help, October 2022"),
  /** From September 2023: serious youth violence, HMI Probation taking part again. */
  SERIOUS_YOUTH_VIOLENCE_2023(Theme.EXTRA_FAMILIAL_RISK, YearMonth.of(2023, 9), null,
      Partners.FOUR, "Ofsted news on gov.uk: JTAIs to focus on serious youth violence"),
  /** From September 2024: children, unborn children included, who are victims of domestic abuse. */
  DOMESTIC_ABUSE_2024(Theme.DOMESTIC_ABUSE, YearMonth.of(2024, 9), null, Partners.FOUR,
      "Ofsted, JTAI guidance on the response to domestic abuse, September 2024");

  private final Theme theme;
  private final YearMonth from;
  private final YearMonth until;
  private final Set<Inspectorate> partners;
  private final String source;

  JtaiSeries(Theme theme, YearMonth from, YearMonth until, Set<Inspectorate> partners,
      String source) {
    this.theme = theme;
    this.from = from;
    this.until = until;
    this.partners = partners;
    this.source = source;
  }

  /**
   * Returns the deep-dive theme of the series.
   *
   * @return the theme, never null
   */
  public Theme theme() {
    return theme;
  }

  /**
   * Returns the month the series began.
   *
   * @return the month, never null
   */
  public YearMonth from() {
    return from;
  }

  /**
   * Returns the last month of the series, or the last it can have run in where only that is
   * known (the suspension of March 2020).
   *
   * @return the month, or empty while the series runs on or no end is known
   */
  public Optional<YearMonth> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Returns the inspectorates that took part.
   *
   * @return an unmodifiable set, Ofsted always included
   */
  public Set<Inspectorate> partners() {
    return partners;
  }

  /**
   * Returns the document that gives the series.
   *
   * @return the source, never blank
   */
  public String source() {
    return source;
  }

  /**
   * Tells whether the series ran in the month of a day: from its first month to its last, or
   * on from its first where no end is known.
   *
   * @param day the day, not null
   * @return true when the series ran then
   */
  public boolean ranOn(LocalDate day) {
    YearMonth m = YearMonth.from(day);
    return !m.isBefore(from) && (until == null || !m.isAfter(until));
  }

  /**
   * Returns the series that ran on a day, in the order they began.
   *
   * @param day the day, not null
   * @return an unmodifiable list, empty in the Covid pause and before February 2016
   */
  public static List<JtaiSeries> ranOnDay(LocalDate day) {
    return Arrays.stream(values()).filter(s -> s.ranOn(day)).toList();
  }

  /** The partner sets, named once. */
  private static final class Partners {
    static final Set<Inspectorate> FOUR =
        Collections.unmodifiableSet(EnumSet.of(OFSTED, CQC, HMICFRS, HMI_PROBATION));
    static final Set<Inspectorate> WITHOUT_PROBATION =
        Collections.unmodifiableSet(EnumSet.of(OFSTED, CQC, HMICFRS));

    private Partners() {}
  }
}
