/** Implementation details shared by the library's packages; not exported. */
@NullMarked
package io.github.ilacs.internal;

import org.jspecify.annotations.NullMarked;
