import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ref } from 'vue';
import NumericKeypad from '../../../renderer/components/NumericKeypad.vue';
import { createKioskI18n } from '../../../renderer/i18n';

function mountKeypad(maxLength = 10) {
  const value = ref('');
  const wrapper = mount(NumericKeypad, {
    props: { modelValue: value.value, maxLength, 'onUpdate:modelValue': (v: string) => (value.value = v) },
    global: { plugins: [createKioskI18n()] },
    attachTo: document.body,
  });
  // Keep the prop in step with the model, as a parent's v-model would.
  const sync = () => wrapper.setProps({ modelValue: value.value });
  const button = (name: string) => {
    const found = wrapper.findAll('button').find((b) => b.text() === name);
    if (!found) {
      throw new Error(`no button named ${name}`);
    }
    return found;
  };
  const tap = async (name: string) => {
    await button(name).trigger('click');
    await sync();
  };
  const press = async (key: string) => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
    await sync();
  };
  return { wrapper, value, button, tap, press };
}

describe('NumericKeypad', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('has buttons named 1-9 and 0 in telephone order, plus Borrar and Corregir', () => {
    const { wrapper } = mountKeypad();
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'Borrar',
      '0',
      'Corregir',
    ]);
  });

  it('types digits up to the maximum length', async () => {
    const { tap, value } = mountKeypad(3);
    for (const d of ['7', '9', '1', '5']) {
      await tap(d);
    }
    expect(value.value).toBe('791');
  });

  it('Corregir deletes the last digit and Borrar clears everything', async () => {
    const { tap, value } = mountKeypad();
    for (const d of ['5', '2', '3']) {
      await tap(d);
    }
    await tap('Corregir');
    expect(value.value).toBe('52');
    await tap('Borrar');
    expect(value.value).toBe('');
  });

  it('marks the tapped key as pressed for visual feedback', async () => {
    const { tap, button } = mountKeypad();
    await tap('8');
    expect(button('8').classes()).toContain('is-pressed');
    expect(button('7').classes()).not.toContain('is-pressed');
  });

  it('accepts physical keyboard digits, Backspace and Delete, and emits enter', async () => {
    const { press, value, wrapper } = mountKeypad();
    for (const key of ['4', '3', 'a', '2']) {
      await press(key);
    }
    expect(value.value).toBe('432');
    await press('Backspace');
    expect(value.value).toBe('43');
    await press('Enter');
    expect(wrapper.emitted('enter')).toHaveLength(1);
    await press('Delete');
    expect(value.value).toBe('');
  });

  it('stops listening to the keyboard once unmounted', () => {
    const { value, wrapper } = mountKeypad();
    wrapper.unmount();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }));
    expect(value.value).toBe('');
  });
});
