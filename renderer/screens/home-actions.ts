import type { RouteLocationRaw } from 'vue-router';

/** One tile on the home screen: where it goes and the i18n keys of its label and hint. */
export interface HomeAction {
  readonly id: string;
  readonly to: RouteLocationRaw;
  readonly labelKey: string;
  readonly hintKey: string;
}

/**
 * What a member can do from home, in display order. Later issues append
 * their tiles here when their screens exist ("Simulador CDAT", "Simulador de
 * crédito", "Actualizar datos", "Certificados"): a tile
 * is never shown before it works. "Salir" is not a tile: it is in the member
 * bar on every screen.
 */
export const homeActions: readonly HomeAction[] = [
  {
    id: 'statement',
    to: { name: 'statement' },
    labelKey: 'home.actions.statement',
    hintKey: 'home.actions.statementHint',
  },
  {
    id: 'change-pin',
    to: { name: 'change-pin' },
    labelKey: 'home.actions.changePin',
    hintKey: 'home.actions.changePinHint',
  },
];
