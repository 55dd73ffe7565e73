import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@vue/compiler-sfc';
import { describe, expect, it } from 'vitest';

/*
 * Every member-facing word goes through i18n, in both languages: a template
 * holding a word of its own (a text node, or an aria-label/title/placeholder/
 * alt written in place) would stay in one language whatever the member chose.
 */
const root = join(__dirname, '../../../renderer');

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? vueFiles(path) : entry.name.endsWith('.vue') ? [path] : [];
  });
}

interface TemplateNode {
  readonly type: number;
  readonly content?: unknown;
  readonly children?: readonly TemplateNode[];
  readonly props?: readonly { readonly type: number; readonly name: string; readonly value?: { content: string } }[];
  readonly tag?: string;
}

// @vue/compiler-core NodeTypes: ELEMENT 1, TEXT 2, ATTRIBUTE 6.
const ELEMENT = 1;
const TEXT = 2;
const ATTRIBUTE = 6;
const spokenAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
/** Two letters in a row: a word (a lone "!" icon, digits and punctuation are not). */
const word = /\p{L}{2,}/u;

function literals(node: TemplateNode, found: string[]): void {
  if (node.type === TEXT && typeof node.content === 'string' && word.test(node.content)) {
    found.push(`text "${node.content.trim()}"`);
  }
  if (node.type === ELEMENT) {
    for (const prop of node.props ?? []) {
      if (prop.type === ATTRIBUTE && spokenAttributes.has(prop.name) && prop.value && word.test(prop.value.content)) {
        found.push(`${prop.name}="${prop.value.content}" on <${node.tag ?? '?'}>`);
      }
    }
  }
  for (const child of node.children ?? []) {
    literals(child, found);
  }
}

describe('templates', () => {
  const files = vueFiles(root);

  it('finds the components to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s holds no words of its own', (_name, file) => {
    const { descriptor } = parse(readFileSync(file, 'utf8'));
    const found: string[] = [];
    if (descriptor.template?.ast) {
      literals(descriptor.template.ast as unknown as TemplateNode, found);
    }
    expect(found).toEqual([]);
  });

  it('would catch a word written in place', () => {
    const { descriptor } = parse('<template><p>Hola</p><button aria-label="Cerrar">x</button></template>');
    const found: string[] = [];
    literals(descriptor.template?.ast as unknown as TemplateNode, found);
    expect(found).toEqual(['text "Hola"', 'aria-label="Cerrar" on <button>']);
  });
});
