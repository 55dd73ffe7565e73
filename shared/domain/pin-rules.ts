/**
 * Rules for a member's 4-digit PIN ("clave"), shared by the kiosk (friendly,
 * early message) and the centre (the authority). NIST SP 800-63B asks to refuse
 * secrets found in lists of commonly used values and those derived from
 * context the attacker may know (birth date, document number).
 */

export type PinRejection = 'format' | 'common' | 'birth-date' | 'document' | 'mismatch';

export type PinCheck = { readonly ok: true } | { readonly ok: false; readonly reason: PinRejection };

export interface PinContext {
  /** 'YYYY-MM-DD', when known. */
  readonly birthDate?: string | null;
  readonly docNumber?: string | null;
}

/**
 * The 100 most common 4-digit PINs after the DataGenetics analysis of 3.4
 * million leaked codes: its top 20, every repeat, ascending and descending
 * runs, keypad lines and diagonals (2580, 0852, 1470 ...), pairs and dates
 * (1212, 1225, 0101 ...), and the 19xx birth years that fill its top ranks.
 */
export const commonPins: readonly string[] = [
  '1234',
  '1111',
  '0000',
  '1212',
  '7777',
  '1004',
  '2000',
  '4444',
  '2222',
  '6969',
  '9999',
  '3333',
  '5555',
  '6666',
  '1122',
  '1313',
  '8888',
  '4321',
  '2001',
  '1010',
  '0123',
  '2345',
  '3456',
  '4567',
  '5678',
  '6789',
  '9876',
  '8765',
  '7654',
  '6543',
  '5432',
  '3210',
  '2580',
  '0852',
  '1470',
  '3690',
  '7410',
  '9630',
  '1478',
  '3214',
  '2468',
  '1357',
  '8520',
  '7531',
  '8642',
  '1230',
  '0001',
  '1000',
  '1001',
  '2002',
  '2010',
  '2011',
  '2012',
  '2020',
  '1020',
  '1120',
  '1221',
  '1231',
  '1225',
  '0101',
  '0007',
  '0069',
  '0420',
  '1337',
  '1369',
  '5683',
  '2121',
  '2323',
  '2525',
  '1414',
  '1515',
  '4545',
  '5252',
  '1123',
  '1112',
  '1211',
  '0911',
  '1024',
  '1969',
  '1972',
  '1980',
  '1981',
  '1982',
  '1983',
  '1984',
  '1985',
  '1986',
  '1987',
  '1988',
  '1989',
  '1990',
  '1991',
  '1992',
  '1993',
  '1994',
  '1995',
  '1996',
  '1997',
  '1998',
  '1999',
];

const common = new Set(commonPins);

/** YYYY, MMDD, DDMM and MMYY of a 'YYYY-MM-DD' date. */
export function birthDatePins(birthDate: string): readonly string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) {
    return [];
  }
  const [, yyyy = '', mm = '', dd = ''] = match;
  return [yyyy, `${mm}${dd}`, `${dd}${mm}`, `${mm}${yyyy.slice(2)}`];
}

/** First and last 4 digits of the document number. */
export function documentPins(docNumber: string): readonly string[] {
  const digits = docNumber.replace(/\D/g, '');
  return digits.length < 4 ? [] : [digits.slice(0, 4), digits.slice(-4)];
}

/**
 * Checks a new PIN; with `confirmation` (the second entry) also that both
 * match. Personal reasons come before 'common' so the member is told the more
 * useful thing ("no use su fecha de nacimiento").
 */
export function checkNewPin(pin: string, context: PinContext = {}, confirmation?: string): PinCheck {
  if (!/^\d{4}$/.test(pin)) {
    return { ok: false, reason: 'format' };
  }
  if (context.birthDate && birthDatePins(context.birthDate).includes(pin)) {
    return { ok: false, reason: 'birth-date' };
  }
  if (context.docNumber && documentPins(context.docNumber).includes(pin)) {
    return { ok: false, reason: 'document' };
  }
  if (common.has(pin)) {
    return { ok: false, reason: 'common' };
  }
  if (confirmation !== undefined && confirmation !== pin) {
    return { ok: false, reason: 'mismatch' };
  }
  return { ok: true };
}
