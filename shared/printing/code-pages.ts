/**
 * Upper halves (0x80-0xFF) of the code pages the kiosk selects with ESC t n,
 * written out by hand from the IBM/Microsoft tables so the decoder does not
 * share a table with the encoder it checks.
 */
const cp437 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const cp850 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
const cp858 = `${cp850.slice(0, 0xd5 - 0x80)}€${cp850.slice(0xd5 - 0x80 + 1)}`;
const cp1252 =
  '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ' +
  Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

export const upperHalves: Readonly<Record<string, string>> = { cp437, cp850, cp858, cp1252 };

/** Epson's ESC t n numbers (and Star's ESC GS t n) for the pages above. */
export const epsonCodePages: Readonly<Record<number, string>> = { 0: 'cp437', 2: 'cp850', 16: 'cp1252', 19: 'cp858' };
export const starCodePages: Readonly<Record<number, string>> = { 1: 'cp437', 0: 'cp850', 4: 'cp858', 32: 'cp1252' };

export function decodeByte(byte: number, page: string): string {
  if (byte < 0x80) {
    return String.fromCharCode(byte);
  }
  const half = upperHalves[page] ?? cp437;
  return [...half][byte - 0x80] ?? '\ufffd';
}
