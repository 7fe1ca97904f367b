package org.recoupe.ingest;

/**
 * Why a file or record could not be read. Reported to the user with its location; the batch goes
 * on.
 *
 * @param file the file's path
 * @param location where in the file ({@code "line 12"}, {@code "record <urn:uuid:...>"}), or
 *     {@code null} for the whole file
 * @param reason what is wrong, in words a user can act on
 */
public record Problem(String file, String location, String reason) {
  /** One line for logs: {@code file (line 12): reason}. */
  public String describe() {
    return (location == null ? file : file + " (" + location + ")") + ": " + reason;
  }
}
