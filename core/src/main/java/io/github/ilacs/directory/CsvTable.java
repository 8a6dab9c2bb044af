package io.github.ilacs.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one of the directory's own CSV resources (RFC 4180: quoted fields may hold commas,
 * quotes and line breaks) into rows keyed by the header's column names. Only for the data this
 * package ships; user files go through the ilacs-jackson module's reader.
 */
final class CsvTable {
  private CsvTable() {}

  static List<Map<String, String>> read(String resource) {
    InputStream in = CsvTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the ilacs-core jar");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Map<String, String>> read(Reader reader, String name) throws IOException {
    try (BufferedReader r = new BufferedReader(reader)) {
      List<List<String>> records = records(r);
      List<String> header = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        if (record.size() != header.size()) {
          throw new IllegalStateException(name + ": a row has " + record.size()
              + " fields where the header has " + header.size());
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), record.get(i).trim());
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static List<List<String>> records(BufferedReader r) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int c = r.read(); c != -1; c = r.read()) {
      char ch = (char) c;
      if (quoted) {
        if (ch != '"') {
          field.append(ch);
        } else {
          r.mark(1);
          if (r.read() == '"') {
            field.append('"');
          } else {
            r.reset();
            quoted = false;
          }
        }
      } else if (ch == '"') {
        quoted = true;
        any = true;
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (ch == '\n') {
        if (any || field.length() > 0) {
          record.add(field.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else if (ch != '\r' && ch != '\uFEFF') {
        field.append(ch);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
