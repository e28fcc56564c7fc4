import { parseJson } from '../../json/parse-json';
import { problemsFromZod, type Problem } from '../../result';
import { expandList, expandSource, lookupIn, type Resolved } from './expand';
import { FRAGMENT_NAME_RE, fragmentFileSchema, type FragmentFile, type Fragments } from './schema';

/** Fragment files live in a `fragments/` folder beside the rules (`rules/fragments/<name>.json`). */
export const isFragmentFile = (path: string): boolean => /(?:^|[\\/])fragments[\\/][^\\/]+\.json$/i.test(path);

const basename = (path: string): string => path.split(/[\\/]/).at(-1) ?? path;

const at = (
  file: string,
  path: (string | number)[],
  code: string,
  message: string,
  params?: Record<string, string>,
) => ({
  code,
  message: `${[file, path.length > 0 ? path.join('.') : undefined].filter(Boolean).join(' → ')}: ${message}`,
  file,
  path,
  ...(params === undefined ? {} : { params }),
});

function readOne(file: string, raw: unknown): { def?: FragmentFile; problems: Problem[] } {
  let value = raw;
  if (typeof raw === 'string') {
    const parsed = parseJson(raw, 'fragment/json', file);
    if (!parsed.ok) return { problems: parsed.problems };
    value = parsed.value;
  }
  const parsed = fragmentFileSchema.safeParse(value);
  if (!parsed.success) return { problems: problemsFromZod(parsed.error.issues, 'fragment/invalid', file) };
  return { def: parsed.data, problems: [] };
}

/**
 * Reads fragment files (`path → parsed JSON` or text) and resolves every fragment's own references. Problems
 * (`fragment/json`, `fragment/invalid`, `fragment/bad-name`, `fragment/duplicate`, `fragment/unknown`,
 * `fragment/cycle`, `fragment/list-inline`, `fragment/broken`, `fragment/bad-ref`) name the file and JSON path;
 * a fragment with a problem is `broken` (a rule that uses it is not loaded), the others resolve.
 */
export function loadFragments(files: Record<string, unknown>): {
  fragments: Fragments;
  broken: ReadonlySet<string>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const defined = new Map<string, { file: string; def: FragmentFile }>();
  const broken = new Set<string>();
  for (const file of Object.keys(files).sort()) {
    const name = basename(file).replace(/\.json$/i, '');
    if (!FRAGMENT_NAME_RE.test(name)) {
      problems.push(at(file, [], 'fragment/bad-name', `fragment name “${name}” (the file name) must be kebab-case`));
      continue;
    }
    const prior = defined.get(name);
    if (prior) {
      const message = `fragment “${name}” is also defined by ${prior.file}`;
      problems.push(at(file, [], 'fragment/duplicate', message, { name }));
      continue;
    }
    const read = readOne(file, files[file]);
    problems.push(...read.problems);
    if (read.def) defined.set(name, { file, def: read.def });
    else broken.add(name);
  }
  const resolved: Record<string, string | readonly string[]> = {};
  const visiting: string[] = [];
  const known = lookupIn(resolved, broken);
  const resolve = (name: string): Resolved => {
    const entry = defined.get(name);
    if (!entry || broken.has(name) || Object.hasOwn(resolved, name)) return known(name);
    const from = visiting.indexOf(name);
    if (from >= 0) return { missing: 'cycle', chain: [...visiting.slice(from), name] };
    visiting.push(name);
    const { source, patterns } = entry.def;
    const r =
      source !== undefined
        ? expandSource(source, ['source'], resolve)
        : expandList(patterns ?? [], ['patterns'], resolve);
    visiting.pop();
    if (r.issues.length > 0) {
      broken.add(name);
      problems.push(...r.issues.map((i) => at(entry.file, i.path, i.code, i.message, i.params)));
    } else {
      resolved[name] = r.value as string | string[];
    }
    return known(name);
  };
  for (const name of [...defined.keys()].sort()) resolve(name);
  return { fragments: resolved, broken, problems };
}
