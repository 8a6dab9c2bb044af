package io.github.ilacs.directory;

import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One local authority in the {@link AuthorityDirectory}: its codes, its official name and the
 * other spellings in use, its region and type, its statistical neighbours, and when it was
 * created or abolished by a reorganisation.
 *
 * <p>Values the source data do not give are empty, never guessed. Two entries are equal when
 * their DfE codes are equal (a code names one authority for its whole life). Immutable and
 * thread-safe.
 */
public final class AuthorityEntry {
  private final String code;
  private final @Nullable String urn;
  private final @Nullable String onsCode;
  private final String name;
  private final List<String> names;
  private final Region region;
  private final @Nullable AuthorityType type;
  private final List<String> neighbours;
  private final @Nullable LocalDate created;
  private final @Nullable LocalDate abolished;
  private final List<String> predecessors;
  private final List<String> successors;

  AuthorityEntry(String code, @Nullable String urn, @Nullable String onsCode, String name,
      List<String> names, Region region, @Nullable AuthorityType type, List<String> neighbours,
      @Nullable LocalDate created, @Nullable LocalDate abolished, List<String> predecessors,
      List<String> successors) {
    this.code = code;
    this.urn = urn;
    this.onsCode = onsCode;
    this.name = name;
    this.names = List.copyOf(names);
    this.region = region;
    this.type = type;
    this.neighbours = List.copyOf(neighbours);
    this.created = created;
    this.abolished = abolished;
    this.predecessors = List.copyOf(predecessors);
    this.successors = List.copyOf(successors);
  }

  /**
   * Returns the three-digit DfE local authority code, such as {@code 891}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns Ofsted's unique reference number for the authority.
   *
   * @return the URN, or empty where the source data do not give it (Bournemouth, old Dorset)
   */
  public Optional<String> urn() {
    return Optional.ofNullable(urn);
  }

  /**
   * Returns the ONS (GSS) area code, such as {@code E10000024}.
   *
   * @return the code, or empty for the abolished authorities the source data give none for
   */
  public Optional<String> onsCode() {
    return Optional.ofNullable(onsCode);
  }

  /**
   * Returns the official name, such as "Bristol, City of".
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns every spelling the directory knows for the authority, the official name first
   * (then the other names in use, such as "Bristol" or "london corporation").
   *
   * @return the names, unmodifiable, never empty
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the region the authority lies in.
   *
   * @return the region
   */
  public Region region() {
    return region;
  }

  /**
   * Returns the kind of council.
   *
   * @return the type
   */
  public Optional<AuthorityType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns the DfE codes of the authority's ten statistical neighbours, closest first, from the
   * DfE's children's services statistical neighbour benchmarking tool.
   *
   * @return the codes, unmodifiable; empty for abolished authorities
   */
  public List<String> statisticalNeighbourCodes() {
    return neighbours;
  }

  /**
   * Returns the first day the authority existed, where it was created by a reorganisation
   * since 2019.
   *
   * @return the date, or empty for an authority that existed throughout
   */
  public Optional<LocalDate> created() {
    return Optional.ofNullable(created);
  }

  /**
   * Returns the first day on which the authority no longer existed.
   *
   * @return the date, or empty for a current authority
   */
  public Optional<LocalDate> abolished() {
    return Optional.ofNullable(abolished);
  }

  /**
   * Returns the DfE codes of the authorities this one replaced.
   *
   * @return the codes, unmodifiable; empty when it replaced none
   */
  public List<String> predecessors() {
    return predecessors;
  }

  /**
   * Returns the DfE codes of the authorities that replaced this one.
   *
   * @return the codes, unmodifiable; empty for a current authority
   */
  public List<String> successors() {
    return successors;
  }

  /**
   * Tells whether the authority existed on a day: created on or before it and not yet abolished.
   *
   * @param day the day; not null
   * @return true when the authority existed that day
   */
  public boolean existsOn(LocalDate day) {
    AuthorityDirectory.required(day, "day");
    return (created == null || !day.isBefore(created))
        && (abolished == null || day.isBefore(abolished));
  }

  /**
   * Returns the authority as the vocabulary's {@link LocalAuthority}: the official name, the
   * DfE code, and the URN and ONS code where known.
   *
   * @return the authority
   */
  public LocalAuthority toLocalAuthority() {
    LocalAuthority.Builder b = LocalAuthority.builder().name(name).code(code);
    if (urn != null) {
      b.urn(urn);
    }
    if (onsCode != null) {
      b.onsCode(onsCode);
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AuthorityEntry && ((AuthorityEntry) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the name and code, such as {@code Nottinghamshire (891)}. */
  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
