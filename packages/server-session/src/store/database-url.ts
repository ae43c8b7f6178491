/**
 * A database URL safe to print: the password, if any, replaced by `***`.
 * Works on strings that do not parse as URLs too, so error messages can use it.
 */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@?#]*):[^@/?#]*@/i, '$1:***@');
}
