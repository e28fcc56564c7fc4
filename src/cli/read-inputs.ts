import { existsSync, readFileSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { parseJson, type Problem, type Result } from '../core/index';
import { UsageError } from './io';
import { USAGE_WORDS } from './lang';

const TEMPLATE_EXT = /\.(liquid|txt)$/i;

/** Files found under the paths named, and every entry that could not be followed (never skipped silently). */
export interface Found {
  files: string[];
  problems: Problem[];
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
// NOTE: a path from `join` is a tree of concatenated and sliced strings (≈ 330 bytes each); the found list holds a
// flat copy (≈ 70): 100,000 files then keep 7 MiB in the main thread instead of 33.
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** 'dir' | 'file' | 'other' for an entry, following symbolic links; a broken link is a problem. */
function kindOf(full: string, entry: Dirent): 'dir' | 'file' | 'other' | Problem {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
  try {
    const target = statSync(full);
    return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
  } catch (e) {
    return { code: 'input/broken-link', message: `${full}: symbolic link to nothing (${message(e)})`, file: full };
  }
}

/**
 * Every file under `dir` whose name `keep`s, sorted by name, folders first-come; symbolic links to files and
 * folders are followed. `inside` holds the real paths of the folders being walked: a link back into one of them
 * (a cycle) is refused by name, as are broken links, unreadable folders and kept names that are not files.
 */
function walk(dir: string, keep: (name: string) => boolean, inside: ReadonlySet<string>, found: Found): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (e) {
    found.problems.push({
      code: 'input/unreadable',
      message: `${dir}: cannot read the folder (${message(e)})`,
      file: dir,
    });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    const kind = kindOf(full, entry);
    if (typeof kind === 'object') found.problems.push(kind);
    else if (kind === 'dir') walkFolder(full, keep, inside, found);
    else if (!keep(entry.name)) continue;
    else if (kind === 'file') found.files.push(flat(full));
    else found.problems.push({ code: 'input/not-a-file', message: `${full}: not a regular file`, file: full });
  }
}

function walkFolder(dir: string, keep: (name: string) => boolean, inside: ReadonlySet<string>, found: Found): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    found.problems.push({ code: 'input/unreadable', message: `${dir}: cannot resolve (${message(e)})`, file: dir });
    return;
  }
  if (inside.has(real)) {
    const msg = `${dir}: symbolic link to ${real}, a folder that contains it (a cycle): not followed`;
    found.problems.push({ code: 'input/link-cycle', message: msg, file: dir });
    return;
  }
  walk(dir, keep, new Set([...inside, real]), found);
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new UsageError(USAGE_WORDS.noSuchPath(path));
  }
}

/** The template files named: a file as given, a folder → every *.liquid and *.txt inside, recursively. */
export function templateFiles(paths: readonly string[]): Found {
  const found: Found = { files: [], problems: [] };
  for (const p of paths) {
    if (statOf(p).isDirectory()) walkFolder(p, (n) => TEMPLATE_EXT.test(n), new Set(), found);
    else found.files.push(p);
  }
  return { files: [...new Set(found.files)], problems: found.problems };
}

/** `x.meta.json` next to `x.liquid` / `x.txt`, when it exists. */
export function siblingMeta(file: string): string | undefined {
  if (!TEMPLATE_EXT.test(file)) return undefined;
  const meta = file.replace(TEMPLATE_EXT, '.meta.json');
  return existsSync(meta) ? meta : undefined;
}

/** The largest template (file or stdin) `check` reads: ten times the render's source limit; larger is refused unread. */
export const MAX_TEMPLATE_BYTES = 1 << 20;
/** The largest other input read whole (a bundle, rule, sample, meta or key file). */
export const MAX_FILE_BYTES = 64 << 20;

/** The `input/too-large` problem of an input over `max` bytes (`size` when known). */
export function tooLarge(file: string, max: number, size?: number): Problem {
  const what = size === undefined ? `more than ${max} bytes` : `${size} bytes`;
  return { code: 'input/too-large', message: `${file}: ${what}, over the limit of ${max} bytes: not read`, file };
}

/** A file's text, or an `input/unreadable` (or `input/too-large`: over `max` bytes, then not read) problem. */
export function readFile(file: string, max = MAX_FILE_BYTES): Result<string> {
  try {
    const size = statSync(file).size;
    if (size > max) return { ok: false, problems: [tooLarge(file, max, size)] };
    return { ok: true, value: readFileSync(file, 'utf8') };
  } catch (e) {
    return { ok: false, problems: [{ code: 'input/unreadable', message: `cannot read ${file}: ${message(e)}`, file }] };
  }
}

/** A file's text; unreadable is a usage error. */
export function readText(file: string): string {
  const read = readFile(file);
  if (!read.ok) {
    const words = USAGE_WORDS.unreadable(file);
    throw new UsageError({ ...words, en: read.problems[0]?.message ?? words.en });
  }
  return read.value;
}

/** A JSON file through core's one reader (BOM accepted, line:column on syntax errors, duplicate keys refused). */
export function readJson(file: string, code: string): unknown {
  const parsed = parseJson(readText(file), code, file);
  if (!parsed.ok) throw new UsageError(USAGE_WORDS.notJson(file), parsed.problems);
  return parsed.value;
}

/** Every *.json in a folder, recursively, as `path → text` (core parses them and reports positions). */
export function jsonFilesIn(dir: string, flag: string): { files: Record<string, string>; problems: Problem[] } {
  if (!statOf(dir).isDirectory()) throw new UsageError(USAGE_WORDS.notFolder(flag, dir));
  const found: Found = { files: [], problems: [] };
  walkFolder(dir, (n) => n.toLowerCase().endsWith('.json'), new Set(), found);
  const files: Record<string, string> = {};
  for (const file of found.files) {
    const read = readFile(file);
    if (read.ok) files[file] = read.value;
    else found.problems.push(...read.problems);
  }
  return { files, problems: found.problems };
}
