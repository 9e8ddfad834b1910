/**
 * A stage's last result, kept with what it was made from. Asked again with the same inputs (the same objects, or
 * equal strings), it gives the kept result instead of running the stage: the preview's way of re-running only what
 * a change touched. A stage that throws keeps nothing, so it runs again next time.
 */
export interface Memo<T> {
  get(inputs: readonly unknown[], run: () => T | Promise<T>): Promise<T>;
}

export function memo<T>(): Memo<T> {
  let last: { inputs: readonly unknown[]; value: T } | undefined;
  return {
    async get(inputs, run) {
      if (last !== undefined && sameInputs(last.inputs, inputs)) return last.value;
      const value = await run();
      last = { inputs, value };
      return value;
    },
  };
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);
