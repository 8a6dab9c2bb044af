package io.github.ilacs.pathway;

import io.github.ilacs.LocalAuthority;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.time.LocalDate;
import java.util.Optional;

/** When an authority was created, from the built-in directory. */
final class Creation {
  private Creation() {}

  /** The day the authority was created, when the directory records one for its DfE code. */
  static Optional<LocalDate> of(LocalAuthority authority) {
    return AuthorityDirectory.builtIn().byCode(authority.code()).flatMap(AuthorityEntry::created);
  }
}
