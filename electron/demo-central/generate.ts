import { addDays } from '../../shared/domain/dates';
import type { Catalog } from '../../shared/contract/central';
import { generateCdats, type CdatRecord } from './generate-cdats';
import { generateContributions, generateSavings } from './generate-deposits';
import { generateLoan, type LoanRecord } from './generate-loans';
import type { LedgerMovement } from './ledger';
import type { Persona, SavingsSpec } from './personas';
import { createPrng } from './prng';

/**
 * A persona's products and full history, derived only from the persona, the
 * catalog and `today`: the same inputs give the same data on every run, so
 * nothing here needs to be stored.
 */
export interface Portfolio {
  readonly persona: Persona;
  readonly memberSince: string;
  readonly contributions: {
    readonly accountNumber: string;
    readonly monthlyFee: number;
    readonly movements: readonly LedgerMovement[];
  };
  readonly savings: readonly (SavingsSpec & {
    readonly id: string;
    readonly accountNumber: string;
    readonly movements: readonly LedgerMovement[];
  })[];
  /** Every CDAT term, past and current. */
  readonly cdats: readonly CdatRecord[];
  readonly loans: readonly LoanRecord[];
}

export function generatePortfolio(persona: Persona, catalog: Catalog, today: string): Portfolio {
  const index = Number(persona.id.slice(2));
  const memberSince = addDays(today, -Math.round(persona.yearsOfHistory * 365.25));
  const wh = catalog.withholding;
  const cdats = persona.cdat
    ? generateCdats(persona.cdat, addDays(memberSince, 365), today, index, wh.cdatInterestBps)
    : [];
  const savings = persona.savings.map((spec, n) => {
    const prng = createPrng(`${persona.id}:savings:${n}`);
    const movements = generateSavings(spec, memberSince, today, prng, wh.savingsInterestBps, n === 0 ? cdats : []);
    return {
      ...spec,
      id: `AH-${index}-${n + 1}`,
      accountNumber: `2001-${String(index * 1000 + n + 1).padStart(6, '0')}`,
      movements,
    };
  });
  const loans = persona.loans.map((spec, n) => {
    const line = catalog.creditLines.find((l) => l.code === spec.lineCode);
    if (!line) {
      throw new Error(`demo persona uses unknown credit line ${spec.lineCode}`);
    }
    return generateLoan(
      spec,
      line,
      today,
      `CR-${index}-${n + 1}`,
      `4001-${String(index * 1000 + n + 1).padStart(6, '0')}`,
    );
  });
  return {
    persona,
    memberSince,
    contributions: {
      accountNumber: `1001-${String(index).padStart(6, '0')}`,
      monthlyFee: persona.contributionsFee,
      movements: generateContributions(persona.contributionsFee, memberSince, today),
    },
    savings,
    cdats,
    loans,
  };
}

/** Portfolios are built on first use and kept: the long-history persona takes a few milliseconds. */
export function createPortfolioCache(catalog: Catalog, today: string): (persona: Persona) => Portfolio {
  const cache = new Map<string, Portfolio>();
  return (persona) => {
    let p = cache.get(persona.id);
    if (!p) {
      p = generatePortfolio(persona, catalog, today);
      cache.set(persona.id, p);
    }
    return p;
  };
}
