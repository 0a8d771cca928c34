package io.github.loopbaan.core.serializationfixture;

/**
 * A factory in a class that is not public: other packages may call it only after making it
 * accessible.
 */
final class Sealed {

  private Sealed() {}

  /**
   * @param argument a text
   * @return the text, marked
   */
  public static String of(String argument) {
    return "sealed " + argument;
  }
}
