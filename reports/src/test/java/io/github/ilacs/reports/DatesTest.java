package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Inspection dates: 7 October 2019 to 18 October 2019 | 2019-10-07 2019-10-18",
      "Inspection date: 28 January–5 February 2014 | 2014-01-28 2014-02-05",
      "Inspection date: 11 May 2015 – 4 June 2015 Report published: 20 July 2015"
          + " | 2015-05-11 2015-06-04",
      "Inspection dates: 20 to 24 May 2024 Lead inspector: A Name | 2024-05-20 2024-05-24",
      "visited on 30 and 31 January 2018. Two inspectors | 2018-01-30 2018-01-31",
      "services on 31 January and 1 February 2018. Two inspectors | 2018-01-31 2018-02-01",
      "on 3rd to 7th March and 17th to 21st March 2025 | 2025-03-03 2025-03-07 2025-03-17"
          + " 2025-03-21",
      "Inspection dates: 15 – 19 July 2013 | 2013-07-15 2013-07-19",
      "services on 26 November 2025. The inspectors | 2025-11-26",
      "In 16 cases the notes were late, on 9 May 2019 | 2019-05-09",
      "no dates here at all | ''",
      "on 31 February 2019 | ''"})
  void readsRunsOfDates(String text, String expected) {
    assertThat(Dates.run(text).stream().map(LocalDate::toString)
        .collect(Collectors.joining(" "))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "22 February 2018 | 2018-02-22",
      "1 June 2022 | 2022-06-01",
      "T 0300 123 1231 | ''",
      "Dear Colin, 22 February 2018 | ''"})
  void readsALineThatIsOnlyADate(String line, String expected) {
    assertThat(Dates.lone(line).map(LocalDate::toString).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "visited on 4 and 5 December. Two inspectors | 2019-01-20 | 2018-12-04 2018-12-05",
      "visited on 14 and 15 January. Two inspectors | 2019-02-20 | 2019-01-14 2019-01-15",
      "visited on 14 and 15 January 2018. Two inspectors | 2019-02-20 | 2018-01-14 2018-01-15",
      "visited on 14 and 15 January. Two inspectors | '' | ''"})
  void aRunWithoutAYearTakesTheLatestYearNotAfterTheLetter(String text, String letter,
      String expected) {
    LocalDate latest = letter.isEmpty() ? null : LocalDate.parse(letter);

    assertThat(Dates.run(text, latest).stream().map(LocalDate::toString)
        .collect(Collectors.joining(" "))).isEqualTo(expected);
  }
}
