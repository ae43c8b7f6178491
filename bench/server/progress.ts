/** A progress line on standard error: the table goes to standard output, alone. */
export function progress(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}
