import { AssignTag, defaultOperators, Expression, IfTag, Output, TypeGuards, Value, type Template } from 'liquidjs';
import type { Engine } from './engine';
import { DOMAIN_FILTERS } from './filters/index';

/** A literal, or a variable path of plain names (`loan.amount_due`, `a["b"]`). */
export type Operand = { path: readonly string[] } | { literal: string | number };

/** The comparison and logic operators a plain plan evaluates like liquidjs' default operators on primitives. */
export type Operator = '==' | '!=' | '<' | '>' | '<=' | '>=' | 'and' | 'or';
const OPERATORS: ReadonlySet<string> = new Set<Operator>(['==', '!=', '<', '>', '<=', '>=', 'and', 'or']);

export interface FilterStep {
  apply: (value: unknown, ...args: unknown[]) => string;
  args: readonly Operand[];
}

/** A liquidjs `Value`: an expression in postfix order, then domain filters. */
export interface ValuePlan {
  postfix: readonly (Operand | { operator: Operator })[];
  filters: readonly FilterStep[];
}

export type PlainNode =
  | { kind: 'text'; template: Template; text: string }
  | { kind: 'output'; template: Template; value: ValuePlan }
  | { kind: 'assign'; key: string; value: ValuePlan }
  | {
      kind: 'if';
      branches: readonly { test: ValuePlan; body: readonly PlainNode[] }[];
      otherwise: readonly PlainNode[];
    };

/** A parsed template every node of which renderPlain can render exactly as liquidjs would, with the options read. */
export interface PlainPlan {
  nodes: readonly PlainNode[];
  /** liquidjs `lenientIf`: `assign` and `if` read a missing variable as nil even with strict variables */
  lenientIf: boolean;
  globals: object;
}

const DOMAIN_APPLY = new Map(DOMAIN_FILTERS.map((doc) => [doc.name, doc.apply]));

/** Thrown inside planning for any construct outside the plain subset. */
const UNSUPPORTED = Symbol('unsupported');

function operandOf(token: unknown): Operand {
  if (TypeGuards.isQuotedToken(token) || TypeGuards.isNumberToken(token)) {
    const content: unknown = token.content;
    if (typeof content === 'string' || typeof content === 'number') return { literal: content };
  }
  if (TypeGuards.isPropertyAccessToken(token) && token.variable === undefined && token.props.length > 0) {
    const path = token.props.map((prop) => {
      if (!TypeGuards.isWordToken(prop) && !TypeGuards.isQuotedToken(prop)) throw UNSUPPORTED;
      const content: unknown = prop.content;
      if (typeof content !== 'string') throw UNSUPPORTED;
      return content;
    });
    return { path };
  }
  throw UNSUPPORTED;
}

function valueOf(engine: Engine, value: unknown): ValuePlan {
  if (!(value instanceof Value) || !(value.initial instanceof Expression)) throw UNSUPPORTED;
  const postfix = value.initial.postfix.map((token) => {
    if (!TypeGuards.isOperatorToken(token)) return operandOf(token);
    if (!OPERATORS.has(token.operator)) throw UNSUPPORTED;
    return { operator: token.operator as Operator };
  });
  if (postfix.length === 0) throw UNSUPPORTED;
  const filters = value.filters.map((filter) => {
    const apply = DOMAIN_APPLY.get(filter.name);
    // the engine's own wrapper of the domain filter, not a filter registered over it
    const handler = (filter as unknown as { handler: unknown }).handler;
    if (apply === undefined || handler !== engine.liquid.filters[filter.name]) throw UNSUPPORTED;
    const args = filter.args.map((arg) => {
      if (Array.isArray(arg)) throw UNSUPPORTED;
      return operandOf(arg);
    });
    return { apply, args };
  });
  return { postfix, filters };
}

function nodeOf(engine: Engine, template: Template): PlainNode {
  const literal = (template as { str?: unknown }).str;
  if (TypeGuards.isHTMLToken(template.token) && typeof literal === 'string') {
    return { kind: 'text', template, text: literal };
  }
  if (template instanceof Output) return { kind: 'output', template, value: valueOf(engine, template.value) };
  if (template instanceof AssignTag) {
    const { key, value } = template as unknown as { key: unknown; value: unknown };
    if (typeof key !== 'string') throw UNSUPPORTED;
    return { kind: 'assign', key, value: valueOf(engine, value) };
  }
  if (template instanceof IfTag) {
    const tag = template as unknown as {
      branches: { value: unknown; templates: Template[] }[];
      elseTemplates?: Template[];
    };
    return {
      kind: 'if',
      branches: tag.branches.map((b) => ({ test: valueOf(engine, b.value), body: nodesOf(engine, b.templates) })),
      otherwise: nodesOf(engine, tag.elseTemplates ?? []),
    };
  }
  throw UNSUPPORTED;
}

const nodesOf = (engine: Engine, templates: readonly Template[]): PlainNode[] =>
  templates.map((t) => nodeOf(engine, t));

/**
 * The plain plan of a parsed source, or null when any part of it is outside the subset: text, `{{ }}` of literals
 * and plain variable paths through domain filters, `assign`, `if`/`elsif`/`else` with the operators above.
 */
export function plainPlanOf(engine: Engine, templates: readonly Template[]): PlainPlan | null {
  // NOTE: pin-specific (liquidjs 10.30.1): reads Value#initial.postfix, Filter#handler, IfTag#branches and
  // AssignTag#key/value; tests/core/render/plain-render.test.ts compares both renderers leaf by leaf.
  const options = engine.liquid.options;
  // NOTE: these are the engine's settings (engine.ts); a different setting changes liquidjs' semantics.
  if (!options.ownPropertyOnly || options.jsTruthy || options.operators !== defaultOperators) return null;
  if (options.outputEscape) return null;
  try {
    return { nodes: nodesOf(engine, templates), lenientIf: options.lenientIf, globals: options.globals };
  } catch (e) {
    if (e === UNSUPPORTED) return null;
    throw e;
  }
}
