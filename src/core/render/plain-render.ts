import type { Emitter } from 'liquidjs';
import type { LeafTracer } from './engine';
import type { Operand, Operator, PlainNode, PlainPlan, ValuePlan } from './plain-plan';

/** Thrown where liquidjs would do something the plain renderer does not repeat (an error, a Drop, `size`…). */
const GIVE_UP = Symbol('give up');

/** Objects read the way liquidjs reads them with ownPropertyOnly: no class instances (Drops, Dates), no toLiquid. */
function isPlainObject(value: object): boolean {
  if (Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) && typeof (value as { toLiquid?: unknown }).toLiquid !== 'function'
  );
}

const hasOwn = Object.prototype.hasOwnProperty;

/** liquidjs Context#readProperty for nil and plain objects; anything else gives up. */
function readProperty(from: unknown, key: string): unknown {
  if (from === null || from === undefined) return from;
  if (typeof from !== 'object' || !isPlainObject(from)) throw GIVE_UP;
  // liquidjs answers these three specially (array length, first and last element)
  if (key === 'size' || key === 'first' || key === 'last') throw GIVE_UP;
  if (!hasOwn.call(from, key)) return undefined;
  const value: unknown = (from as Record<string, unknown>)[key];
  if (typeof value === 'function') throw GIVE_UP;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isPlainObject(value)) throw GIVE_UP;
  return value;
}

/** One render's scopes, as liquidjs' Context holds them for a template without loops or captures. */
interface Scopes {
  /** what `assign` writes (liquidjs' bottom scope) */
  readonly bottom: Record<string, unknown>;
  readonly environments: object;
  readonly globals: object;
  readonly strict: boolean;
}

function operandValue(operand: Operand, scopes: Scopes, lenient: boolean): unknown {
  if ('literal' in operand) return operand.literal;
  const path = operand.path;
  const first = path[0]!;
  let value: unknown =
    first in scopes.bottom ? scopes.bottom : first in scopes.environments ? scopes.environments : scopes.globals;
  for (const key of path) {
    value = readProperty(value, key);
    if (value === undefined && scopes.strict) {
      if (lenient) return null;
      throw GIVE_UP;
    }
  }
  return value;
}

const isPrimitive = (v: unknown): v is string | number | boolean | null | undefined =>
  v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint');

const truthy = (v: unknown): boolean => v !== false && v !== undefined && v !== null;

/** liquidjs' default operators where neither side is an object (objects may be Comparable or arrays). */
function applyOperator(operator: Operator, l: unknown, r: unknown): boolean {
  if (operator === 'and') return truthy(l) && truthy(r);
  if (operator === 'or') return truthy(l) || truthy(r);
  if (!isPrimitive(l) || !isPrimitive(r)) throw GIVE_UP;
  switch (operator) {
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    case '<':
      return (l as number) < (r as number);
    case '>':
      return (l as number) > (r as number);
    case '<=':
      return (l as number) <= (r as number);
    default:
      return (l as number) >= (r as number);
  }
}

function evaluate(plan: ValuePlan, scopes: Scopes, lenient: boolean): unknown {
  const postfix = plan.postfix;
  let value: unknown;
  if (postfix.length === 1) value = operandValue(postfix[0] as Operand, scopes, lenient);
  else {
    const stack: unknown[] = [];
    for (const step of postfix) {
      if ('operator' in step) {
        const r = stack.pop();
        const l = stack.pop();
        stack.push(applyOperator(step.operator, l, r));
      } else stack.push(operandValue(step, scopes, lenient));
    }
    value = stack[0];
  }
  for (const filter of plan.filters) {
    const args = filter.args;
    if (args.length === 0) value = filter.apply(value);
    else value = filter.apply(value, ...args.map((arg) => operandValue(arg, scopes, false)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isPlainObject(value)) throw GIVE_UP;
  return value;
}

/** The body of the first branch whose test is truthy, else the `else` body (liquidjs tests no further branch). */
function branchTaken(node: PlainNode & { kind: 'if' }, plan: PlainPlan, scopes: Scopes): readonly PlainNode[] {
  for (const branch of node.branches) if (truthy(evaluate(branch.test, scopes, plan.lenientIf))) return branch.body;
  return node.otherwise;
}

function renderNodes(
  nodes: readonly PlainNode[],
  plan: PlainPlan,
  scopes: Scopes,
  root: Emitter,
  onLeaf: LeafTracer,
): void {
  for (const node of nodes) {
    const before = root.buffer.length;
    switch (node.kind) {
      case 'text':
        root.write(node.text);
        onLeaf(node.template, root, before);
        break;
      case 'output':
        root.write(evaluate(node.value, scopes, false));
        onLeaf(node.template, root, before);
        break;
      case 'assign':
        scopes.bottom[node.key] = evaluate(node.value, scopes, plan.lenientIf);
        break;
      case 'if':
        renderNodes(branchTaken(node, plan, scopes), plan, scopes, root, onLeaf);
        break;
    }
  }
}

/**
 * Renders a plain plan into `root` without liquidjs' generators, calling `onLeaf` after each text and output as the
 * traced liquidjs render does. Returns false, leaving `root` and whatever `onLeaf` recorded half-done, wherever
 * liquidjs would throw or read something other than plain data: the caller then renders with liquidjs.
 */
export function renderPlain(
  plan: PlainPlan,
  environments: object,
  strict: boolean,
  root: Emitter,
  onLeaf: LeafTracer,
): boolean {
  const scopes: Scopes = {
    bottom: Object.create(null) as Record<string, unknown>,
    environments,
    globals: plan.globals,
    strict,
  };
  try {
    renderNodes(plan.nodes, plan, scopes, root, onLeaf);
    return true;
  } catch {
    return false;
  }
}
