/**
 * A small REST service on Spring Boot 4 that validates inspection histories and answers pathway
 * questions, reading and writing the ilacs JSON format through Boot's own Jackson 3 mapper.
 */
@NullMarked
package io.github.ilacs.examples.boot;

import org.jspecify.annotations.NullMarked;
