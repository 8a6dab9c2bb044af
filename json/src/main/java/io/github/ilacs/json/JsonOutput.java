package io.github.ilacs.json;

import java.io.IOException;

/**
 * A JSON generator as the engine writes to it. A Jackson module implements it over its
 * generator; property names come as {@link PropertyName}s, which the module may encode once
 * (as Jackson's own serializers keep their names), or as strings for the few names that are
 * data (rule codes).
 *
 * <p>The engine calls the methods in an order that makes well-formed JSON. The
 * {@link IOException} they may throw is the generator's own failure, passed through.
 */
public interface JsonOutput {
  /**
   * Writes {@code &#123;}.
   *
   * @throws IOException when the generator fails
   */
  void startObject() throws IOException;

  /**
   * Writes {@code &#125;}.
   *
   * @throws IOException when the generator fails
   */
  void endObject() throws IOException;

  /**
   * Writes {@code [}.
   *
   * @throws IOException when the generator fails
   */
  void startArray() throws IOException;

  /**
   * Writes {@code ]}.
   *
   * @throws IOException when the generator fails
   */
  void endArray() throws IOException;

  /**
   * Writes a property name of the format.
   *
   * @param name the name
   * @throws IOException when the generator fails
   */
  void name(PropertyName name) throws IOException;

  /**
   * Writes a property name that is data, such as a rule code.
   *
   * @param name the name
   * @throws IOException when the generator fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a string value.
   *
   * @param value the text
   * @throws IOException when the generator fails
   */
  void string(String value) throws IOException;

  /**
   * Writes a string value held in part of a char array (the engine writes dates this way).
   *
   * @param buffer the chars
   * @param offset the first char
   * @param length how many chars
   * @throws IOException when the generator fails
   */
  void string(char[] buffer, int offset, int length) throws IOException;

  /**
   * Writes a number.
   *
   * @param value the number
   * @throws IOException when the generator fails
   */
  void number(int value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   * @throws IOException when the generator fails
   */
  void bool(boolean value) throws IOException;
}
