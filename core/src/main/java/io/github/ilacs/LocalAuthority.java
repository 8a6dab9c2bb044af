package io.github.ilacs;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A local authority whose children's services Ofsted inspects: its name, its three-digit DfE
 * code and, optionally, its Ofsted unique reference number and ONS area code.
 *
 * <p>Two authorities are equal when all four values are equal exactly as written: a name is
 * data, and "NOTTINGHAMSHIRE" is a different value from "Nottinghamshire" (JSON written from one
 * reads back equal to it, never to the other). Whether two values name the same authority is a
 * different question, answered by the DfE code ({@link #isSameAuthorityAs(LocalAuthority)}), which
 * is what the validation rules and the directory use. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalAuthority implements WithLocalAuthority {
  private static final Pattern CODE = Pattern.compile("\\d{3}");
  private static final Pattern URN = Pattern.compile("\\d{5,8}");
  private static final Pattern ONS = Pattern.compile("[EW]\\d{8}");

  LocalAuthority() {}

  /**
   * Returns the authority's name, never blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the three-digit DfE local authority code, such as {@code 891} for Nottinghamshire.
   *
   * @return the code, exactly three digits
   */
  public abstract String code();

  /**
   * Returns Ofsted's unique reference number for the authority, such as {@code 80534}.
   *
   * @return the URN (5 to 8 digits), or empty
   */
  public abstract Optional<String> urn();

  /**
   * Returns the ONS area code, such as {@code E10000024}.
   *
   * @return the code (E or W and eight digits), or empty
   */
  public abstract Optional<String> onsCode();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "authority.name");
    Checks.matches(code(), CODE, Invariant.AUTHORITY_CODE_FORMAT, "authority.code",
        "three digits");
    urn().ifPresent(u -> Checks.matches(u, URN, Invariant.URN_FORMAT, "authority.urn",
        "5 to 8 digits"));
    onsCode().ifPresent(o -> Checks.matches(o, ONS, Invariant.ONS_CODE_FORMAT,
        "authority.onsCode", "E or W followed by eight digits"));
  }

  /**
   * Creates an authority with a name and DfE code only.
   *
   * @param name the name, not blank
   * @param code the three-digit DfE code
   * @return the authority
   * @throws InvalidInspectionException when the name is blank or the code is not three digits
   */
  public static LocalAuthority of(String name, String code) {
    return builder().name(name).code(code).build();
  }

  /**
   * Tells whether {@code other} names the same authority: the same DfE code, whatever the
   * spelling or case of the name and whether a URN or ONS code is recorded.
   *
   * @param other the other authority, not null
   * @return true when the codes are equal
   * @throws InvalidInspectionException when {@code other} is null
   */
  public boolean isSameAuthorityAs(LocalAuthority other) {
    Checks.required(other, "other");
    return code().equals(other.code());
  }

  /**
   * Returns a builder holding every value of this one, to change several at once; for one
   * value the generated {@code with...} methods return a checked copy directly.
   *
   * @return a new builder, independent of this value
   */
  public Builder toBuilder() {
    Builder b = builder();
    b.from(this);
    return b;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalAuthority}; {@code build()} checks the invariants and throws
   * {@link InvalidInspectionException} naming the first one broken.
   */
  public static final class Builder extends ImmutableLocalAuthority.Builder {
    Builder() {}
  }
}
