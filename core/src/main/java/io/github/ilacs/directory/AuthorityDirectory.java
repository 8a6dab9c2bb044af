package io.github.ilacs.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every English local authority with children's services responsibilities, current and
 * abolished since 2019, with look-ups by DfE code, Ofsted URN, ONS code and name.
 *
 * <p>Name look-ups ignore case, accents, punctuation, "&amp;" for "and", and the words councils
 * put around their names ("Nottinghamshire County Council", "London Borough of Barnet", "City of
 * York"). A name that fits more than one authority ("Dorset" names the county abolished in 2019
 * and the unitary authority created then) resolves only with a date; without one the answer is
 * empty, never a guess. The data and their corrections: {@code docs/directory.md}. Immutable and
 * thread-safe.
 */
public final class AuthorityDirectory {
  private final List<AuthorityEntry> all;
  private final Map<String, AuthorityEntry> byCode = new HashMap<>();
  private final Map<String, AuthorityEntry> byUrn = new HashMap<>();
  private final Map<String, AuthorityEntry> byOns = new HashMap<>();
  private final Map<String, List<AuthorityEntry>> byName = new HashMap<>();

  private AuthorityDirectory(List<AuthorityEntry> entries) {
    this.all = List.copyOf(entries);
    for (AuthorityEntry e : all) {
      byCode.put(e.code(), e);
      e.urn().ifPresent(u -> byUrn.put(u, e));
      e.onsCode().ifPresent(o -> byOns.put(o, e));
      for (String name : e.names()) {
        List<AuthorityEntry> list = byName.computeIfAbsent(NameKey.of(name), k -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
      }
    }
  }

  /**
   * Returns the directory built from the data shipped in this library (156 authorities from
   * the Data to Insight table and the two abolished in 2019 that it lacks).
   *
   * @return the built-in directory, the same instance on every call
   */
  public static AuthorityDirectory builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Returns every authority, current and abolished, in the order of the source table.
   *
   * @return the entries, unmodifiable
   */
  public List<AuthorityEntry> all() {
    return all;
  }

  /**
   * Returns the authorities that existed on a day.
   *
   * @param day the day; not null
   * @return the entries, unmodifiable, in the order of {@link #all()}
   */
  public List<AuthorityEntry> existingOn(LocalDate day) {
    required(day, "day");
    return all.stream().filter(e -> e.existsOn(day)).toList();
  }

  /**
   * Finds an authority by its three-digit DfE code, such as {@code 891}.
   *
   * @param code the code, surrounding spaces ignored; not null
   * @return the authority, or empty when no authority has that code
   */
  public Optional<AuthorityEntry> byCode(String code) {
    return Optional.ofNullable(byCode.get(required(code, "code").trim()));
  }

  /**
   * Finds an authority by its Ofsted unique reference number, such as {@code 80534}.
   *
   * @param urn the URN, surrounding spaces ignored; not null
   * @return the authority, or empty when no authority has that URN
   */
  public Optional<AuthorityEntry> byUrn(String urn) {
    return Optional.ofNullable(byUrn.get(required(urn, "urn").trim()));
  }

  /**
   * Finds an authority by its ONS area code, such as {@code E10000024}, ignoring case.
   *
   * @param onsCode the code, surrounding spaces ignored; not null
   * @return the authority, or empty when no authority has that code
   */
  public Optional<AuthorityEntry> byOnsCode(String onsCode) {
    return Optional.ofNullable(byOns.get(required(onsCode, "onsCode").trim()
        .toUpperCase(Locale.ROOT)));
  }

  /**
   * Finds the one authority a name fits.
   *
   * @param name any spelling in use, such as "Bristol, City of", "bristol" or "Bristol City
   *     Council"; not null
   * @return the authority, or empty when no authority or more than one fits the name
   */
  public Optional<AuthorityEntry> byName(String name) {
    List<AuthorityEntry> candidates = candidates(name);
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /**
   * Finds the authority a name meant on a day: of the authorities the name fits, the one that
   * existed that day; when the name fits one authority only, that one.
   *
   * @param name any spelling in use; not null
   * @param day the day the name was used, such as an inspection's start; not null
   * @return the authority, or empty when none fits, or when several fit and not exactly one
   *     existed that day
   */
  public Optional<AuthorityEntry> byName(String name, LocalDate day) {
    required(day, "day");
    List<AuthorityEntry> candidates = candidates(name);
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<AuthorityEntry> then = candidates.stream().filter(e -> e.existsOn(day)).toList();
    return then.size() == 1 ? Optional.of(then.get(0)) : Optional.empty();
  }

  /**
   * Returns every authority a name fits, so that a caller can say why a name is ambiguous.
   *
   * @param name any spelling; not null
   * @return the entries, unmodifiable, possibly empty
   */
  public List<AuthorityEntry> candidates(String name) {
    return List.copyOf(byName.getOrDefault(NameKey.of(required(name, "name")), List.of()));
  }

  /**
   * Returns an authority's statistical neighbours, closest first.
   *
   * @param authority an entry of this directory; not null
   * @return the neighbours, unmodifiable; empty for an abolished authority
   */
  public List<AuthorityEntry> statisticalNeighbours(AuthorityEntry authority) {
    List<AuthorityEntry> out = new ArrayList<>();
    for (String code : required(authority, "authority").statisticalNeighbourCodes()) {
      AuthorityEntry e = byCode.get(code);
      if (e != null) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the authorities of a region that existed on a day.
   *
   * @param region the region; not null
   * @param day the day; not null
   * @return the entries, unmodifiable, in the order of {@link #all()}
   */
  public List<AuthorityEntry> inRegion(Region region, LocalDate day) {
    required(region, "region");
    required(day, "day");
    return all.stream().filter(e -> e.region() == region && e.existsOn(day)).toList();
  }

  /** Refuses a null argument as docs/null-policy.md says. */
  static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": is required but was null");
    }
    return value;
  }

  /**
   * Reads the shipped data into a new directory; {@link #builtIn()} keeps one. Tests read it
   * afresh, so that what they check is the reading and not a copy made earlier in the JVM.
   */
  static AuthorityDirectory load() {
    return new AuthorityDirectory(DirectoryData.load());
  }

  /** Holds the built-in directory, read on first use. */
  private static final class BuiltIn {
    static final AuthorityDirectory INSTANCE = load();
  }
}
