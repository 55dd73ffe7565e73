import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import PinKeypad from '../../../renderer/components/PinKeypad.vue';
import { createKioskI18n } from '../../../renderer/i18n';

function mountPin(shuffle: boolean) {
  const wrapper = mount(PinKeypad, {
    props: { shuffle },
    global: { plugins: [createKioskI18n()] },
    attachTo: document.body,
  });
  const keyLabels = () => wrapper.findAll('.keypad button').map((b) => b.text());
  const digitLayout = () => keyLabels().filter((label) => /^\d$/.test(label));
  const tap = async (name: string) => {
    const button = wrapper.findAll('button').find((b) => b.text() === name);
    if (!button) {
      throw new Error(`no button named ${name}`);
    }
    await button.trigger('click');
  };
  return { wrapper, keyLabels, digitLayout, tap };
}

describe('PinKeypad', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('without shuffle is the telephone grid 1 2 3 / 4 5 6 / 7 8 9 / Borrar 0 Corregir', () => {
    const { keyLabels } = mountPin(false);
    expect(keyLabels()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Borrar', '0', 'Corregir']);
  });

  it('shuffled, is a permutation of 0-9 that stays put across taps', async () => {
    const { digitLayout, tap, keyLabels } = mountPin(true);
    const layout = digitLayout();
    expect([...layout].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(keyLabels()[9]).toBe('Borrar');
    expect(keyLabels()[11]).toBe('Corregir');
    for (const d of ['4', '7', 'Corregir', '1']) {
      await tap(d);
      expect(digitLayout()).toEqual(layout);
    }
  });

  it('shuffles differently from mount to mount', () => {
    const layouts = new Set(Array.from({ length: 8 }, () => mountPin(true).digitLayout().join('')));
    // 8 draws from 10! orders: all equal only with a broken shuffle.
    expect(layouts.size).toBeGreaterThan(1);
  });

  it('never puts the typed digits in the DOM text or attributes; dots count them', async () => {
    const { wrapper, tap } = mountPin(false);
    const pin = ['4', '7', '1', '9'];
    const htmlBefore = wrapper.html();
    for (const [i, d] of pin.entries()) {
      await tap(d);
      expect(wrapper.findAll('.pin-dot.is-filled')).toHaveLength(i + 1);
      const html = wrapper.html();
      if (i > 0) {
        // Single digits are on the keys anyway; any typed run of two or more must not be.
        expect(html).not.toContain(pin.slice(0, i + 1).join(''));
      }
      expect(html).not.toMatch(/(data-[\w-]+|value)="\d/);
    }
    // Apart from the count, the dot states and the enabled "Ingresar", the markup is what it was before typing.
    const strip = (html: string) =>
      html
        .replace(/is-filled|is-pressed| disabled=""|\d de 4 dígitos/g, '')
        .replace(/\s+/g, ' ')
        .replace(/ "/g, '"');
    expect(strip(wrapper.html())).toBe(strip(htmlBefore));
  });

  it('emits complete once with the PIN after 4 digits and "Ingresar", then clears', async () => {
    const { wrapper, tap } = mountPin(true);
    const submit = () => wrapper.findAll('button').find((b) => b.text() === 'Ingresar');
    expect(submit()?.attributes('disabled')).toBeDefined();

    for (const d of ['8', '0', '2', '6', '5']) {
      await tap(d); // the fifth digit is ignored
    }
    expect(submit()?.attributes('disabled')).toBeUndefined();
    await submit()?.trigger('click');
    await submit()?.trigger('click');

    expect(wrapper.emitted('complete')).toEqual([['8026']]);
    expect(wrapper.findAll('.pin-dot.is-filled')).toHaveLength(0);
    expect(submit()?.attributes('disabled')).toBeDefined();
  });

  it('takes physical digits, Backspace and Enter', async () => {
    const { wrapper } = mountPin(true);
    for (const key of ['6', '3', '9', 'Backspace', '5', '2', 'Enter']) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
    }
    await nextTick();
    expect(wrapper.emitted('complete')).toEqual([['6352']]);
  });
});
