/**
 * A sleep that a notification ends early. A wake is a flag: one that arrives while its owner is not
 * sleeping (reading, claiming) is kept and ends the next sleep at once, so none is lost between two.
 */
export class WakeFlag {
  #pending = false;
  #wake: (() => void) | null = null;

  /** Resolves true at a wake (at once when one came since the last sleep), false after `ms` or when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    if (this.#pending || signal.aborted) {
      const woken = this.#pending;
      this.#pending = false;
      return Promise.resolve(woken);
    }
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", aborted);
        this.#wake = null;
        this.#pending = false;
        resolve(woken);
      };
      const aborted = () => done(false);
      const timer = setTimeout(() => done(false), ms);
      signal.addEventListener("abort", aborted, { once: true });
      this.#wake = () => done(true);
    });
  }

  notify(): void {
    if (this.#wake) this.#wake();
    else this.#pending = true;
  }
}
