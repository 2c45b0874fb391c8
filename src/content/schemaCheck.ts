// Validates a parsed scenario against scenarios/scenario.schema.json with Ajv and turns Ajv's
// errors into Diagnostics in plain words ("unknown field 'nxt' in nodes.intro — did you mean
// 'next'?"), each with a fix. Every echoed name or value goes through safeEcho.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../scenarios/scenario.schema.json';
import type { Diagnostic } from '../engine';
import {
  collapseRepeats,
  didYouMean,
  mixedScript,
  NUMBER_FIX,
  safeEcho,
  showNumber,
  showPath,
} from '../engine';

const ajvOptions = { discriminator: true, verbose: true, allowUnionTypes: true };
const ajv = new Ajv({ ...ajvOptions, allErrors: true });
const validateSchema = ajv.compile(schema);
let firstErrorOnly: ValidateFunction | undefined;

/**
 * Above this many values (a real scenario has under 2,000) only the first schema error is
 * reported: Ajv gathers errors with `concat` at every `$ref`, which is quadratic, so a 2 MB file
 * with an error in each of 50,000 nodes would keep the check busy for many minutes.
 */
export const MAX_VALUES_ALL_ERRORS = 20_000;

/** Values (objects, arrays, scalars) in `v`, counted iteratively; stops once past `limit`. */
function countValues(v: unknown, limit: number): number {
  let n = 0;
  const stack: unknown[] = [v];
  while (stack.length > 0 && n <= limit) {
    const x = stack.pop();
    n++;
    if (x !== null && typeof x === 'object') for (const k in x) stack.push((x as Record<string, unknown>)[k]);
  }
  return n;
}

export function checkSchema(value: unknown): Diagnostic[] {
  if (countValues(value, MAX_VALUES_ALL_ERRORS) > MAX_VALUES_ALL_ERRORS) {
    firstErrorOnly ??= new Ajv({ ...ajvOptions, allErrors: false }).compile(schema);
    if (firstErrorOnly(value)) return [];
    const out = toDiagnostics(firstErrorOnly.errors ?? []);
    out.push({
      severity: 'error',
      code: 'schema.stoppedEarly',
      path: [],
      message: `the file has more than ${MAX_VALUES_ALL_ERRORS.toLocaleString('en')} values, so the schema check stopped at its first problem`,
      fix: 'fix the problem listed, then check again; or split the scenario into smaller files',
    });
    return out;
  }
  if (validateSchema(value)) return [];
  return toDiagnostics(validateSchema.errors ?? []);
}

function toDiagnostics(errors: ErrorObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const d = toDiagnostic(e);
    if (!d) continue;
    const k = `${d.code}|${d.path.join('\u0000')}|${d.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return collapseRepeats(out);
}

function pointerToPath(ptr: string): (string | number)[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

const PATTERN_NAMES: Record<string, [string, string]> = {
  '^[a-z0-9_]+(\\.[a-zA-Z0-9_-]+)*$': [
    'a text key (dot-separated, e.g. nodes.intro.text)',
    'use letters, digits, "_" and "-" separated by dots; keys start lower-case',
  ],
  '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$': [
    'a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    "write the date like '2017-02-07', in quotes",
  ],
  '^https://[^\\s]+$': ['an https address', 'use the https:// address of the source'],
  '^[a-z0-9]+(-[a-z0-9]+)*$': ['a lower-case id with dashes', 'use lower-case letters, digits and dashes'],
};

function describePattern(pattern: string): [string, string] {
  const named = PATTERN_NAMES[pattern];
  if (named) return named;
  if (pattern.includes('and|or|not')) {
    return [
      'a variable name (letters, digits, "_"; not and/or/not/true/false)',
      'rename it, e.g. trust or leaked',
    ];
  }
  if (pattern.startsWith('^[a-zA-Z]')) {
    return ['an id (a letter, then letters, digits, "_" or "-")', 'rename it, e.g. intro or meet_envoy'];
  }
  return [`text matching ${pattern}`, 'change the value to match'];
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (field: value)',
  null: 'nothing',
};
/** An echoed name or value in quotes, safe to print, with a letter from another script named. */
function q(v: unknown): string {
  const s = String(v);
  const mixed = mixedScript(s);
  return `'${safeEcho(s)}'${mixed === undefined ? '' : ` (${mixed})`}`;
}

const typeName = (v: unknown): string =>
  v === null || v === undefined
    ? 'nothing'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : typeof v === 'number'
          ? `the number ${v}`
          : typeof v === 'boolean'
            ? String(v)
            : q(v);

function toDiagnostic(e: ErrorObject): Diagnostic | undefined {
  const path = pointerToPath(e.instancePath);
  const where = showPath(path);
  const mk = (code: string, p: (string | number)[], message: string, fix: string): Diagnostic => ({
    severity: 'error',
    code,
    path: p,
    message,
    fix,
  });
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return mk(
        'schema.unknownField',
        [...path, field],
        `unknown field ${q(field)} in ${safeEcho(where)}${didYouMean(field, known)}`,
        known.length ? `remove it or use one of: ${known.join(', ')}` : 'remove it',
      );
    }
    case 'required': {
      const field = String(params.missingProperty);
      return mk('schema.missingField', path, `${safeEcho(where)} is missing '${field}'`, `add '${field}:'`);
    }
    case 'type': {
      // YAML reads 1e999 and .inf as Infinity and .nan as NaN; the engine carries neither.
      if (typeof e.data === 'number' && !Number.isFinite(e.data)) {
        const v = showNumber(e.data);
        return mk(
          'schema.notFinite',
          path,
          `the number ${v} cannot be used: it is not a finite number`,
          NUMBER_FIX,
        );
      }
      const want = String(params.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      const quote = String(params.type).includes('string') && typeof e.data === 'number';
      return mk(
        'schema.type',
        path,
        `should be ${want}, not ${typeName(e.data)}`,
        quote ? `put the value in quotes, e.g. ${q(e.data)}` : `write ${want} here`,
      );
    }
    case 'pattern': {
      const [what, fix] = describePattern(String(params.pattern));
      if (e.propertyName !== undefined) {
        return mk('schema.badName', [...path, e.propertyName], `${q(e.propertyName)} is not ${what}`, fix);
      }
      return mk('schema.pattern', path, `${q(e.data)} is not ${what}`, fix);
    }
    case 'propertyNames':
      return undefined; // the nested `pattern` error on the name says it better
    case 'enum':
    case 'const': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      const names = allowed.map(String);
      return mk(
        'schema.enum',
        path,
        `${q(e.data)} is not allowed here; use: ${names.join(', ')}${didYouMean(String(e.data), names)}`,
        `use one of: ${names.join(', ')}`,
      );
    }
    case 'discriminator':
      return discriminatorDiag(e, path, where, mk);
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'uniqueItems':
      return mk(
        `schema.${e.keyword}`,
        path,
        `${safeEcho(where)} ${e.message ?? 'is out of range'}`,
        fixFor(e.keyword, params),
      );
    default:
      return mk(
        `schema.${e.keyword}`,
        path,
        `${safeEcho(where)} ${e.message ?? 'is invalid'}`,
        'see scenarios/README.md',
      );
  }
}

function discriminatorDiag(
  e: ErrorObject,
  path: (string | number)[],
  where: string,
  mk: (code: string, p: (string | number)[], m: string, f: string) => Diagnostic,
): Diagnostic {
  const params = e.params as { tag: string; tagValue?: unknown; error: string };
  type Branches = { oneOf?: { properties?: Record<string, { const?: unknown }> }[] };
  const allowed = ((e.parentSchema as Branches | undefined)?.oneOf ?? [])
    .map((b) => b.properties?.[params.tag]?.const)
    .filter((x): x is string => typeof x === 'string');
  if (params.error === 'tag') {
    return mk(
      'schema.missingField',
      path,
      `${safeEcho(where)} needs '${params.tag}' (one of: ${allowed.join(', ')})`,
      `add '${params.tag}:'`,
    );
  }
  const v = String(params.tagValue);
  return mk(
    'schema.enum',
    [...path, params.tag],
    `${params.tag} ${q(v)} in ${safeEcho(where)} is not one of: ${allowed.join(', ')}${didYouMean(v, allowed)}`,
    `use one of: ${allowed.join(', ')}`,
  );
}

function fixFor(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'minItems':
      return `list at least ${String(params.limit)} item(s)`;
    case 'maxItems':
      return `list at most ${String(params.limit)} item(s)`;
    case 'uniqueItems':
      return 'remove the repeated entry';
    case 'minLength':
    case 'maxLength':
      return `make it ${keyword === 'minLength' ? 'at least' : 'at most'} ${String(params.limit)} characters`;
    default:
      return `use a value ${String(params.comparison)} ${String(params.limit)}`;
  }
}
