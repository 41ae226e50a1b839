// One entry of a record set or taken out in a copy, as React state wants it (never changed in place).

/** `record` with `key` set to `value`, or without `key` when `value` is empty; the other keys keep their order. */
export function withEntry(record: Record<string, string>, key: string, value: string): Record<string, string> {
  if (value) return { ...record, [key]: value };
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}
