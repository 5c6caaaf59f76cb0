/** `--name value` and `--flag` options; positional words are returned apart. */
export function parseOptions(argv: string[]): {
  options: Map<string, string | true>;
  positional: string[];
} {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) options.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      options.set(name, next);
      i++;
    } else options.set(name, true);
  }
  return { options, positional };
}
