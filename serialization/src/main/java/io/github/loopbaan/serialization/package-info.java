/** The JSON wire format of the Loopbaan model: a Jackson 3 module, versioned documents and privacy views. */
package io.github.loopbaan.serialization;
