package io.github.ilacs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.LocalAuthority;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorityDirectoryTest {
  /** Read afresh for each test (see {@link AuthorityDirectory#load()}). */
  private final AuthorityDirectory directory = AuthorityDirectory.load();

  @Test
  void holdsTheSourceTableAndTheTwoAuthoritiesItLacks() {
    assertThat(directory.all()).hasSize(158);
    assertThat(directory.existingOn(LocalDate.of(2024, 12, 31))).hasSize(153);
    // before 2019: 153 less the six created since, plus the five abolished since
    assertThat(directory.existingOn(LocalDate.of(2018, 1, 1))).hasSize(152);
  }

  @Test
  void shipsTheSourceTableUnedited() throws IOException {
    byte[] shipped;
    try (var in = AuthorityDirectory.class.getResourceAsStream("local-authorities.csv")) {
      shipped = in.readAllBytes();
    }
    assertThat(shipped).isEqualTo(Files.readAllBytes(SharedData.data("local-authorities.csv")));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource({
      "887, region, SOUTH_EAST",
      "909, region, NORTH_WEST",
      "942, type, UNITARY_AUTHORITY",
      "943, type, UNITARY_AUTHORITY",
      "928, type, COUNTY",
      "836, type, UNITARY_AUTHORITY",
      "891, region, EAST_MIDLANDS",
      "891, type, COUNTY"})
  void correctsTheKnownFaultsOfTheSourceTable(String code, String what, String expected) {
    AuthorityEntry e = directory.byCode(code).orElseThrow();
    Object actual = what.equals("region") ? e.region() : e.type().orElseThrow();
    assertThat(actual).hasToString(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "835, Dorset, -, -, SOUTH_WEST, 2019-04-01, '838,839'",
      "837, Bournemouth, -, -, SOUTH_WEST, 2019-04-01, '839'",
      "836, Poole, 137316, -, SOUTH_WEST, 2019-04-01, '839'",
      "928, Northamptonshire, 121939, -, EAST_MIDLANDS, 2021-04-01, '940,941'",
      "909, Cumbria, 135513, -, NORTH_WEST, 2023-04-01, '942,943'"})
  void abolishedAuthoritiesKeepOnlyWhatTheDataGive(String code, String name, String urn,
      String ons, String region, LocalDate abolished, String successors) {
    AuthorityEntry e = directory.byCode(code).orElseThrow();
    assertThat(e.name()).isEqualTo(name);
    assertThat(e.urn()).isEqualTo(Optional.ofNullable(urn));
    assertThat(e.onsCode()).isEqualTo(Optional.ofNullable(ons));
    assertThat(e.region()).hasToString(region);
    assertThat(e.abolished()).contains(abolished);
    assertThat(e.successors()).containsExactly(successors.split(","));
    assertThat(e.statisticalNeighbourCodes()).isEmpty();
    assertThat(e.existsOn(abolished.minusDays(1))).isTrue();
    assertThat(e.existsOn(abolished)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "838, 2019-04-01, '835'",
      "839, 2019-04-01, '835,836,837'",
      "940, 2021-04-01, '928'",
      "941, 2021-04-01, '928'",
      "942, 2023-04-01, '909'",
      "943, 2023-04-01, '909'"})
  void createdAuthoritiesNameTheirPredecessors(String code, LocalDate created,
      String predecessors) {
    AuthorityEntry e = directory.byCode(code).orElseThrow();
    assertThat(e.created()).contains(created);
    assertThat(e.predecessors()).containsExactlyInAnyOrder(predecessors.split(","));
    assertThat(e.existsOn(created.minusDays(1))).isFalse();
    assertThat(e.existsOn(created)).isTrue();
    assertThat(e.abolished()).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Nottinghamshire | 891",
      "NOTTINGHAMSHIRE COUNTY COUNCIL | 891",
      "Nottinghamshire Council | 891",
      "  nottinghamshire  | 891",
      "Bristol, City of | 801",
      "Bristol | 801",
      "Bristol City Council | 801",
      "City of Bristol | 801",
      "Kingston upon Hull | 810",
      "Kingston Upon Hull, City of | 810",
      "Hull City Council | 810",
      "St. Helens | 342",
      "st helens | 342",
      "Telford & Wrekin | 894",
      "Telford and Wrekin Council | 894",
      "windsor & maidenhead | 868",
      "Royal Borough of Windsor and Maidenhead | 868",
      "London Borough of Barnet | 302",
      "london corporation | 201",
      "City of London | 201",
      "bedford | 822",
      "Bedford Borough Council | 822",
      "City of York Council | 816",
      "Council of the Isles of Scilly | 420",
      "Durham County Council | 840",
      "County Durham | 840",
      "bournemouth, christchurch & poole | 839",
      "BCP | 839",
      "Poole | 836",
      "Cumbria County Council | 909"})
  void resolvesTheSpellingsInUse(String name, String code) {
    assertThat(directory.byName(name)).map(AuthorityEntry::code).contains(code);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Dorset", "dorset council", "Bournemouth", "Atlantis", "", "  ",
      "Council", "County Council"})
  void ambiguousOrUnknownNamesWithoutADateAreEmpty(String name) {
    assertThat(directory.byName(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" on {1}")
  @CsvSource({
      "Dorset, 2018-06-01, 835",
      "Dorset, 2019-03-31, 835",
      "Dorset, 2019-04-01, 838",
      "Dorset County Council, 2018-01-01, 835",
      "Bournemouth, 2015-05-01, 837",
      "Bournemouth, 2020-05-01, 839",
      "Nottinghamshire, 2010-01-01, 891",
      "Poole, 2024-01-01, 836"})
  void aDateResolvesANameToTheAuthorityThatExistedThen(String name, LocalDate day,
      String code) {
    assertThat(directory.byName(name, day)).map(AuthorityEntry::code).contains(code);
  }

  @Test
  void onlyDorsetAndBournemouthAreAmbiguous() {
    List<String> ambiguous = directory.all().stream().flatMap(e -> e.names().stream())
        .filter(n -> directory.candidates(n).size() > 1).map(NameKey::of).distinct().sorted()
        .toList();
    assertThat(ambiguous).containsExactly("bournemouth", "dorset");
  }

  @Test
  void everyAuthorityOfTheSourceTableResolvesByCodeUrnOnsCodeAndEachName() throws IOException {
    for (Map<String, String> row : SharedData.rows("local-authorities.csv")) {
      String code = row.get("la_code");
      assertThat(directory.byCode(code)).as(code).isPresent();
      assertThat(directory.byUrn(row.get("urn"))).as(row.get("urn")).map(AuthorityEntry::code)
          .contains(code);
      if (!row.get("la_code_new").isEmpty()) {
        assertThat(directory.byOnsCode(row.get("la_code_new"))).map(AuthorityEntry::code)
            .contains(code);
      }
      Stream.concat(Stream.of(row.get("local_authority_ons_name")),
              DirectoryData.alsoKnownAs(row.get("also_known_as")).stream())
          .filter(n -> !n.equals("Bournemouth"))
          .forEach(n -> assertThat(directory.byName(n, LocalDate.of(2024, 1, 1)))
              .as(n).map(AuthorityEntry::code).contains(code));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"la-inspection-outcomes-to-2023.csv",
      "la-inspection-outcomes-to-2024.csv"})
  void everyAuthorityOfTheOutcomesFilesResolvesByCodeUrnAndName(String file)
      throws IOException {
    List<Map<String, String>> rows = SharedData.rows(file);
    assertThat(rows).isNotEmpty();
    for (Map<String, String> row : rows) {
      String code = row.get("la_code");
      LocalDate start = LocalDate.parse(row.get("inspection_start"));
      assertThat(directory.byCode(code)).as(code).isPresent();
      assertThat(directory.byUrn(row.get("la_urn"))).map(AuthorityEntry::code).contains(code);
      assertThat(directory.byName(row.get("local_authority"), start)).as(row.get("local_authority"))
          .map(AuthorityEntry::code).contains(code);
      if (directory.candidates(row.get("local_authority")).size() == 1) {
        assertThat(directory.byName(row.get("local_authority"))).map(AuthorityEntry::code)
            .contains(code);
      } else {
        assertThat(row.get("local_authority")).isEqualTo("dorset");
        assertThat(directory.byName(row.get("local_authority"))).isEmpty();
      }
    }
  }

  @Test
  void neighboursComeClosestFirstAndAreCurrentAuthorities() {
    AuthorityEntry notts = directory.byCode("891").orElseThrow();
    assertThat(directory.statisticalNeighbours(notts)).extracting(AuthorityEntry::code)
        .containsExactly("830", "935", "933", "886", "926", "937", "855", "802", "860", "888");
    LocalDate today = LocalDate.of(2026, 12, 1);
    for (AuthorityEntry e : directory.existingOn(today)) {
      assertThat(directory.statisticalNeighbours(e)).as(e.toString()).hasSize(10)
          .allMatch(n -> n.existsOn(today)).doesNotContain(e);
    }
  }

  @Test
  void regionsHoldTheirAuthorities() {
    assertThat(directory.inRegion(Region.EAST_MIDLANDS, LocalDate.of(2024, 12, 31)))
        .extracting(AuthorityEntry::code).contains("891", "940", "941").doesNotContain("928")
        .hasSize(10);
    assertThat(directory.inRegion(Region.EAST_MIDLANDS, LocalDate.of(2020, 1, 1)))
        .extracting(AuthorityEntry::code).contains("928").doesNotContain("940", "941");
  }

  @Test
  void anEntryBecomesTheVocabularysAuthority() {
    assertThat(directory.byCode("891").orElseThrow().toLocalAuthority())
        .isEqualTo(LocalAuthority.builder().name("Nottinghamshire").code("891").urn("80534")
            .onsCode("E10000024").build());
    assertThat(directory.byCode("837").orElseThrow().toLocalAuthority())
        .isEqualTo(LocalAuthority.of("Bournemouth", "837"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"e10000024, 891", "E10000024 , 891", " 80534, 891"})
  void codesIgnoreCaseAndSpaces(String code, String expected) {
    Optional<AuthorityEntry> e = code.trim().startsWith("8")
        ? directory.byUrn(code) : directory.byOnsCode(code);
    assertThat(e).map(AuthorityEntry::code).contains(expected);
  }

  @Test
  void unknownCodesAreEmpty() {
    assertThat(directory.byCode("999")).isEmpty();
    assertThat(directory.byUrn("1")).isEmpty();
    assertThat(directory.byOnsCode("E99999999")).isEmpty();
    assertThat(Region.find("Atlantis")).isEmpty();
    assertThat(AuthorityType.find("parish")).isEmpty();
  }
}
