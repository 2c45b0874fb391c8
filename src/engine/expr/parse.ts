// Parser for the scenario expression language: conditions (`trust >= 40 and not leaked`) and
// effects (`pressure += 10`, `leaked = true`). Hand-written so nothing is ever `eval`ed; input
// length and nesting are bounded so hostile files fail fast instead of hanging.

import { safeEcho } from '../echo';

export type BinaryOp = 'and' | 'or' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*';
export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'var'; name: string }
  | { kind: 'not'; arg: Expr }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: BinaryOp; left: Expr; right: Expr };
export interface Effect {
  target: string;
  op: '=' | '+=' | '-=';
  value: Expr;
}

export class ExprSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the expression source. */
    readonly offset: number,
  ) {
    super(message);
  }
}

export const MAX_EXPR_LENGTH = 500;
/** Deepest nesting of brackets and operators; real conditions use three or four levels. */
export const MAX_EXPR_DEPTH = 32;

/** The character at `i`, escaped if invisible, with its code point (a Cyrillic "е" looks Latin). */
function showChar(src: string, i: number): string {
  const cp = src.codePointAt(i) as number;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return `'${safeEcho(String.fromCodePoint(cp))}' (U+${hex})`;
}

type Tok = { t: 'num' | 'id' | 'op' | 'end'; v: string; at: number };
const OPS = ['+=', '-=', '==', '!=', '<=', '>=', '<', '>', '=', '+', '-', '*', '(', ')', '!'];

// Sticky patterns match at lastIndex without slicing the source (no garbage per token).
const NUM = /\d+(\.\d+)?/y;
const ID = /[A-Za-z_][A-Za-z0-9_]*/y;

function tokenize(src: string): Tok[] {
  if (src.length > MAX_EXPR_LENGTH) {
    throw new ExprSyntaxError(`expression is longer than ${MAX_EXPR_LENGTH} characters`, 0);
  }
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    // Newlines too: YAML block scalars (`when: >`) can wrap a long condition.
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    NUM.lastIndex = i;
    const num = NUM.exec(src);
    if (num) {
      out.push({ t: 'num', v: num[0], at: i });
      i += num[0].length;
      continue;
    }
    ID.lastIndex = i;
    const id = ID.exec(src);
    if (id) {
      out.push({ t: 'id', v: id[0], at: i });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op === undefined) throw new ExprSyntaxError(`unexpected character ${showChar(src, i)}`, i);
    out.push({ t: 'op', v: op, at: i });
    i += op.length;
  }
  out.push({ t: 'end', v: '', at: src.length });
  return out;
}

// Binding power per binary operator: or < and < comparison < additive < multiplicative.
// Null prototype: a variable named `constructor` or `toString` must not look like an operator.
const BP: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  or: 1,
  and: 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
});

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  peek(): Tok {
    return this.toks[this.i] as Tok;
  }
  next(): Tok {
    return this.toks[this.i++] as Tok;
  }
  expectEnd(): void {
    const t = this.peek();
    if (t.v === '=') throw new ExprSyntaxError("use '==' to compare; '=' sets a value in effects", t.at);
    if (t.t !== 'end') throw new ExprSyntaxError(`unexpected '${safeEcho(t.v)}'`, t.at);
  }

  expr(minBp: number, depth: number): Expr {
    if (depth > MAX_EXPR_DEPTH) {
      const msg = `expression is nested more than ${MAX_EXPR_DEPTH} levels deep (the limit)`;
      throw new ExprSyntaxError(msg, this.peek().at);
    }
    let left = this.prefix(depth);
    for (;;) {
      const t = this.peek();
      const bp = (t.t === 'op' || t.t === 'id') && BP[t.v] !== undefined ? (BP[t.v] as number) : 0;
      if (bp === 0 || bp <= minBp) return left;
      this.next();
      const right = this.expr(bp, depth + 1);
      left = { kind: 'bin', op: t.v as BinaryOp, left, right };
      // Comparisons do not chain: `a < b < c` is almost always a mistake.
      if (bp === 3 && BP[this.peek().v] === 3) {
        throw new ExprSyntaxError('comparisons cannot be chained; join them with "and"', this.peek().at);
      }
    }
  }

  prefix(depth: number): Expr {
    const t = this.next();
    if (t.t === 'num') return { kind: 'num', value: Number(t.v) };
    if (t.t === 'id') {
      if (t.v === 'true' || t.v === 'false') return { kind: 'bool', value: t.v === 'true' };
      if (t.v === 'not') return { kind: 'not', arg: this.expr(2, depth + 1) };
      if (BP[t.v] !== undefined) throw new ExprSyntaxError(`'${t.v}' needs a value before it`, t.at);
      return { kind: 'var', name: t.v };
    }
    if (t.v === '!') throw new ExprSyntaxError("write 'not' instead of '!'", t.at);
    if (t.v === '-') return { kind: 'neg', arg: this.expr(5, depth + 1) };
    if (t.v === '(') {
      const inner = this.expr(0, depth + 1);
      const close = this.next();
      if (close.v !== ')') throw new ExprSyntaxError("missing ')'", close.at);
      return inner;
    }
    if (t.t === 'end') throw new ExprSyntaxError('expression ends too early', t.at);
    throw new ExprSyntaxError(`unexpected '${safeEcho(t.v)}'`, t.at);
  }
}

/** Parses a condition. Throws `ExprSyntaxError` with the offset of the problem. */
export function parseCondition(src: string): Expr {
  const p = new Parser(tokenize(src));
  if (p.peek().t === 'end') throw new ExprSyntaxError('empty condition', 0);
  const e = p.expr(0, 0);
  p.expectEnd();
  return e;
}

/** Parses one effect statement: `name = expr`, `name += expr` or `name -= expr`. */
export function parseEffect(src: string): Effect {
  const toks = tokenize(src);
  const target = toks[0];
  const op = toks[1];
  if (target?.t !== 'id') {
    throw new ExprSyntaxError('an effect starts with a variable name, e.g. "trust += 5"', target?.at ?? 0);
  }
  if (op?.t !== 'op' || (op.v !== '=' && op.v !== '+=' && op.v !== '-=')) {
    throw new ExprSyntaxError("expected '=', '+=' or '-=' after the variable name", op?.at ?? src.length);
  }
  const p = new Parser(toks.slice(2));
  if (p.peek().t === 'end') throw new ExprSyntaxError('missing value after the operator', src.length);
  const value = p.expr(0, 0);
  p.expectEnd();
  return { target: target.v, op: op.v, value };
}
