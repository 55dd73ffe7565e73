import type { z } from 'zod';

/**
 * What is wrong with one field of a terminal config, as IT needs it: the
 * dotted path, a rule with its few parameters (the screen says it in the
 * terminal's language) and the same as one plain English sentence for the log.
 * Never the validator's own wording ("Invalid input: expected string…").
 */
export const configRules = [
  'missing',
  'type',
  'integer',
  'too-small',
  'too-big',
  'format',
  'one-of',
  'unknown-fields',
  'file',
  'credential',
  'recovery',
  'invalid',
] as const;
export type ConfigRule = (typeof configRules)[number];

export interface ConfigProblem {
  /** Dotted path of the offending field, e.g. "printers.receipt.interface"; "(file)" for the file itself. */
  readonly path: string;
  /** One plain sentence with the path, for the log and as the fallback on screen. */
  readonly message: string;
  readonly rule: ConfigRule;
  /** Values for the sentence: expected kind, limits, allowed values, unknown keys. */
  readonly params: Readonly<Record<string, string>>;
}

/** The kinds a config value can have, in words. */
const kindWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

const formatWords: Readonly<Record<string, string>> = {
  url: 'a URL',
  regex: 'the expected pattern',
  email: 'an e-mail address',
  ipv4: 'an IPv4 address',
};

function sizeUnit(origin: string): string {
  return origin === 'string' ? 'characters' : origin === 'array' || origin === 'set' ? 'items' : '';
}

type Described = { readonly rule: ConfigRule; readonly params: Record<string, string>; readonly sentence: string };

/** zod's own wording; anything else is a message our schema wrote for this field, already plain. */
const validatorWording = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function describe(issue: z.core.$ZodIssue, path: string): Described {
  if (issue.code !== 'unrecognized_keys' && !validatorWording.test(issue.message)) {
    return { rule: 'invalid', params: { detail: issue.message }, sentence: `${path}: ${issue.message}` };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message)) {
        return { rule: 'missing', params: {}, sentence: `${path} is required and missing.` };
      }
      if (issue.expected === 'int') {
        return { rule: 'integer', params: {}, sentence: `${path} must be a whole number.` };
      }
      const expected = String(issue.expected);
      return {
        rule: 'type',
        params: { expected },
        sentence: `${path} must be ${kindWords[expected] ?? expected}.`,
      };
    }
    case 'too_small':
    case 'too_big': {
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const unit = sizeUnit(issue.origin);
      const rule = issue.code === 'too_small' ? 'too-small' : 'too-big';
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      const sentence = unit ? `${path} must have ${bound} ${limit} ${unit}.` : `${path} must be ${bound} ${limit}.`;
      return { rule, params: { limit, unit: unit || 'value' }, sentence };
    }
    case 'invalid_format': {
      const format = issue.format;
      return {
        rule: 'format',
        params: { format },
        sentence: `${path} must be ${formatWords[format] ?? `in the ${format} format`}.`,
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return { rule: 'one-of', params: { values }, sentence: `${path} must be one of: ${values}.` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return {
        rule: 'unknown-fields',
        params: { keys },
        sentence: `${path} has field(s) this version does not know: ${keys}.`,
      };
    }
    default:
      // Our own refinements already speak plainly ("the TCP port must be 1-65535").
      return { rule: 'invalid', params: { detail: issue.message }, sentence: `${path}: ${issue.message}` };
  }
}

/** One problem per validator issue, in words. */
export function configProblemsFrom(issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  return issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    const { rule, params, sentence } = describe(issue, path);
    return { path, rule, params, message: sentence.replace(/\.\.$/, '.') };
  });
}

/**
 * A problem found outside the schema: the file itself (missing, unreadable, not JSON) or one it names (the logo),
 * the terminal credential, the crash-loop limit. `message` is already a plain sentence; `params` feed the screen's.
 */
export function plainProblem(
  path: string,
  rule: 'file' | 'credential' | 'recovery' | 'format' | 'invalid',
  message: string,
  params: Readonly<Record<string, string>> = { detail: message },
): ConfigProblem {
  return { path, rule, params, message };
}
