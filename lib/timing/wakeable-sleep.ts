/**
 * A sleep that `wake()` cuts short. A wake while nobody sleeps is remembered and ends the next sleep
 * at once (graphile/worker's nudge): a NOTIFY that arrives while the loop is busy claiming must not
 * wait out a whole poll interval. Several wakes before a sleep count as one.
 */
export function wakeableSleep(): { sleep(ms: number): Promise<void>; wake(): void } {
  let wakeUp: (() => void) | null = null;
  let woken = false;
  return {
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        if (woken) {
          woken = false;
          return resolve();
        }
        const timer = setTimeout(() => {
          wakeUp = null;
          resolve();
        }, ms);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    wake: () => {
      if (!wakeUp) {
        woken = true;
        return;
      }
      wakeUp();
      wakeUp = null;
    },
  };
}
