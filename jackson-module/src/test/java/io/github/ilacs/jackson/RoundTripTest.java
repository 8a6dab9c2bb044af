package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  @Test
  void everyImportedHistoryRoundTripsAndValidates() throws Exception {
    List<InspectionHistory> histories = Fixtures.realOutcomes().histories();
    assertThat(histories).hasSize(153);
    for (InspectionHistory h : histories) {
      String json = Fixtures.MAPPER.writeValueAsString(h);
      assertThat(Fixtures.MAPPER.readValue(json, InspectionHistory.class))
          .as(h.authority().name()).isEqualTo(h);
      JsonNode node = Fixtures.MAPPER.readTree(json);
      assertThat(Fixtures.schemaErrors(node)).as(h.authority().name()).isEmpty();
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).map(i -> 20_261_122L + i).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomHistoriesRoundTripAndValidate(long seed) throws Exception {
    InspectionHistory h = randomHistory(new Random(seed));
    String json = Fixtures.MAPPER.writeValueAsString(h);
    assertThat(Fixtures.MAPPER.readValue(json, InspectionHistory.class))
        .as("seed %d: %s", seed, json).isEqualTo(h);
    assertThat(Fixtures.schemaErrors(Fixtures.MAPPER.readTree(json)))
        .as("seed %d: %s", seed, json).isEmpty();
  }

  private static <E> E pick(Random r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  static InspectionHistory randomHistory(Random r) {
    LocalAuthority.Builder a = LocalAuthority.builder()
        .name("Authority \"" + r.nextInt(1000) + "\" \u00e9 \n\t")
        .code(String.format("%03d", r.nextInt(1000)));
    if (r.nextBoolean()) {
      a.urn(Integer.toString(10000 + r.nextInt(90_000_000)));
    }
    if (r.nextBoolean()) {
      a.onsCode((r.nextBoolean() ? "E" : "W") + String.format("%08d", r.nextInt(100_000_000)));
    }
    LocalAuthority authority = a.build();
    List<Inspection> inspections = new ArrayList<>();
    int n = r.nextInt(5);
    for (int k = 0; k < n; k++) {
      LocalDate start = LocalDate.of(2009, 1, 1).plusDays(r.nextInt(7000));
      LocalDate end = start.plusDays(r.nextInt(30));
      Inspection.Builder b = Inspection.builder().authority(authority)
          .framework(pick(r, Framework.values())).kind(pick(r, InspectionKind.values()))
          .start(start).end(end);
      if (r.nextBoolean()) {
        b.published(end.plusDays(r.nextInt(90)));
      }
      EnumSet<JudgementArea> areas = EnumSet.noneOf(JudgementArea.class);
      for (int j = r.nextInt(5); j > 0; j--) {
        JudgementArea area = pick(r, JudgementArea.values());
        if (areas.add(area)) {
          b.judgement(area, pick(r, Grade.values()));
        }
      }
      for (int j = r.nextInt(3); j > 0; j--) {
        Finding.Builder f = Finding.builder().kind(pick(r, FindingKind.values()))
            .summary("Summary " + r.nextLong());
        if (r.nextBoolean()) {
          f.area(pick(r, JudgementArea.values()));
        }
        for (int t = r.nextInt(4); t > 0; t--) {
          f.addThemes(pick(r, Theme.values()));
        }
        b.addFindings(f.build());
      }
      if (r.nextBoolean()) {
        b.focus(pick(r, Theme.values()));
      }
      if (r.nextBoolean()) {
        b.source(new Source("Report " + r.nextInt(), start,
            r.nextBoolean() ? Optional.of("https://example.org/" + r.nextInt()) : Optional.empty()));
      }
      inspections.add(b.build());
    }
    return InspectionHistory.of(authority, inspections);
  }
}
