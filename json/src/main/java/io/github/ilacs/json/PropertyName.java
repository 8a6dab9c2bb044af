package io.github.ilacs.json;

/**
 * Every property name the format writes, in one catalogue, so that an output adapter can encode
 * each once ({@link #ordinal()} indexes an array of encoded names).
 */
public enum PropertyName {
  /** {@code area}. */
  AREA("area"),
  /** {@code authority}. */
  AUTHORITY("authority"),
  /** {@code code}. */
  CODE("code"),
  /** {@code date}. */
  DATE("date"),
  /** {@code end}. */
  END("end"),
  /** {@code findings}. */
  FINDINGS("findings"),
  /** {@code focus}. */
  FOCUS("focus"),
  /** {@code deepDive}. */
  DEEP_DIVE("deepDive"),
  /** {@code timescale}. */
  TIMESCALE("timescale"),
  /** {@code nationalFramework}. */
  NATIONAL_FRAMEWORK("nationalFramework"),
  /** {@code framework}. */
  FRAMEWORK("framework"),
  /** {@code grade}. */
  GRADE("grade"),
  /** {@code inspections}. */
  INSPECTIONS("inspections"),
  /** {@code judgements}. */
  JUDGEMENTS("judgements"),
  /** {@code kind}. */
  KIND("kind"),
  /** {@code name}. */
  NAME("name"),
  /** {@code onsCode}. */
  ONS_CODE("onsCode"),
  /** {@code published}. */
  PUBLISHED("published"),
  /** {@code issued}. */
  ISSUED("issued"),
  /** {@code received}. */
  RECEIVED("received"),
  /** {@code coverage}. */
  COVERAGE("coverage"),
  /** {@code recordedUntil}. */
  RECORDED_UNTIL("recordedUntil"),
  /** {@code source}. */
  SOURCE("source"),
  /** {@code start}. */
  START("start"),
  /** {@code summary}. */
  SUMMARY("summary"),
  /** {@code themes}. */
  THEMES("themes"),
  /** {@code title}. */
  TITLE("title"),
  /** {@code url}. */
  URL("url"),
  /** {@code urn}. */
  URN("urn"),
  /** {@code asOf}. */
  AS_OF("asOf"),
  /** {@code errors}. */
  ERRORS("errors"),
  /** {@code pathway}. */
  PATHWAY("pathway"),
  /** {@code reasons}. */
  REASONS("reasons"),
  /** {@code basis}. */
  BASIS("basis"),
  /** {@code pending}. */
  PENDING("pending"),
  /** {@code nextInspection}. */
  NEXT_INSPECTION("nextInspection"),
  /** {@code forecastWindow}. */
  FORECAST_WINDOW("forecastWindow"),
  /** {@code scheduled}. */
  SCHEDULED("scheduled"),
  /** {@code window}. */
  WINDOW("window"),
  /** {@code backlogPlace}. */
  BACKLOG_PLACE("backlogPlace"),
  /** {@code interimActivities}. */
  INTERIM_ACTIVITIES("interimActivities"),
  /** {@code deadlines}. */
  DEADLINES("deadlines"),
  /** {@code overdue}. */
  OVERDUE("overdue"),
  /** {@code explanation}. */
  EXPLANATION("explanation"),
  /** {@code kinds}. */
  KINDS("kinds"),
  /** {@code status}. */
  STATUS("status"),
  /** {@code overdueSince}. */
  OVERDUE_SINCE("overdueSince"),
  /** {@code satisfiedBy}. */
  SATISFIED_BY("satisfiedBy"),
  /** {@code earliest}. */
  EARLIEST("earliest"),
  /** {@code expected}. */
  EXPECTED("expected"),
  /** {@code latest}. */
  LATEST("latest"),
  /** {@code countedFrom}. */
  COUNTED_FROM("countedFrom"),
  /** {@code from}. */
  FROM("from"),
  /** {@code workingDays}. */
  WORKING_DAYS("workingDays"),
  /** {@code due}. */
  DUE("due"),
  /** {@code areas}. */
  AREAS("areas"),
  /** {@code region}. */
  REGION("region"),
  /** {@code neighbours}. */
  NEIGHBOURS("neighbours"),
  /** {@code groups}. */
  GROUPS("groups"),
  /** {@code group}. */
  GROUP("group"),
  /** {@code distribution}. */
  DISTRIBUTION("distribution"),
  /** {@code position}. */
  POSITION("position"),
  /** {@code latestInspection}. */
  LATEST_INSPECTION("latestInspection"),
  /** {@code grades}. */
  GRADES("grades"),
  /** {@code gradedAs}. */
  GRADED_AS("gradedAs"),
  /** {@code inspection}. */
  INSPECTION("inspection"),
  /** {@code outstanding}. */
  OUTSTANDING("outstanding"),
  /** {@code good}. */
  GOOD("good"),
  /** {@code requiresImprovement}. */
  REQUIRES_IMPROVEMENT("requiresImprovement"),
  /** {@code inadequate}. */
  INADEQUATE("inadequate"),
  /** {@code notGraded}. */
  NOT_GRADED("notGraded"),
  /** {@code total}. */
  TOTAL("total"),
  /** {@code ahead}. */
  AHEAD("ahead"),
  /** {@code level}. */
  LEVEL("level"),
  /** {@code behind}. */
  BEHIND("behind"),
  /** {@code clean}. */
  CLEAN("clean"),
  /** {@code warnings}. */
  WARNINGS("warnings"),
  /** {@code violations}. */
  VIOLATIONS("violations"),
  /** {@code omitted}. */
  OMITTED("omitted"),
  /** {@code rule}. */
  RULE("rule"),
  /** {@code severity}. */
  SEVERITY("severity"),
  /** {@code path}. */
  PATH("path"),
  /** {@code message}. */
  MESSAGE("message"),
  /** {@code inspectionKind}. */
  INSPECTION_KIND("inspectionKind"),
  /** {@code inspectionStart}. */
  INSPECTION_START("inspectionStart"),
  /** {@code finding}. */
  FINDING("finding"),
  /** {@code what}. */
  WHAT("what"),
  /** {@code reached}. */
  REACHED("reached"),
  /** {@code note}. */
  NOTE("note"),
  /** {@code months}. */
  MONTHS("months"),
  /** {@code to}. */
  TO("to"),
  /** {@code id}. */
  ID("id"),
  /** {@code answers}. */
  ANSWERS("answers"),
  /** {@code owner}. */
  OWNER("owner"),
  /** {@code dueReason}. */
  DUE_REASON("dueReason"),
  /** {@code milestones}. */
  MILESTONES("milestones"),
  /** {@code updates}. */
  UPDATES("updates"),
  /** {@code completed}. */
  COMPLETED("completed"),
  /** {@code drafted}. */
  DRAFTED("drafted"),
  /** {@code submitted}. */
  SUBMITTED("submitted"),
  /** {@code revised}. */
  REVISED("revised"),
  /** {@code cadence}. */
  CADENCE("cadence"),
  /** {@code progressReports}. */
  PROGRESS_REPORTS("progressReports"),
  /** {@code actions}. */
  ACTIONS("actions"),
  /** {@code overdueItems}. */
  OVERDUE_ITEMS("overdueItems"),
  /** {@code atRisk}. */
  AT_RISK("atRisk"),
  /** {@code unanswered}. */
  UNANSWERED("unanswered"),
  /** {@code recurring}. */
  RECURRING("recurring"),
  /** {@code nextProgressReport}. */
  NEXT_PROGRESS_REPORT("nextProgressReport"),
  /** {@code deadline}. */
  DEADLINE("deadline"),
  /** {@code met}. */
  MET("met"),
  /** {@code item}. */
  ITEM("item"),
  /** {@code answered}. */
  ANSWERED("answered"),
  /** {@code action}. */
  ACTION("action"),
  /** {@code completeSince}. */
  COMPLETE_SINCE("completeSince"),
  /** {@code theme}. */
  THEME("theme"),
  /** {@code later}. */
  LATER("later"),
  /** {@code laterFinding}. */
  LATER_FINDING("laterFinding");

  private final String text;

  PropertyName(String text) {
    this.text = text;
  }

  /**
   * Returns the name as it is written, in camelCase.
   *
   * @return the name, such as {@code recordedUntil}
   */
  public String text() {
    return text;
  }
}
