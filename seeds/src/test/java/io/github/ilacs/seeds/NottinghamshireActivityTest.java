package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NottinghamshireActivityTest {
  @ParameterizedTest
  @EnumSource(NottinghamshireActivity.class)
  void everyActivityShipsItsDocument(NottinghamshireActivity activity) throws IOException {
    try (InputStream in = NottinghamshireActivity.class.getResourceAsStream(
        activity.resourcePath())) {
      assertThat(in).as(activity.resourcePath()).isNotNull();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "STANDARD_INSPECTION_2019, STANDARD_INSPECTION_2019",
      "standard_inspection_2019, STANDARD_INSPECTION_2019",
      "2019-10-standard-inspection, STANDARD_INSPECTION_2019",
      "2019-10-standard-inspection.json, STANDARD_INSPECTION_2019",
      "' 2022-04-focused-visit ', FOCUSED_VISIT_2022",
      "2009-10-UNANNOUNCED-inspection, UNANNOUNCED_INSPECTION_2009",
      "2025-11-focused-visit-front-door.json, FOCUSED_VISIT_FRONT_DOOR_2025"})
  void findsAnActivityByConstantOrDocumentName(String name, NottinghamshireActivity expected) {
    assertThat(NottinghamshireActivity.find(name)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2019", "2019-01-focused-visit", "standard inspection 2019"})
  void findsNothingForOtherNames(String name) {
    assertThat(NottinghamshireActivity.find(name)).isEmpty();
  }

  @Test
  void activitiesAreListedInDateOrder() {
    NottinghamshireActivity[] all = NottinghamshireActivity.values();
    for (int i = 1; i < all.length; i++) {
      assertThat(all[i].letterDate()).isAfter(all[i - 1].letterDate());
      assertThat(all[i].documentName()).isGreaterThan(all[i - 1].documentName());
    }
  }
}
