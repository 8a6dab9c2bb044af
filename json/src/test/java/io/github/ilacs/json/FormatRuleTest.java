package io.github.ilacs.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Invariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue of format rules, and the shared bad-input cases that both Jackson modules run:
 * well formed, and firing every rule a document can break.
 */
class FormatRuleTest {
  /** The shared cases, read by path from the module directory as the Jackson modules do. */
  static final Path CASES = Path.of("src", "test", "resources", "io", "github", "ilacs", "json",
      "cases", "bad-input.tsv");

  /** Rules no document can break: type ids need a mapper with default typing. */
  private static final Set<String> NOT_FROM_A_DOCUMENT = Set.of(FormatRule.NO_TYPE_IDS.code(),
      // the format reads no notice; a national framework number 0 is refused as JS08
      Invariant.VALUE_IN_RANGE.code());

  static List<String[]> cases() throws IOException {
    return Files.readAllLines(CASES).stream()
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1)).toList();
  }

  @Test
  void codesAreNumberedFromJs01WithoutGaps() {
    FormatRule[] all = FormatRule.values();
    for (int i = 0; i < all.length; i++) {
      assertThat(all[i].code()).isEqualTo(String.format("JS%02d", i + 1));
    }
  }

  @ParameterizedTest
  @EnumSource(FormatRule.class)
  void everyRuleStatesWhatItRequires(FormatRule rule) {
    assertThat(rule.statement()).isNotBlank().doesNotEndWith(".");
  }

  @Test
  void everyCaseHasFiveColumnsAPointerAndAKnownCode() throws IOException {
    Set<String> known = new TreeSet<>();
    Arrays.stream(FormatRule.values()).forEach(r -> known.add(r.code()));
    Arrays.stream(Invariant.values()).forEach(v -> known.add(v.code()));
    for (String[] c : cases()) {
      assertThat(c).hasSize(5);
      assertThat(c[2]).startsWith("/");
      assertThat(known).contains(c[3]);
      assertThat(c[4]).isNotBlank();
    }
  }

  @Test
  void theCasesFireEveryRuleADocumentCanBreak() throws IOException {
    Set<String> fired = cases().stream().map(c -> c[3]).collect(Collectors.toSet());
    Set<String> expected = new TreeSet<>();
    Arrays.stream(FormatRule.values()).forEach(r -> expected.add(r.code()));
    Arrays.stream(Invariant.values()).forEach(v -> expected.add(v.code()));
    expected.removeAll(NOT_FROM_A_DOCUMENT);
    assertThat(fired).containsAll(expected).doesNotContainAnyElementsOf(NOT_FROM_A_DOCUMENT);
  }

  @Test
  void everyTypeNamedByACaseIsRead() throws IOException {
    Set<String> read = JsonFormat.readers().stream().map(r -> r.type().getSimpleName())
        .collect(Collectors.toSet());
    assertThat(cases()).allSatisfy(c -> assertThat(read).contains(c[0]));
  }
}
