/**
 * Lets only the newest piece of work finish: each `begin()` makes every earlier one stale, as
 * does `cancel()`, so a slow re-read overtaken by a newer one, or by a switch-off, changes nothing.
 */
export type WorkToken = { readonly current: boolean };

export function latestWork() {
  let generation = 0;
  return {
    begin(): WorkToken {
      const mine = ++generation;
      return { get current() { return mine === generation; } };
    },
    /** A token for work that joins the newest begun (an update to what the last refresh showed). */
    join(): WorkToken {
      const mine = generation;
      return { get current() { return mine === generation; } };
    },
    cancel() {
      generation++;
    },
  };
}
