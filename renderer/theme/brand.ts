import type { SystemInfo } from '../../shared/contract/kiosk-api';

type Brand = SystemInfo['brand'];

const DARK_TEXT = '#14181d';
const LIGHT_TEXT = '#ffffff';

/** WCAG relative luminance of a #rgb / #rrggbb colour (config validates the format). */
function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) {
    return null;
  }
  const full = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const channels = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Text colour for a brand-coloured surface. The brand's colours come from
 * config and may be light (a yellow accent): text on them must stay AA.
 */
export function readableTextOn(background: string): string {
  const bg = luminance(background);
  if (bg === null) {
    return LIGHT_TEXT;
  }
  return contrast(bg, 1) >= contrast(bg, luminance(DARK_TEXT) ?? 0) ? LIGHT_TEXT : DARK_TEXT;
}

/** The brand as CSS custom properties on the app shell. */
export function brandCssVars(brand: Brand): Record<string, string> {
  return {
    '--brand-primary': brand.colors.primary,
    '--brand-on-primary': readableTextOn(brand.colors.primary),
    '--brand-accent': brand.colors.accent,
    '--brand-on-accent': readableTextOn(brand.colors.accent),
  };
}

const minorWords = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'para', 'en', 'the', 'of', 'and']);
/** Words every cooperative's name shares; initials from them would not tell one brand from another. */
const genericWords = new Set([
  'cooperativa',
  'coop',
  'ahorro',
  'crédito',
  'credito',
  'multiactiva',
  'financiera',
  'fondo',
  'empleados',
  'asociación',
  'asociacion',
  'ltda',
  'ltda.',
  'sa',
  's.a.',
  'sas',
  's.a.s.',
]);

/**
 * Up to two initials for the logo placeholder, from the words that make the
 * name distinctive: "Cooperativa Demo de Ahorro y Crédito" → "D".
 */
export function monogram(name: string): string {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}.]/gu, ''))
    .filter((w) => w.length > 0 && !minorWords.has(w.toLowerCase()));
  const distinctive = words.filter((w) => !genericWords.has(w.toLowerCase()));
  const source = distinctive.length > 0 ? distinctive : words;
  return source
    .slice(0, 2)
    .map((w) => w.charAt(0).toLocaleUpperCase('es-CO'))
    .join('');
}
