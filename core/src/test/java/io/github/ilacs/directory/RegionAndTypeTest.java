package io.github.ilacs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RegionAndTypeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      EM                       | EAST_MIDLANDS    | EM | East Midlands
      ' gl '                   | LONDON           | GL | London
      yorkshire and the humber | YORKSHIRE_AND_THE_HUMBER | YH | Yorkshire and the Humber
      """)
  void regionsAreFoundByCodeOrTitle(String text, Region region, String code, String title) {
    assertThat(Region.find(text)).contains(region);
    assertThat(region.code()).isEqualTo(code);
    assertThat(region.title()).isEqualTo(title);
  }

  @ParameterizedTest
  @EnumSource(Region.class)
  void everyRegionIsFoundByItsCodeAndTitle(Region region) {
    assertThat(Region.find(region.code())).contains(region);
    assertThat(Region.find(region.title())).contains(region);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      London Borough       | LONDON_BOROUGH        | London Borough
      metropolitan_district | METROPOLITAN_DISTRICT | Metropolitan District
      ' unitary authority ' | UNITARY_AUTHORITY    | Unitary Authority
      COUNTY               | COUNTY                | County
      """)
  void typesAreFoundByNameOrTitle(String text, AuthorityType type, String title) {
    assertThat(AuthorityType.find(text)).contains(type);
    assertThat(type.title()).isEqualTo(title);
  }
}
