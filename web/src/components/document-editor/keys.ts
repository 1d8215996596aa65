// Stable React keys for the lists of a document being edited. New entries have no id until the
// server gives them one, and bullets and skills are plain strings, so keys live beside the data:
// each list (by identity) maps to one key per item. Every edit of a list goes through listOps,
// which carries the keys over to the new list, so an item keeps its key (and its DOM, and focus)
// while it is typed in, moved, or when an undo brings an older list back.

const listKeys = new WeakMap<readonly unknown[], string[]>();
let counter = 0;

const freshKey = () => `k${++counter}`;

/** One key per item of the list, made on first sight and kept for this list object. */
export function keysOf(list: readonly unknown[]): readonly string[] {
  let keys = listKeys.get(list);
  if (!keys || keys.length !== list.length) {
    const known = keys ?? [];
    keys = list.map((_, index) => known[index] ?? freshKey());
    listKeys.set(list, keys);
  }
  return keys;
}

function keyed<T>(list: T[], keys: string[]): T[] {
  listKeys.set(list, keys);
  return list;
}

/** List edits that keep each item's key. */
export const listOps = {
  replace<T>(list: readonly T[], index: number, value: T): T[] {
    const next = list.slice();
    next[index] = value;
    return keyed(next, keysOf(list).slice());
  },

  insert<T>(list: readonly T[], value: T, at: number = list.length): T[] {
    const next = list.slice();
    next.splice(at, 0, value);
    const keys = keysOf(list).slice();
    keys.splice(at, 0, freshKey());
    return keyed(next, keys);
  },

  remove<T>(list: readonly T[], index: number): T[] {
    const next = list.slice();
    next.splice(index, 1);
    const keys = keysOf(list).slice();
    keys.splice(index, 1);
    return keyed(next, keys);
  },

  move<T>(list: readonly T[], from: number, to: number): T[] {
    const next = list.slice();
    const keys = keysOf(list).slice();
    const [item] = next.splice(from, 1);
    const [key] = keys.splice(from, 1);
    next.splice(to, 0, item as T);
    keys.splice(to, 0, key!);
    return keyed(next, keys);
  },

  /** The same items transformed one by one (same length, same keys). */
  map<T>(list: readonly T[], transform: (item: T, index: number) => T): T[] {
    let changed = false;
    const next = list.map((item, index) => {
      const out = transform(item, index);
      if (out !== item) changed = true;
      return out;
    });
    return changed ? keyed(next, keysOf(list).slice()) : (list as T[]);
  },
};
