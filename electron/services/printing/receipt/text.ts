/**
 * Fixed-width text for a receipt roll. Widths count code points, because the
 * renderer turns every code point into exactly one byte of the code page
 * (unprintable ones become a plain letter or "?"), so a line of N code points
 * is N columns on paper.
 */

export function columns(text: string): number {
  return Array.from(text).length;
}

/**
 * Text from the centre or the config as one printable line: control
 * characters would reach the printer as ESC/POS commands (a name holding
 * "GS V" would cut the paper), so they become spaces.
 */
export function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut to `width` columns, marking the cut with a final "." so a shortened name reads as one. */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) {
    return text;
  }
  if (width <= 1) {
    return chars.slice(0, Math.max(0, width)).join('');
  }
  return `${chars
    .slice(0, width - 1)
    .join('')
    .trimEnd()}.`;
}

export function centre(text: string, width: number): string {
  const fitted = truncate(text, width);
  return `${' '.repeat(Math.floor((width - columns(fitted)) / 2))}${fitted}`;
}

/** "$" and the figure after it wrap as one word: a line ending in a bare "$" misleads. */
function keepAmountsWhole(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    if (last === '$' || last === '-$') {
      out[out.length - 1] = `${last} ${word}`;
    } else {
      out.push(word);
    }
  }
  return out;
}

/** Word-wraps to `width`; words longer than a line (URLs) are split. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of keepAmountsWhole(text.split(' ').filter((w) => w.length > 0))) {
    let rest = Array.from(word);
    while (rest.length > 0) {
      const room = line === '' ? width : width - columns(line) - 1;
      if (rest.length <= room) {
        line = line === '' ? rest.join('') : `${line} ${rest.join('')}`;
        rest = [];
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width).join(''));
        rest = rest.slice(width);
      }
    }
  }
  if (line !== '') {
    lines.push(line);
  }
  return lines;
}

/**
 * Left text and right-aligned value on one line; when both do not fit, the
 * value moves to its own line rather than being cut (an amount is never
 * shortened), and the left text is shortened only if it alone is too long.
 */
export function row(left: string, right: string, width: number): string[] {
  const room = width - columns(left) - columns(right);
  if (room >= 1) {
    return [`${left}${' '.repeat(room)}${right}`];
  }
  const value = truncate(right, width);
  return [truncate(left, width), `${' '.repeat(width - columns(value))}${value}`];
}

/**
 * A product line: name, masked number, amount. A name is shortened only while
 * enough of it remains to recognise; otherwise (58 mm rolls) it gets a line of
 * its own and the masked number and amount go below it. The masked number is
 * never shortened: it is how a member tells two accounts apart.
 */
export function productRow(name: string, masked: string, amount: string, width: number): string[] {
  const minName = 16;
  const nameRoom = width - columns(masked) - columns(amount) - 2;
  if (columns(name) <= nameRoom || nameRoom >= minName) {
    return row(`${truncate(name, nameRoom)} ${masked}`, amount, width);
  }
  return [truncate(name, width), ...row(`  ${masked}`, amount, width)];
}
