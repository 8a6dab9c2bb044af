package io.github.ilacs.compare;

import io.github.ilacs.AreaChain;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.directory.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An authority's latest grade per judgement area beside each of its statistical neighbours', and
 * the grades in its region and in England, with how many of each group stand ahead of it, level
 * with it and behind it; all as of a date.
 *
 * <p>A report counts from its publication date ({@link InspectionHistory#knownOn(LocalDate)}),
 * as the pathway does. Grades are followed across changes of framework
 * ({@link LatestGrade}). The areas compared are those of the framework in force on the date
 * ({@link #framework()}), with overall effectiveness first wherever that framework grades it and
 * also from April 2026, when it stops being graded: an authority inspected since then holds no
 * overall grade ({@link LatestGrade.Status#NO_LONGER_GRADED}). Immutable and thread-safe.
 */
public final class Comparison {
  private final LocalDate asOf;
  private final Framework framework;
  private final List<JudgementArea> areas;
  private final Standing authority;
  private final List<Standing> neighbours;
  private final Map<Group, Map<JudgementArea, Distribution>> distributions;

  private Comparison(LocalDate asOf, Framework framework, List<JudgementArea> areas,
      Standing authority, List<Standing> neighbours,
      Map<Group, Map<JudgementArea, Distribution>> distributions) {
    this.asOf = asOf;
    this.framework = framework;
    this.areas = List.copyOf(areas);
    this.authority = authority;
    this.neighbours = List.copyOf(neighbours);
    this.distributions = distributions;
  }

  /**
   * Compares an authority of the built-in directory ({@link AuthorityDirectory#builtIn()}).
   *
   * @param authority the authority, an entry of the built-in directory, not null
   * @param histories one history per authority (matched by DfE code; histories of authorities
   *     the directory does not list are left out), not null
   * @param asOf the date, not null
   * @return the comparison, never null
   * @throws IllegalArgumentException when the authority did not exist on the date, no framework
   *     graded inspections then, or two histories have the same code
   */
  public static Comparison of(AuthorityEntry authority,
      Collection<InspectionHistory> histories, LocalDate asOf) {
    return of(AuthorityDirectory.builtIn(), authority, histories, asOf);
  }

  /**
   * Compares an authority of a directory with its statistical neighbours, its region and
   * England.
   *
   * @param directory the directory, not null
   * @param authority the authority, an entry of the directory, not null
   * @param histories one history per authority (matched by DfE code; histories of authorities
   *     the directory does not list are left out; an authority without one counts as not
   *     inspected), not null
   * @param asOf the date, not null
   * @return the comparison, never null
   * @throws IllegalArgumentException when the authority is not in the directory or did not exist
   *     on the date, no framework graded inspections then, or two histories have the same code
   */
  public static Comparison of(AuthorityDirectory directory, AuthorityEntry authority,
      Collection<InspectionHistory> histories, LocalDate asOf) {
    if (!directory.byCode(authority.code()).equals(Optional.of(authority))) {
      throw new IllegalArgumentException("authority: " + authority.code() + " ("
          + authority.name() + ") is not an entry of the directory");
    }
    if (!authority.existsOn(asOf)) {
      throw new IllegalArgumentException("authority: " + authority.code() + " ("
          + authority.name() + ") did not exist on " + asOf + describeLife(authority));
    }
    Framework framework = frameworkOn(asOf);
    List<JudgementArea> areas = areasCompared(framework, asOf);
    Map<String, InspectionHistory> byCode = new HashMap<>();
    for (InspectionHistory h : histories) {
      String code = h.authority().code();
      if (byCode.putIfAbsent(code, h) != null) {
        throw new IllegalArgumentException("histories: two histories for the authority with"
            + " code " + code + " (one history per authority)");
      }
    }
    Map<AuthorityEntry, Standing> standings = new HashMap<>();
    for (AuthorityEntry e : directory.existingOn(asOf)) {
      InspectionHistory known = Optional.ofNullable(byCode.get(e.code()))
          .orElseGet(() -> InspectionHistory.of(e.toLocalAuthority(), List.of())).knownOn(asOf);
      standings.put(e, Standing.of(e, known, areas));
    }
    List<Standing> neighbours = directory.statisticalNeighbours(authority).stream()
        .filter(standings::containsKey).map(standings::get).toList();
    Region region = authority.region();
    Map<Group, List<Standing>> members = new EnumMap<>(Group.class);
    members.put(Group.NEIGHBOURS, neighbours);
    members.put(Group.REGION, directory.inRegion(region, asOf).stream().map(standings::get)
        .toList());
    members.put(Group.ENGLAND, directory.existingOn(asOf).stream().map(standings::get).toList());
    Map<Group, Map<JudgementArea, Distribution>> distributions = new EnumMap<>(Group.class);
    members.forEach((group, list) -> {
      Map<JudgementArea, Distribution> byArea = new EnumMap<>(JudgementArea.class);
      for (JudgementArea area : areas) {
        byArea.put(area, Distribution.of(list.stream()
            .map(s -> s.grade(area).orElseThrow()).toList()));
      }
      distributions.put(group, byArea);
    });
    return new Comparison(asOf, framework, areas, standings.get(authority), neighbours,
        distributions);
  }

  /** The framework with graded inspections in force on the date, the newest when two are. */
  private static Framework frameworkOn(LocalDate asOf) {
    return Arrays.stream(Framework.values())
        .filter(f -> f.isInForceOn(asOf) && !f.gradedAreas().isEmpty())
        .max(Comparator.comparing(Framework::inForceFrom))
        .orElseThrow(() -> new IllegalArgumentException("asOf: no framework graded inspections"
            + " on " + asOf + " (the first began on " + Framework.SLAC_2009.inForceFrom()
            + ")"));
  }

  /** Overall effectiveness where graded or once its chain has ended, then the other areas. */
  private static List<JudgementArea> areasCompared(Framework framework, LocalDate asOf) {
    List<JudgementArea> out = new ArrayList<>();
    JudgementArea overall = JudgementArea.OVERALL_EFFECTIVENESS;
    boolean overallEnded = AreaChain.of(overall).end()
        .filter(e -> !asOf.isBefore(e.endedBy().inForceFrom())).isPresent();
    if (framework.judges(overall) || overallEnded) {
      out.add(overall);
    }
    framework.gradedAreas().stream().map(framework::followedAs).filter(a -> a != overall)
        .forEach(out::add);
    return out;
  }

  private static String describeLife(AuthorityEntry e) {
    return e.created().map(d -> " (created " + d + ")").orElse("")
        + e.abolished().map(d -> " (abolished " + d + ")").orElse("");
  }

  /** A grade in lower-case words, such as "requires improvement". */
  static String word(Grade grade) {
    return grade.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the date of the comparison.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the framework whose areas are compared: the newest with graded inspections in force
   * on the date.
   *
   * @return the framework, never null
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns the areas compared, overall effectiveness first where it is included.
   *
   * @return an unmodifiable list, never empty
   */
  public List<JudgementArea> areas() {
    return areas;
  }

  /**
   * Returns the authority compared.
   *
   * @return its standing, never null
   */
  public Standing authority() {
    return authority;
  }

  /**
   * Returns the region of the authority.
   *
   * @return the region, never null
   */
  public Region region() {
    return authority.authority().region();
  }

  /**
   * Returns its statistical neighbours that existed on the date, closest first.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Standing> neighbours() {
    return neighbours;
  }

  /**
   * Returns how many authorities of a group held each grade in an area. The region and England
   * include the authority itself; its neighbours do not.
   *
   * @param area an area of {@link #areas()}, not null
   * @param group the group, not null
   * @return the distribution, never null
   * @throws IllegalArgumentException when the area is not compared
   */
  public Distribution distribution(JudgementArea area, Group group) {
    Distribution d = distributions.get(group).get(area);
    if (d == null) {
      throw new IllegalArgumentException("area: " + area + " is not compared as of " + asOf
          + "; the areas are " + areas);
    }
    return d;
  }

  /**
   * Returns how many of the other authorities of a group stood ahead of the authority in an
   * area, level with it and behind it.
   *
   * @param area an area of {@link #areas()}, not null
   * @param group the group, not null
   * @return the position, or empty when the authority held no grade in the area
   * @throws IllegalArgumentException when the area is not compared
   */
  public Optional<Position> position(JudgementArea area, Group group) {
    Distribution d = distribution(area, group);
    return authority.grade(area).orElseThrow().grade()
        .map(g -> group == Group.NEIGHBOURS ? d.around(g) : d.without(g).around(g));
  }

  @Override
  public String toString() {
    return "Comparison[" + authority.authority().code() + " as of " + asOf + "]";
  }
}
