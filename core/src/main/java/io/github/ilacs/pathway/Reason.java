package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Reason.SourceKind.ASSUMPTION;
import static io.github.ilacs.pathway.Reason.SourceKind.DATA;
import static io.github.ilacs.pathway.Reason.SourceKind.MEASURED;
import static io.github.ilacs.pathway.Reason.SourceKind.OFSTED_DOCUMENT;
import static io.github.ilacs.pathway.Reason.SourceKind.PRESS_STATEMENT;
import static io.github.ilacs.pathway.Reason.SourceKind.STATUTE;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of reasons behind pathway answers, like {@link io.github.ilacs.rules.Rule} for
 * validation: each reason has a stable code (never reused), a one-line statement, and its
 * source: an Ofsted framework or guidance document, a statute, a named press statement, a figure
 * measured on the published outcomes, what the history itself records, or, where no source
 * states it, an assumption that says so. Answers carry reasons ({@link
 * InspectionPathway#reasons()}, {@link ExpectedActivity#reasons()}, {@link Deadline#reasons()});
 * the English explanation is rendered from them. {@code docs/domain.md} gives the background.
 */
public enum Reason {
  /** P101. */
  OVERALL_GRADE_SETS_PATHWAY("P101", "The latest full inspection whose report is out sets the "
      + "pathway by its overall effectiveness grade: good or outstanding is pathway 1.",
      PRESS_STATEMENT, "Eleanor Schooling (Ofsted) in Community Care, 29 November 2017: an "
      + "authority's current grade decides the kind of inspection it has next"),
  /** P102. */
  SIF_RESULT_CARRIES_OVER("P102", "A single inspection framework result carries into ILACS by "
      + "its overall grade.", MEASURED, "la-inspection-outcomes-to-2024.csv: every one of the "
      + "127 authorities whose last SIF result was better than inadequate was next inspected "
      + "under ILACS, 117 of them by the kind their overall grade calls for, and all 19 inadequate "
      + "ones by a standard inspection"),
  /** P103. */
  LEADERS_PLUS_TWO_OF_THREE("P103", "Without an overall grade (ILACS from April 2026), leaders "
      + "good or better and at least two of the three practice judgements good or better mean "
      + "pathway 1, otherwise requires improvement; not Ofsted's published wording.", MEASURED,
      "la-inspection-outcomes-to-2024.csv: on the 92 ILACS reports of inspections begun in 2023 "
      + "and 2024 it gives the pathway of their overall grade in 82 cases, and in all 92 with "
      + "P104"),
  /** P104. */
  ANY_PRACTICE_INADEQUATE("P104", "Without an overall grade, any inadequate practice judgement "
      + "means the inadequate pathway, before P103 is applied.", MEASURED,
      "la-inspection-outcomes-to-2024.csv: the 10 of the 92 reports of 2023 and 2024 that P103 "
      + "alone misses are all reproduced with it"),
  /** P105. */
  USER_PATHWAY_RULE("P105", "A pathway rule supplied in the policy decides a graded inspection "
      + "without an overall grade.", ASSUMPTION, "the caller's rule"),
  /** P106. */
  WORST_AREA_SETS_PATHWAY("P106", "An inspection without a single overall grade (safeguarding "
      + "and looked after children services, 2009 to 2012) sets the pathway by its worst graded "
      + "area.", ASSUMPTION, "no source gives a rule; the worst grade is the cautious choice"),
  /** P107. */
  NOT_YET_INSPECTED("P107", "With no full inspection whose report is out, the authority is not "
      + "yet inspected and a first standard inspection is expected.", MEASURED,
      "la-inspection-outcomes-to-2024.csv: the first inspection of each of the 6 authorities "
      + "created from 2019 to 2023 was a standard inspection"),
  /** P108. */
  PENDING_INSPECTION("P108", "A full inspection has begun but its report is not out: the "
      + "authority stays on its previous pathway and the next inspection is pending.",
      ASSUMPTION, "a grade is known only once its report is published"),
  /** P109. */
  NEW_AUTHORITY("P109", "An authority created on a date inherits no pathway from those it "
      + "replaced: its first standard inspection is forecast from its creation date.",
      MEASURED, "la-inspection-outcomes-to-2024.csv: the 6 authorities created from 2019 to 2023 "
      + "each had a first full inspection of their own, 12 to 32 months after creation"),
  /** P110. */
  GRADED_INSPECTIONS_ONLY("P110", "The history holds graded inspections only: visits, meetings "
      + "and letters are not known from it.", DATA, "the history's coverage"),
  /** P111. */
  PUBLISHED_ACTIVITY_ONLY("P111", "The history holds published activity only: engagement "
      + "meetings and action planning visits are not known from it.", DATA,
      "the history's coverage"),
  /** P112. */
  HISTORY_HAS_ERRORS("P112", "The history breaks validation rules at ERROR level, so answers "
      + "from it may be wrong.", DATA, "the validator's report on the history"),

  /** P113. */
  RECORD_ENDS("P113", "The history is complete only up to a day before the date asked about: "
      + "whether the activity took place since is not known from this data, so it is never "
      + "called due or overdue.", DATA, "the history's last recorded day"),

  /** P201. */
  THREE_YEAR_CYCLE("P201", "The next short or standard inspection is expected about three years "
      + "after the previous one began.", PRESS_STATEMENT, "Ofsted's article \"Inspecting "
      + "children's services\" in LGA First: inspections about every three years"),
  /** P202. */
  CYCLE_WINDOW("P202", "Its window runs from 7 months before to 11 months after that day.",
      MEASURED, "la-inspection-outcomes-to-2023.csv: 82.2% of the 90 full inspections begun in "
      + "2022 and 2023 fell in it (windows 18.0 months wide)"),
  /** P203. */
  SHORT_AFTER_GOOD("P203", "After good or outstanding the next inspection is a short one; "
      + "otherwise a standard one.", PRESS_STATEMENT, "Ofsted's article \"Inspecting children's "
      + "services\" in LGA First (one-week short, two-week standard inspections)"),
  /** P204. */
  REINSPECTION_AFTER_INADEQUATE("P204", "An inadequate authority is re-inspected about 27 months "
      + "after its inspection began, 9 months either side, once monitoring shows progress.",
      MEASURED, "la-inspection-outcomes-to-2023.csv: 14 of 16 re-inspections begun in 2022 and "
      + "2023 and 29 of 36 earlier ones fell in the window"),
  /** P205. */
  FIRST_INSPECTION_WITHIN_CYCLE("P205", "With no inspection to count from, the first standard "
      + "inspection is expected within one cycle of the authority's creation or, when that is "
      + "not known, of the date asked about.", ASSUMPTION, "no published timetable"),
  /** P206. */
  SIF_INSPECTED_ONCE("P206", "The single inspection framework inspected each authority once: one "
      + "not judged inadequate waits for ILACS, from 1 January 2018.", MEASURED,
      "la-inspection-outcomes-to-2024.csv: all 20 second SIF inspections followed an inadequate "
      + "result"),
  /** P207. */
  SIF_REINSPECTION_UNTIL_AUGUST_2018("P207", "Inadequate authorities were re-inspected under the "
      + "single inspection framework until the end of August 2018 and by an ILACS standard "
      + "inspection after.", PRESS_STATEMENT, "Children & Young People Now, 17 September 2018, "
      + "quoting the ILACS framework"),
  /** P208. */
  NO_FULL_INSPECTIONS_2012_2013("P208", "No framework had full inspections from June 2012 to "
      + "October 2013, so a window opens no earlier than the single inspection framework, "
      + "1 November 2013.", ASSUMPTION, "the frameworks' dates in the catalogue"),
  /** P209. */
  PAUSE("P209", "Routine inspection was suspended from 17 March 2020 and graded inspections "
      + "resumed as a programme on 20 September 2021; a window counted from before the suspension "
      + "moves later by the whole pause.", PRESS_STATEMENT, "Children & Young People Now, 6 July "
      + "2020 (the suspension); the restart measured in la-inspection-outcomes-to-2023.csv (the "
      + "first weekly run of graded inspections)"),
  /** P210. */
  PAUSE_PART("P210", "A window counted from inside a pause moves later by the part of the pause "
      + "after its anchor.", ASSUMPTION, "the three-year clock is taken to stop while inspection "
      + "is suspended"),
  /** P211. */
  KIND_FROM_THE_NEXT_DAY("P211", "Once the expected day has passed, the kind is one a framework "
      + "in force on the day after the date asked about carries out.", MEASURED,
      "la-inspection-outcomes-to-2023.csv: right for all 36 re-inspections before 2022, against "
      + "32 when taken from the expected day"),
  /** P212. */
  OVERDUE("P212", "A next activity not held when its window closes is overdue from the next day; "
      + "its window and expected day stay as forecast.", ASSUMPTION,
      "a forecast is not moved to fit the date it is read on"),
  /** P213. */
  NATIONAL_SCHEDULE("P213", "With the national schedule, the next full inspection is expected 6 "
      + "months after P201's day when good or outstanding and 4 months before it when requires "
      + "improvement, in a window from 9 months before to 6 months after.", MEASURED,
      "la-inspection-outcomes-to-2024.csv, forecasts as of 31 December 2021 and 2022: "
      + "the numbers tuned on these origins put 115 of 137 and 78 of 90 next "
      + "inspections (85.0%) in windows 15.0 months wide, against 83.2% and 84.4% in the plain "
      + "18-month windows"),
  /** P214. */
  NOT_BEFORE_THE_DATE("P214", "The national histories show no full inspection begun by the date "
      + "asked about, so the scheduled window opens the day after it and keeps its width.", DATA,
      "the national histories the schedule is built from"),
  /** P215. */
  BACKLOG_QUEUE("P215", "An authority whose expected day has passed waits in the national "
      + "backlog, earliest expected day first, taken at the national rate of full inspections "
      + "published in the last 12 months of inspection.", ASSUMPTION, "Ofsted does not publish "
      + "the order of its programme; the rate is measured on the histories the schedule is built "
      + "from"),

  /** P301. */
  INTERIM_VISIT_ON_PATHWAY_ONE("P301", "On pathway 1, and before a first inspection, one or "
      + "more focused visits or joint targeted area inspections are expected ahead of the next "
      + "full inspection.", ASSUMPTION, "how Nottinghamshire County Council's committee report "
      + "on its 2019 inspection reads the framework"),
  /** P302. */
  INTERIM_VISITS_WHEN_REQUIRES_IMPROVEMENT("P302", "When requires improvement, at least two "
      + "focused visits or joint targeted area inspections come before the next full inspection.",
      ASSUMPTION, "how Cumbria County Council's 2020 paper reads the framework"),
  /** P303. */
  NO_FOCUSED_VISITS_WHILE_INADEQUATE("P303", "An inadequate authority has monitoring visits "
      + "instead of focused visits.", ASSUMPTION, "a regional analysis of Ofsted visits "
      + "(SESLIP); no Ofsted wording read"),
  /** P304. */
  FOCUSED_VISITS_UNDER_ILACS("P304", "Focused visits come only between ILACS inspections, from "
      + "January 2018.", OFSTED_DOCUMENT, "Ofsted, Inspecting local authority children's services "
      + "(framework, November 2017): focused visits are part of the ILACS system"),
  /** P305. */
  NONE_WHILE_REPORT_AWAITED("P305", "While a full inspection's report is awaited no further "
      + "interim, planning or monitoring visit is expected.", ASSUMPTION,
      "the inspection the visits led up to has taken place"),
  /** P306. */
  ENGAGEMENT_MEETING_EVERY_YEAR("P306", "Every authority, whatever its grade, has an engagement "
      + "meeting with Ofsted once a year; due dates are whole years from one anchor.",
      PRESS_STATEMENT, "Ofsted's article \"Inspecting children's services\" in LGA First: an "
      + "annual engagement meeting for all local authorities"),
  /** P307. */
  NO_MEETING_RECORDED("P307", "No engagement meeting is recorded, so the yearly meetings are "
      + "counted from the start of ILACS, 1 January 2018.", ASSUMPTION, "the first meetings' "
      + "dates are not known"),
  /** P308. */
  INSPECTION_STANDS_IN_FOR_MEETING("P308", "A full inspection takes the place of that year's "
      + "engagement meeting (a policy option, off by default).", ASSUMPTION, "no source"),
  /** P309. */
  UNPUBLISHED_NEVER_OVERDUE("P309", "Engagement meetings are not published and seldom "
      + "recorded, so one missing from a history is owed, never overdue.", ASSUMPTION,
      "what is unpublished cannot be shown missing"),
  /** P310. */
  ACTION_PLANNING_VISIT("P310", "After an inadequate judgement inspectors make an action planning "
      + "visit, expected within 20 working days of the report.", OFSTED_DOCUMENT, "Ofsted, "
      + "Monitoring local authority children's services judged inadequate (May 2016, ref. 160035): "
      + "the visit; the 20 working days are an assumption"),
  /** P311. */
  MONITORING_VISITS("P311", "Monitoring visits come about every three months, the first within "
      + "four weeks of the action plan deadline, up to six before re-inspection.",
      OFSTED_DOCUMENT, "Ofsted, Monitoring local authority children's services judged inadequate "
      + "(May 2016, ref. 160035); up to six: Children & Young People Now, 17 September 2018"),
  /** P312. */
  NO_MONITORING_BEFORE_SIF("P312", "Action planning and monitoring visits exist only from the "
      + "single inspection framework (November 2013): an earlier inadequate judgement has none.",
      OFSTED_DOCUMENT, "the frameworks' kinds of activity (catalogue Framework, rule R102)"),
  /** P313. */
  NOT_KNOWN_FROM_THIS_DATA("P313", "Activity of a kind the history does not record is not known "
      + "from this data: never owed or overdue.", DATA, "the history's coverage"),

  /** P401. */
  ACTION_PLAN("P401", "The authority sends its action plan within 70 working days of receiving "
      + "the report.", PRESS_STATEMENT, "an Ofsted spokesperson in Children & Young People Now, "
      + "16 August 2018; the plan itself: Education and Inspections Act 2006 s. 137"),
  /** P402. */
  REPORT_PUBLICATION("P402", "The authority publishes the report within 30 working days of "
      + "receiving it.", STATUTE, "SI 2007/462 reg. 2"),
  /** P403. */
  PRIORITY_ACTION_PLAN("P403", "A focused-visit letter naming areas for priority action, dated "
      + "from 16 August 2018, calls for an early draft action plan in 20 working days and the "
      + "final plan in 70.", PRESS_STATEMENT, "Children & Young People Now, 16 August 2018 "
      + "(with immediate effect)"),
  /** P404. */
  COUNTED_FROM_RECEIPT("P404", "Counted from the day the authority received it.", STATUTE,
      "SI 2007/462 reg. 2 (\"of receiving\")"),
  /** P405. */
  COUNTED_FROM_ISSUE("P405", "Receipt is not recorded: counted from the date printed on the "
      + "letter or report.", ASSUMPTION, "receipt is usually the day it is issued"),
  /** P406. */
  COUNTED_FROM_PUBLICATION("P406", "Neither receipt nor issue is recorded: counted from Ofsted's "
      + "publication, which can be later than receipt.", ASSUMPTION, "the only date recorded"),
  /** P407. */
  WORKING_DAYS("P407", "Working days leave out weekends, Christmas Day, Good Friday and bank "
      + "holidays in England and Wales; the day of receipt is not counted.", STATUTE,
      "SI 2007/462 reg. 1(2)");

  /** Where a reason's rule comes from. */
  public enum SourceKind {
    /** An Ofsted framework, handbook or guidance document. */
    OFSTED_DOCUMENT("Ofsted document"),
    /** An Act or statutory instrument. */
    STATUTE("statute"),
    /** A named press statement or article. */
    PRESS_STATEMENT("press statement"),
    /** Measured on the published outcomes, with the figure. */
    MEASURED("measured on the published outcomes"),
    /** What the history itself records or breaks. */
    DATA("the data given"),
    /** No source states the rule: an assumption of this library. */
    ASSUMPTION("assumption");

    private final String title;

    SourceKind(String title) {
      this.title = title;
    }

    /**
     * Returns a short name, such as "statute".
     *
     * @return the name, never null
     */
    public String title() {
      return title;
    }
  }

  private final String code;
  private final String statement;
  private final SourceKind sourceKind;
  private final String source;

  Reason(String code, String statement, SourceKind sourceKind, String source) {
    this.code = code;
    this.statement = statement;
    this.sourceKind = sourceKind;
    this.source = source;
  }

  /**
   * Returns the stable code, such as {@code P201}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the reason in one line.
   *
   * @return the statement, never null
   */
  public String statement() {
    return statement;
  }

  /**
   * Returns what kind of source the rule has.
   *
   * @return the kind, {@link SourceKind#ASSUMPTION} where no source states it
   */
  public SourceKind sourceKind() {
    return sourceKind;
  }

  /**
   * Returns the source: the document with its section, the statute, the press statement, the
   * measured figure, or for an assumption why it was made.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Tells whether no source states this rule.
   *
   * @return true for an assumption
   */
  public boolean isAssumption() {
    return sourceKind == ASSUMPTION;
  }

  /**
   * Finds a reason by its code.
   *
   * @param code the code, such as {@code P201}, not null
   * @return the reason, or empty when no reason has that code
   */
  public static Optional<Reason> byCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
