/** A start-up failure the user can act on: the message says what happened and what to do. */
export class DatabaseStartError extends Error {
  override name = "DatabaseStartError";
}
