package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthoritiesTest {
  private static final Authorities AUTHORITIES = new Authorities(AuthorityDirectory.builtIn());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Inspection of West Northamptonshire local authority children’s services | 2022-10-03"
          + " | 941",
      "Focused visit to Northamptonshire children’s services | 2019-06-01 | 928",
      "Focused visit to Kingston upon Hull children’s services | 2018-02-06 | 810",
      "Council of the Isles of Scilly | 2019-10-14 | 420",
      "Royal Borough of Windsor & Maidenhead | 2020-01-13 | 868",
      "Focused visit to St Helens children’s services | 2020-01-13 | 342",
      "Focused visit to Poole children’s services | 2018-01-13 | 836",
      "Focused visit to Poole children’s services | 2020-01-13 | ''",
      "Focused visit to Narnia children’s services | 2020-01-13 | ''"})
  void findsTheLongestNameOfAnAuthorityExistingThatDay(String text, String day, String code) {
    assertThat(AUTHORITIES.named(text, LocalDate.parse(day)).map(AuthorityEntry::code)
        .orElse("")).isEqualTo(code);
  }
}
