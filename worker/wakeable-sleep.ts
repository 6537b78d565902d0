/** A sleep that `wake()` cuts short; a wake with no sleep in progress does nothing. */
export function wakeableSleep(): { sleep(ms: number): Promise<void>; wake(): void } {
  let wakeUp: (() => void) | null = null;
  return {
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    wake: () => {
      wakeUp?.();
      wakeUp = null;
    },
  };
}
