package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the authority a user named, by DfE code or by one of its names, among histories. */
final class Authorities {
  private static final Pattern CODE = Pattern.compile("\\d{3}");

  private Authorities() {}

  /** Whether the text is a DfE code (three digits). */
  static boolean isCode(String text) {
    return CODE.matcher(text).matches();
  }

  /** The history of the authority named, or a one-line error saying what is missing. */
  static InspectionHistory find(String authority, List<InspectionHistory> histories,
      AuthorityDirectory directory, LocalDate asOf, String source) {
    String code = authority;
    if (!isCode(authority)) {
      Optional<AuthorityEntry> entry = directory.byName(authority, asOf)
          .or(() -> directory.byName(authority));
      Optional<InspectionHistory> byName = histories.stream()
          .filter(h -> h.authority().name().equalsIgnoreCase(authority.strip())).findFirst();
      if (byName.isPresent()) {
        return byName.get();
      }
      code = entry.map(AuthorityEntry::code).orElseThrow(() -> new UserError("authority '"
          + Printing.escapeLine(authority) + "': no authority has this name"));
    }
    String wanted = code;
    return histories.stream().filter(h -> h.authority().code().equals(wanted)).findFirst()
        .orElseThrow(() -> new UserError("authority '" + Printing.escapeLine(authority) + "': "
            + source + " holds no record for DfE code " + wanted));
  }
}
