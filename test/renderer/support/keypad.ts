import { flushPromises, type DOMWrapper } from '@vue/test-utils';

/** Any mounted wrapper: only its buttons are used. */
export interface Tappable {
  findAll(selector: 'button'): DOMWrapper<HTMLButtonElement>[];
}

/** Finds a button by its visible name, failing loudly. */
export function buttonNamed(wrapper: Tappable, name: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === name);
  if (!found) {
    throw new Error(
      `no button named ${name}; have ${wrapper
        .findAll('button')
        .map((b) => b.text())
        .join(', ')}`,
    );
  }
  return found;
}

/** Taps digits on whichever keypad is showing, then the submit button named `submit`. */
export async function enterPin(wrapper: Tappable, digits: string, submit: string): Promise<void> {
  for (const d of digits) {
    await buttonNamed(wrapper, d).trigger('click');
  }
  await buttonNamed(wrapper, submit).trigger('click');
  await flushPromises();
}

/** The page's markup without Vue's scoped-style hashes (hex, which could hold any digit run by chance). */
export function pageMarkup(): string {
  return document.body.innerHTML.replace(/data-v-[0-9a-f]+/g, '');
}
