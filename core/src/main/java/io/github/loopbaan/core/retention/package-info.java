/**
 * Retention (Dutch: bewaartermijnen): when the personal and health data of a record are due for
 * erasure, computed from the record's own dates by a {@link
 * io.github.loopbaan.core.retention.RetentionPolicy} the application can override. The library
 * answers "what is due on this day, and why"; it keeps no clock and erases nothing by itself.
 */
package io.github.loopbaan.core.retention;
