/**
 * Fills `{name}` placeholders of a message; a placeholder without a value
 * stays visible, which a translator notices sooner than a blank.
 *
 * @example formatMessage('Step {current} of {total}', { current: 1, total: 3 })
 */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
