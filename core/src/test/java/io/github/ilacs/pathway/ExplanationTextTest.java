package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The English of an answer, line by line, for the Nottinghamshire record on dates that reach
 * every part of it: a report awaited while the inspection is under way and after it, a window
 * not yet due, due now and overdue. The reason list at the end is checked against the codes the
 * lines give.
 */
class ExplanationTextTest {
  private static final String FOCUSED = "Focused visit or joint targeted area inspection or joint"
      + " targeted area inspection of the front door";
  private static final String SIF = "the single inspection framework inspection of 11 May 2015"
      + " to 4 June 2015";
  private static final String SI_2019 = "the standard inspection of 7 October 2019 to 18 October"
      + " 2019";

  static Stream<Arguments> nottinghamshire() {
    String pending2019 = "Next full inspection: Short inspection or standard inspection, window"
        + " 1 January 2018 to 2 July 2019, expected 1 August 2018: pending, " + SI_2019
        + " awaits its report [P201 P202 P206 P211 P203 P108]";
    String visits2019 = FOCUSED + ", window 5 June 2015 to 1 August 2018, expected 1 January"
        + " 2017: satisfied by the focused visit of 30 January 2018 to 31 January 2018"
        + " [P301 P304]";
    String sifDeadlines = "Publication of the report by the authority: due 1 September 2015,"
        + " 30 working days from 20 July 2015 (published, " + SIF + "), passed [P402 P406 P407]\n"
        + "Action plan: due 27 October 2015, 70 working days from 20 July 2015 (published, "
        + SIF + "), passed [P401 P406 P407]";
    String pathway2019 = "Pathway: good or outstanding (pathway 1): a short inspection roughly"
        + " three-yearly, with one or more focused visits or joint inspections in the meantime;"
        + " it rests on " + SIF + ", overall effectiveness good; " + SI_2019;
    String pathway2023 = "Pathway: good or outstanding (pathway 1): a short inspection roughly"
        + " three-yearly, with one or more focused visits or joint inspections in the meantime;"
        + " it rests on " + SI_2019 + ", overall effectiveness good [P101]";
    String visits2023 = FOCUSED + ", window 19 October 2019 to 11 April 2024, expected 14 January"
        + " 2022: satisfied by the focused visit of 26 April 2022 to 27 April 2022 [P301 P304]";
    String deadlines2019 = "Publication of the report by the authority: due 4 February 2020,"
        + " 30 working days from 19 December 2019 (published, " + SI_2019
        + "), passed [P402 P406 P407]\n"
        + "Action plan: due 31 March 2020, 70 working days from 19 December 2019 (published, "
        + SI_2019 + "), passed [P401 P406 P407]";
    String window2023 = "Next full inspection: Short inspection or standard inspection, window"
        + " 10 September 2023 to 12 March 2025, expected 11 April 2024: ";
    return Stream.of(
        Arguments.of("2019-10-10", String.join("\n",
            pathway2019 + " is under way and its report"
                + " is awaited [P101 P102 P108]",
            pending2019, visits2019,
            "Annual engagement meeting, window 18 May 2019 to 17 May 2020, expected 17 May 2020:"
                + " owed [P306 P309]",
            sifDeadlines)),
        Arguments.of("2019-11-20", String.join("\n",
            pathway2019 + " has taken place and its report is awaited [P101 P102 P108]",
            pending2019, visits2019,
            "Annual engagement meeting, window 18 May 2019 to 17 May 2020, expected 17 May 2020:"
                + " owed [P306 P309]",
            sifDeadlines)),
        Arguments.of("2023-01-10", String.join("\n", pathway2023,
            window2023 + "not yet due [P201 P202 P209 P203]", visits2023,
            "Annual engagement meeting, window 18 May 2022 to 17 May 2023, expected 17 May 2023:"
                + " owed [P306 P309]",
            deadlines2019)),
        Arguments.of("2024-06-01", String.join("\n", pathway2023,
            window2023 + "due now [P201 P202 P209 P211 P203]", visits2023,
            "Annual engagement meeting, window 18 May 2024 to 17 May 2025, expected 17 May 2025:"
                + " owed [P306 P309]",
            deadlines2019)));
  }

  @ParameterizedTest(name = "as of {0}")
  @MethodSource("nottinghamshire")
  void linesBeforeTheReasons(String asOf, String expected) {
    String text = InspectionPathway.of(Histories.nottinghamshire(), d(asOf)).explanation();

    assertThat(text.substring(0, text.indexOf("Reasons:\n"))).isEqualTo(expected + "\n");
    assertReasonsListed(text);
  }

  /** Once the window's last day has passed the line says since when the inspection is overdue. */
  @ParameterizedTest(name = "as of {0}")
  @MethodSource("overdueDays")
  void overdueNamesTheDay(String asOf, String since) {
    String text = InspectionPathway.of(Histories.nottinghamshire(), d(asOf)).explanation();

    assertThat(text).contains("expected 11 April 2024: overdue since " + since + " [");
    assertReasonsListed(text);
  }

  static Stream<Arguments> overdueDays() {
    return Stream.of(Arguments.of("2025-06-01", "13 March 2025"),
        Arguments.of("2026-01-05", "13 March 2025"));
  }

  /** Validation errors come first, counted in the singular or the plural. */
  @ParameterizedTest(name = "{0} stray activities")
  @MethodSource("strays")
  void errorsComeFirst(int strays, String heading) {
    List<Inspection> record = new java.util.ArrayList<>(
        Histories.nottinghamshire().inspections());
    for (int i = 0; i < strays; i++) {
      // a focused visit under the 2009 framework, which has none: R102 for each
      record.add(Histories.activity(Framework.UCRA_2009, InspectionKind.FOCUSED_VISIT,
          "2010-0" + (i + 2) + "-02", "2010-0" + (i + 2) + "-03", null).build());
    }
    InspectionPathway p = InspectionPathway.of(
        InspectionHistory.of(Histories.NOTTS, record), d("2023-01-10"));

    String text = p.explanation();
    assertThat(text).startsWith(heading + ", so this answer may be wrong:\n");
    assertThat(text.lines().skip(1).limit(p.errors().size()))
        .allSatisfy(line -> assertThat(line).startsWith("  ").contains("R102"));
    assertThat(text.lines().skip(1 + p.errors().size()).findFirst()).hasValueSatisfying(
        line -> assertThat(line).startsWith("Pathway: "));
  }

  static Stream<Arguments> strays() {
    return Stream.of(Arguments.of(1, "The history has 1 validation error"),
        Arguments.of(2, "The history has 2 validation errors"));
  }

  /**
   * Every code in brackets is listed once under "Reasons:", in the order first used, with its
   * statement and source; nothing else is listed.
   */
  private static void assertReasonsListed(String text) {
    int at = text.indexOf("Reasons:\n");
    Set<String> used = new LinkedHashSet<>();
    Matcher m = Pattern.compile("\\[([P0-9 ]+)]\n").matcher(text.substring(0, at));
    while (m.find()) {
      used.addAll(Arrays.asList(m.group(1).split(" ")));
    }
    List<String> listed = text.substring(at + "Reasons:\n".length()).lines().toList();
    assertThat(listed).hasSameSizeAs(used);
    int i = 0;
    for (String code : used) {
      Reason r = Reason.byCode(code).orElseThrow();
      assertThat(listed.get(i++)).isEqualTo("  " + code + " " + r.statement() + " Source: "
          + r.sourceKind().title() + ", " + r.source() + ".");
    }
  }
}
