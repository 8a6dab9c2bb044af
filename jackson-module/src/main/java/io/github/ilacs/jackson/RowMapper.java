package io.github.ilacs.jackson;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.jackson.Layouts.Columns;
import io.github.ilacs.jackson.Layouts.Field;
import io.github.ilacs.jackson.OutcomesCsv.Layout;
import io.github.ilacs.json.JsonFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Row mapping: one data row of a recognised table to an {@link Inspection}, or a
 * {@link RejectedRow} naming the column, the value and the rule it breaks. The authority comes
 * from the {@link AuthorityDirectory}: the row's code, URN and name must all point at the same
 * entry, and the inspection carries the entry's {@link AuthorityEntry#toLocalAuthority()}.
 */
final class RowMapper {
  /**
   * The grade columns, in the order they are read, and the judgement areas each may hold: a
   * column holds the one its row's framework grades (versions name the same judgement
   * differently: children in care, looked after, or in care with care leavers), or none.
   */
  private static final Map<Field, List<JudgementArea>> AREAS = new EnumMap<>(Map.of(
      Field.OVERALL, List.of(JudgementArea.OVERALL_EFFECTIVENESS),
      Field.LEADERS, List.of(JudgementArea.IMPACT_OF_LEADERS,
          JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE),
      Field.HELP_PROTECTION, List.of(JudgementArea.HELP_AND_PROTECTION),
      Field.CHILDREN_IN_CARE, List.of(JudgementArea.CHILDREN_IN_CARE,
          JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, JudgementArea.CHILDREN_LOOKED_AFTER),
      Field.CARE_LEAVERS, List.of(JudgementArea.CARE_LEAVERS, JudgementArea.SIF_CARE_LEAVERS),
      Field.ADOPTION, List.of(JudgementArea.ADOPTION_PERFORMANCE)));

  /** Values of the scrape tool that stand for "no grade" (or no URN). */
  private static final Set<String> PLACEHOLDERS = Set.of("inspection_pre_dates_judgement",
      "not_reported_post_reform", "data_unreadable", "nan");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\d{1,2}/\\d{1,2}/(\\d{2}|\\d{4})");
  private static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern CODE = Pattern.compile("\\d{3}");
  private static final Pattern URN = Pattern.compile("\\d{5,8}");

  private final AuthorityDirectory directory;
  private final Columns columns;

  RowMapper(AuthorityDirectory directory, Columns columns) {
    this.directory = directory;
    this.columns = columns;
  }

  /** Thrown to reject one row. */
  static final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;
    final transient RejectedRow row;

    Rejection(RejectedRow row) {
      super(row.toString(), null, false, false);
      this.row = row;
    }
  }

  /**
   * Maps a row whose width matches the header.
   *
   * @param values the row's cells
   * @param line the line the row starts on
   * @param warnings receives the row's warnings; called only when the row is accepted
   * @return the inspection
   * @throws Rejection when a value is missing, unreadable or contradicts another
   */
  Inspection map(List<String> values, long line, Consumer<ImportWarning> warnings)
      throws Rejection {
    return new Row(values, line).toInspection(warnings);
  }

  /** One data row, read through the header's columns. */
  private final class Row {
    private final List<String> values;
    private final long line;
    private final List<ImportWarning> warnings = new ArrayList<>(1);

    Row(List<String> values, long line) {
      this.values = values;
      this.line = line;
    }

    String get(Field f) {
      int i = columns.index(f);
      return i < 0 ? "" : values.get(i).trim();
    }

    Rejection reject(Field f, String reason) {
      return new Rejection(new RejectedRow(line, columns.name(f), get(f), reason));
    }

    String required(Field f, String expected) throws Rejection {
      String v = get(f);
      if (v.isEmpty()) {
        throw reject(f, "is empty; expected " + expected);
      }
      return v;
    }

    @Nullable LocalDate date(Field f, boolean required) throws Rejection {
      String v = get(f);
      if (v.isEmpty()) {
        if (required) {
          throw reject(f, "is empty; expected a date (yyyy-mm-dd, dd/mm/yyyy or dd/mm/yy)");
        }
        return null;
      }
      try {
        LocalDate iso = JsonFormat.calendarDate(v).orElse(null);
        if (iso != null) {
          return iso;
        }
        if (JsonFormat.isIsoDateShape(v)) {
          // not a calendar date: the formatter's message says why
          return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (DAY_MONTH_YEAR.matcher(v).matches()) {
          String[] p = v.split("/");
          String year = p[2].length() == 2 ? "20" + p[2] : p[2];
          return LocalDate.parse(p[0] + "/" + p[1] + "/" + year, DMY);
        }
      } catch (DateTimeException e) {
        throw reject(f, "is not a calendar date (" + e.getMessage() + ")");
      }
      throw reject(f, "is not a date; expected yyyy-mm-dd, dd/mm/yyyy or dd/mm/yy");
    }

    String said(Field f, AuthorityEntry entry) {
      return columns.name(f) + " " + get(f) + " is " + entry;
    }

    /**
     * The authority the row's code, URN and name point at, which must be one entry of the
     * directory; a name the directory does not know beside a known code or URN is a warning.
     */
    AuthorityEntry authority(LocalDate start) throws Rejection {
      String name = get(Field.NAME);
      String code = get(Field.CODE);
      String urn = get(Field.URN);
      if (PLACEHOLDERS.contains(urn.toLowerCase(Locale.ROOT))) {
        urn = "";
      }
      if (name.isEmpty() && code.isEmpty() && urn.isEmpty()) {
        throw reject(Field.NAME, "is empty, and so are the DfE code and URN; expected at least"
            + " one of them");
      }
      AuthorityEntry byCode = null;
      if (!code.isEmpty()) {
        if (!CODE.matcher(code).matches()) {
          throw reject(Field.CODE, invalid(Invariant.AUTHORITY_CODE_FORMAT));
        }
        byCode = directory.byCode(code).orElseThrow(() -> reject(Field.CODE,
            "is not the DfE code of any local authority in the directory"));
      }
      AuthorityEntry entry = byCode;
      if (!urn.isEmpty()) {
        if (!URN.matcher(urn).matches()) {
          throw reject(Field.URN, invalid(Invariant.URN_FORMAT));
        }
        Optional<AuthorityEntry> byUrn = directory.byUrn(urn);
        if (byCode == null) {
          entry = byUrn.orElseThrow(() -> reject(Field.URN,
              "is not the URN of any local authority in the directory"));
        } else if (byUrn.isPresent() && !byUrn.get().equals(byCode)) {
          throw reject(Field.URN, "is the URN of " + byUrn.get() + " but "
              + said(Field.CODE, byCode) + "; a row names one authority");
        } else if (byUrn.isEmpty() && byCode.urn().isPresent()) {
          throw reject(Field.URN, "is not the URN of " + byCode + " (" + columns.name(Field.CODE)
              + " " + code + "), which is " + byCode.urn().get() + "; a row names one authority");
        } else if (byUrn.isEmpty()) {
          warnings.add(new ImportWarning(line, columns.name(Field.URN), urn, "the directory"
              + " gives no URN for " + byCode + "; the URN is not recorded"));
        }
      }
      if (name.isEmpty()) {
        return entry;
      }
      List<AuthorityEntry> candidates = directory.candidates(name);
      Optional<AuthorityEntry> named = directory.byName(name, start);
      if (entry == null) {
        return named.orElseThrow(() -> reject(Field.NAME, candidates.isEmpty()
            ? "is not a name of any local authority in the directory; give its DfE code or URN"
            : "fits " + list(candidates) + " and not exactly one of them existed on " + start
                + "; give its DfE code or URN"));
      }
      Field by = byCode != null ? Field.CODE : Field.URN;
      if (candidates.isEmpty()) {
        warnings.add(new ImportWarning(line, columns.name(Field.NAME), name, "is not a"
            + " spelling the directory knows; imported as " + said(by, entry)));
      } else if (named.isPresent() ? !named.get().equals(entry) : !candidates.contains(entry)) {
        throw reject(Field.NAME, "names " + (named.isPresent() ? named.get().toString()
            : list(candidates)) + (named.isPresent() && candidates.size() > 1
            ? " on " + start : "") + " but " + said(by, entry) + "; a row names one authority");
      }
      return entry;
    }

    InspectionKind kind(String family, @Nullable Framework named) throws Rejection {
      if (!family.equals("ILACS")) {
        if (!get(Field.KIND).isEmpty()) {
          throw reject(Field.KIND, (named == null ? family : named.name()) + " inspections"
              + " have no kind; expected it to be empty");
        }
        return family.equals("SIF") ? InspectionKind.SIF_INSPECTION
            : InspectionKind.LAC_INSPECTION;
      }
      String k = required(Field.KIND, "short, standard or longer than standard")
          .toLowerCase(Locale.ROOT);
      if (k.equals("short")) {
        return InspectionKind.SHORT_INSPECTION;
      }
      if (k.equals("standard") || k.contains("longer than standard")) {
        return InspectionKind.STANDARD_INSPECTION;
      }
      throw reject(Field.KIND, "is not an ILACS inspection kind; expected short,"
          + " standard or longer than standard");
    }

    Inspection toInspection(Consumer<ImportWarning> accepted) throws Rejection {
      String family;
      Framework named = null;
      if (columns.layout() == Layout.SCRAPE_TOOL) {
        family = "ILACS";
      } else {
        String f = required(Field.FRAMEWORK, "ILACS, SIF or LAC_2012").toUpperCase(Locale.ROOT);
        if (f.equals("ILACS") || f.equals("SIF")) {
          family = f;
        } else {
          named = Framework.find(f).orElseThrow(() -> reject(Field.FRAMEWORK,
              "is not a framework; expected ILACS, SIF, LAC_2012 or one of "
                  + JsonFormat.constantNames(Framework.class)));
          family = family(named);
          if (family == null) {
            throw reject(Field.FRAMEWORK, "is not a framework of graded inspections in this"
                + " table; expected ILACS, SIF or LAC_2012");
          }
        }
      }
      InspectionKind kind = kind(family, named);
      LocalDate start = Objects.requireNonNull(date(Field.START, true));
      LocalDate end = Objects.requireNonNull(date(Field.END, true));
      LocalDate published = date(Field.PUBLISHED, false);
      AuthorityEntry entry = authority(start);
      LocalAuthority authority = entry.toLocalAuthority();
      Optional<Framework> inForce = Framework.inForceOn(start, kind);
      if (inForce.isEmpty() || named != null && inForce.get() != named) {
        throw reject(Field.START, "no " + (named == null ? family : named.name())
            + " framework with " + kind + " was in force on " + start);
      }
      Framework framework = inForce.get();
      Inspection.Builder b = Inspection.builder().authority(authority).framework(framework)
          .kind(kind).start(start).end(end).published(Optional.ofNullable(published));
      for (Field f : AREAS.keySet()) {
        String text = get(f);
        if (text.isEmpty() || PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT))) {
          continue;
        }
        JudgementArea area = area(framework, f);
        if (area == null) {
          throw reject(f, framework.name() + " makes no judgement for this column;"
              + " expected it to be empty");
        }
        Grade grade;
        try {
          grade = framework.parseGrade(text);
        } catch (InvalidInspectionException e) {
          throw reject(f, "[" + e.code() + "] is not a grade of " + framework.name()
              + "; expected one of " + framework.gradeScale().acceptedLabels());
        }
        b.judgement(area, grade);
      }
      String url = get(Field.URL);
      if (!url.isEmpty() && published != null) {
        b.source(Source.of("Ofsted report: " + authority.name() + " " + start, published, url));
      }
      Inspection inspection;
      try {
        inspection = b.build();
      } catch (InvalidInspectionException e) {
        Field f = e.field().startsWith("end") ? Field.END
            : e.field().startsWith("published") ? Field.PUBLISHED
            : e.field().startsWith("source") ? Field.URL : Field.START;
        throw reject(f, e.getMessage());
      }
      warnings.forEach(accepted);
      return inspection;
    }
  }

  private static String invalid(Invariant invariant) {
    return "[" + invariant.code() + "] is not valid (" + invariant.description() + ")";
  }

  private static String list(List<AuthorityEntry> entries) {
    return entries.stream().map(AuthorityEntry::toString).collect(Collectors.joining(", "));
  }

  /**
   * The family of frameworks whose graded inspections the table lists ({@code ILACS},
   * {@code SIF} or {@code LAC}) that a version belongs to, or null when it is of none.
   */
  private static @Nullable String family(Framework framework) {
    if (framework.name().startsWith("ILACS")) {
      return "ILACS";
    }
    if (framework == Framework.SIF_2013) {
      return "SIF";
    }
    return framework == Framework.LAC_2012 ? "LAC" : null;
  }

  /** The judgement area a grade column holds under a framework, or null when it holds none. */
  private static @Nullable JudgementArea area(Framework framework, Field column) {
    for (JudgementArea area : AREAS.get(column)) {
      if (framework.gradedAreas().contains(area) || framework.optionalAreas().contains(area)) {
        return area;
      }
    }
    return null;
  }
}
