/** Renders a structured value as a field string: strings as-is, objects and arrays as compact JSON. */
export function fieldString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return '';
    }
  }
  return String(value);
}

/**
 * Renders fields as `key=value` pairs (values with blanks, quotes or `=` quoted): the message of a
 * structured record that has no message field, so template mining still sees its shape.
 */
export function renderFields(fields: Readonly<Record<string, string>>): string {
  let text = '';
  for (const key of Object.keys(fields)) {
    const value = fields[key] ?? '';
    const quoted = value === '' || /[\s"=]/.test(value) ? JSON.stringify(value) : value;
    text += text.length === 0 ? `${key}=${quoted}` : ` ${key}=${quoted}`;
  }
  return text;
}

/**
 * Stores `value` under `key` as an own property. Plain assignment would drop a `__proto__` key (the
 * setter ignores strings); defining the property keeps it as data and never touches the prototype.
 */
export function setField(fields: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    fields[key] = value;
  }
}
