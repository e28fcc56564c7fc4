import { toValueSync, TypeGuards, type Template } from 'liquidjs';
import { fail, ok, type Result } from '../result';
import { refsOf, refsOfArg, type Ref } from './analyze-refs';
import { getEngine } from './engine';
import { parseCached } from './parse-cache';
import { problemFromError } from './problems';
import type { TemplateAnalysis, VariableUse } from './variable-use';

export type { TemplateAnalysis, VariableUse } from './variable-use';

/** Where an alias's value comes from: a data path plus the filters applied on the way. */
interface Origin {
  path: string;
  filters: string[];
}
interface ValueLike {
  initial: { postfix: unknown[] };
  filters: { name: string; args: unknown[] }[];
}
type Node = Template & Record<string, unknown> & { name?: string };

const OUTPUT_TAGS = new Set(['echo', 'cycle']);
const BRANCHING_TAGS = new Set(['if', 'unless', 'case', 'for', 'tablerow']);
const LOOP_TAGS = new Set(['for', 'tablerow']);

const join = (head: string, rest: string[]): string => [head, ...rest].filter(Boolean).join('.');
const isValue = (v: unknown): v is ValueLike =>
  typeof v === 'object' && v !== null && 'initial' in v && 'filters' in v && Array.isArray((v as ValueLike).filters);

/** Walks liquidjs's parse tree (pin-specific to 10.30.1), tracking assign/capture/for aliases. */
class Walker {
  readonly uses: VariableUse[] = [];
  private readonly scopes: Map<string, Origin[]>[] = [new Map()];
  private branchDepth = 0;

  private lookup(name: string): Origin[] | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const origins = this.scopes[i]?.get(name);
      if (origins) return origins;
    }
    return undefined;
  }

  /** assign/capture write the template scope; inside a branch the old value may survive, so keep both. */
  private bind(name: string, origins: Origin[]): void {
    const root = this.scopes[0] as Map<string, Origin[]>;
    const previous = this.branchDepth > 0 ? (root.get(name) ?? []) : [];
    root.set(name, [...previous, ...origins]);
  }

  /** Records the uses of `refs` and returns the origins of the values that flow on. */
  private read(refs: Ref[], filters: string[], output: boolean): Origin[] {
    const origins: Origin[] = [];
    for (const ref of refs) {
      const flowing = ref.flows;
      const alias = this.lookup(ref.root);
      const sources = alias
        ? alias.map((o) => ({ path: join(o.path, ref.rest), filters: o.filters }))
        : [{ path: join(ref.root, ref.rest), filters: [] }];
      for (const source of sources) {
        const chain = flowing ? [...source.filters, ...filters] : source.filters;
        const use: VariableUse = {
          path: source.path,
          start: ref.start,
          end: ref.end,
          filters: chain,
          output: output && flowing,
        };
        if (alias) use.via = ref.root;
        this.uses.push(use);
        if (flowing) origins.push({ path: source.path, filters: chain });
      }
    }
    return origins;
  }

  private readValue(value: ValueLike, output: boolean): Origin[] {
    const names = value.filters.map((f) => f.name);
    const refs: Ref[] = [];
    for (const token of value.initial.postfix) refsOf(token, true, refs);
    const origins = this.read(refs, names, output);
    value.filters.forEach((filter, i) => {
      const argRefs: Ref[] = [];
      for (const arg of filter.args) refsOfArg(arg, argRefs);
      origins.push(...this.read(argRefs, names.slice(i + 1), output));
    });
    return origins;
  }

  /** Reads of any tag argument: a filtered Value or a bare value token. */
  private readArgument(arg: unknown, output: boolean): Origin[] {
    return isValue(arg) ? this.readValue(arg, output) : this.read(refsOf(arg, true), [], output);
  }

  /** `sink` collects what a capture block prints; null means the message itself. */
  visit(node: Node, sink: Origin[] | null): void {
    if (TypeGuards.isHTMLToken(node.token)) return;
    if (TypeGuards.isOutputToken(node.token) || OUTPUT_TAGS.has(node.name ?? '')) {
      for (const arg of node.arguments?.() ?? []) {
        const origins = this.readArgument(arg, sink === null);
        sink?.push(...origins);
      }
      return;
    }
    const name = node.name ?? '';
    if (name === 'assign' && isValue(node['value'])) {
      this.bind(String(node['key']), this.readValue(node['value'], false));
      return;
    }
    if (name === 'capture') {
      const captured: Origin[] = [];
      for (const child of this.children(node)) this.visit(child, captured);
      this.bind(String(node['variable']), captured);
      return;
    }
    let loopOrigins: Origin[] = [];
    for (const arg of node.arguments?.() ?? []) {
      const origins = this.readArgument(arg, false);
      if (LOOP_TAGS.has(name) && arg === node['collection']) loopOrigins = origins;
    }
    for (const ident of node.localScope?.() ?? []) this.bind(ident.content, []);
    const block = new Map<string, Origin[]>();
    for (const local of node.blockScope?.() ?? []) block.set(local, local === node['variable'] ? loopOrigins : []);
    this.scopes.push(block);
    if (BRANCHING_TAGS.has(name)) this.branchDepth++;
    for (const child of this.children(node)) this.visit(child, sink);
    if (BRANCHING_TAGS.has(name)) this.branchDepth--;
    this.scopes.pop();
  }

  private children(node: Node): Node[] {
    return node.children ? (toValueSync(node.children(false, true)) as Node[]) : [];
  }
}

/** Variable uses of parsed templates (shared with renderWithTrace). */
export function usesOf(templates: Template[]): VariableUse[] {
  const walker = new Walker();
  for (const template of templates) walker.visit(template as Node, null);
  return walker.uses.sort((a, b) => a.start - b.start);
}

/**
 * Every data path a template reads, with offsets, the filter chain up to the output and whether it
 * is printed; assign/capture/for aliases resolved (`via`). Parse failure → template/parse problems.
 */
export function analyzeTemplate(source: string): Result<TemplateAnalysis> {
  // strictVariables only matters when rendering; the strict engine's tree is the one checkTemplate renders.
  const engine = getEngine({ strictVariables: true });
  try {
    const parsed = parseCached(engine, source);
    // NOTE: the tree walk once per parsed source; a copy, so a caller cannot change what the next check reads.
    parsed.uses ??= usesOf(parsed.templates);
    return ok({ uses: [...parsed.uses] });
  } catch (e) {
    return fail([problemFromError(e, source, engine.limits.parseLimit)]);
  }
}
