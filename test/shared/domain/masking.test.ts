import { describe, expect, it } from 'vitest';
import { maskDocument, maskEmail, maskName } from '../../../shared/domain/masking';

describe('masking', () => {
  it.each([
    ['CC', '1010101010', 'CC ******1010'],
    ['CC', '79111222', 'CC ****1222'],
    ['CC', '12345', 'CC **345'],
    ['CC', '123', 'CC **3'],
    ['PA', 'AB12345', 'PA ***2345'],
  ])('maskDocument(%s, %s) = %s', (type, number, masked) => {
    expect(maskDocument(type, number)).toBe(masked);
  });

  it('keeps the first character of mailbox and domain, and the top-level domain', () => {
    expect(maskEmail('laura.gomez@example.com')).toBe('l**********@e******.com');
    expect(maskEmail('a@b.co')).toBe('a*@b*.co');
    expect(maskEmail('laura.gomez@example.com')).not.toContain('gomez');
  });

  it('masks names word by word, accents included', () => {
    expect(maskName('Begoña Muñoz Peñaloza')).toBe('B***** M**** P*******');
  });
});
