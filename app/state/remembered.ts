// UI state that outlives a remount of the explorer: every correction publishes a new graph and the App
// starts again from it (app/import/GraphRoot.tsx), but the open tool or table should stay where they were.
import { useCallback, useState, type Dispatch, type SetStateAction } from "react";

const memory = new Map<string, unknown>();

export function useRemembered<T>(key: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() =>
    memory.has(key)
      ? (memory.get(key) as T)
      : typeof initial === "function"
        ? (initial as () => T)()
        : initial,
  );
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      setValue((previous) => {
        const value = typeof next === "function" ? (next as (p: T) => T)(previous) : next;
        memory.set(key, value);
        return value;
      }),
    [key],
  );
  return [value, set];
}
