import { Calculator, FileText, KeyRound, PiggyBank } from '@lucide/vue';
import type { Component } from 'vue';
import type { RouteLocationRaw } from 'vue-router';

/** One tile on the home screen: where it goes, its icon and the i18n keys of its label and hint. */
export interface HomeAction {
  readonly id: string;
  readonly to: RouteLocationRaw;
  readonly icon: Component;
  readonly labelKey: string;
  readonly hintKey: string;
}

/**
 * What a member can do from home, in display order: the one list behind the
 * home tiles and the welcome screen's promise ("En este punto puede…"), so
 * the welcome never offers what does not exist. Later issues append their
 * tiles here when their screens exist ("Actualizar datos",
 * "Certificados"). "Salir" is not a tile: it is
 * in the member bar on every screen.
 */
export const homeActions: readonly HomeAction[] = [
  {
    id: 'statement',
    to: { name: 'statement' },
    icon: FileText,
    labelKey: 'home.actions.statement',
    hintKey: 'home.actions.statementHint',
  },
  {
    id: 'loan-simulator',
    to: { name: 'loan-simulator' },
    icon: Calculator,
    labelKey: 'home.actions.loanSimulator',
    hintKey: 'home.actions.loanSimulatorHint',
  },
  {
    id: 'cdat-simulator',
    to: { name: 'cdat-simulator' },
    icon: PiggyBank,
    labelKey: 'home.actions.cdatSimulator',
    hintKey: 'home.actions.cdatSimulatorHint',
  },
  {
    id: 'change-pin',
    to: { name: 'change-pin' },
    icon: KeyRound,
    labelKey: 'home.actions.changePin',
    hintKey: 'home.actions.changePinHint',
  },
];
