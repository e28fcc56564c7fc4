import { resolveMeta, templateMetaSchema, type ResolvedMeta } from '../meta/schema';
import { problemsFromZod, type Problem } from '../result';
import type { TemplateMeta } from '../types';

// NOTE: `partial()` builds a new schema (and zod compiles its fast path on first parse): once, not per check.
const partialMetaSchema = templateMetaSchema.partial();

interface Validated {
  meta: ResolvedMeta;
  problems: Problem[];
}

const isPlain = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && !Array.isArray(v);
};

/** One primitive, tagged with its type so that 1 and '1', undefined and null never share a key. */
const primitiveKey = (v: unknown): string | undefined => {
  if (v === null) return 'l';
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined') return `${t[0]}${String(v)}`;
  return undefined;
};

/**
 * The exact content of a meta as a string — own keys in order, primitive values tagged by type, plain objects of
 * primitives one level down — or undefined for anything else (arrays, deeper objects, class instances): two metas
 * with the same key validate to the same result.
 */
function metaKey(meta: object): string | undefined {
  if (!isPlain(meta) || Object.getOwnPropertySymbols(meta).length > 0) return undefined;
  let key = '';
  for (const [k, v] of Object.entries(meta)) {
    let part = primitiveKey(v);
    if (part === undefined && typeof v === 'object' && isPlain(v as object)) {
      part = '{';
      for (const [ik, iv] of Object.entries(v as object)) {
        const ip = primitiveKey(iv);
        if (ip === undefined) return undefined;
        part += `${JSON.stringify(ik)}:${ip.length}:${ip}`;
      }
      part += '}';
    }
    if (part === undefined) return undefined;
    key += `${JSON.stringify(k)}=${part.length}:${part};`;
  }
  return key;
}

function validate(meta: Partial<TemplateMeta>): Validated {
  const parsed = partialMetaSchema.safeParse(meta);
  if (parsed.success) return { meta: resolveMeta(parsed.data as Partial<TemplateMeta>), problems: [] };
  return { meta: resolveMeta(), problems: problemsFromZod(parsed.error.issues, 'meta/invalid') };
}

// NOTE: a check runs per keystroke with the same meta; its zod validation measured ~3 % of a check.
const recent = new Map<string, Validated>();
const RECENT = 16;

const copy = (v: Validated): Validated => ({
  meta: { ...v.meta, ...(v.meta.sendWindow ? { sendWindow: { ...v.meta.sendWindow } } : {}) },
  problems: v.problems.map((p) => ({ ...p })),
});

/** The meta validated (`meta/invalid` problems, defaults when invalid) and resolved; equal metas are parsed once. */
export function validMeta(meta: Partial<TemplateMeta> | undefined, problems: Problem[]): ResolvedMeta {
  if (meta === undefined) return resolveMeta();
  const key = typeof meta === 'object' && meta !== null ? metaKey(meta) : undefined;
  let v = key === undefined ? undefined : recent.get(key);
  if (!v) {
    v = validate(meta);
    if (key !== undefined) {
      if (recent.size >= RECENT) recent.clear();
      recent.set(key, v);
    }
  }
  const out = copy(v);
  problems.push(...out.problems);
  return out.meta;
}
