import type { KioskMessages } from './es-CO';
import { withValues } from './message';

/** English, for members who ask for it: same keys as es-CO (a test checks). */
export const en: KioskMessages = {
  app: {
    loading: 'Getting the self-service point ready…',
  },
  welcome: {
    invitation: 'Check and print your account statement, simulate a term deposit (CDAT) or a loan, and update your details.',
    enter: 'Sign in',
    branch: 'Branch',
    nit: 'Tax ID (NIT)',
    logoAlt: 'Cooperative logo',
    switchLanguage: 'Español',
  },
  outOfService: {
    title: 'Out of service',
    message: 'This self-service point is out of service. Please ask an adviser for help.',
    supportTitle: 'Technical support information',
    problems: 'Configuration problems',
    configSource: 'Configuration source',
    terminalId: 'Terminal',
    appVersion: 'Version',
    bridgeError: 'Bridge error',
  },
  signIn: {
    title: 'Enter your ID document',
    documentType: 'Document type',
    documentNumber: 'Document number',
    emptyNumber: 'Type the number on the keypad',
    passportNote: 'Passport: type the digits only. If your passport number has letters, please ask an adviser.',
    cancel: 'Cancel',
    continue: 'Continue',
    ruleRange: withValues((v) => `${v('min')} to ${v('max')} digits`),
  },
  documentTypes: {
    CC: 'Citizenship card',
    CE: 'Foreigner ID card',
    TI: 'Identity card (minors)',
    PA: 'Passport',
  },
  keypad: {
    label: 'Number keypad',
    clear: 'Clear',
    backspace: 'Delete',
  },
  pin: {
    title: 'Enter your PIN',
    hint: 'Your PIN has 4 digits. Cover the keypad with your hand while typing it.',
    keypadLabel: 'PIN keypad',
    progress: withValues((v) => `${v('typed')} of 4 digits`),
    submit: 'Sign in',
    cancel: 'Cancel',
    notYetAvailable: 'Signing in is not available in this version yet.',
  },
  status: {
    label: 'Self-service point status',
    centralOnline: 'Central: online',
    centralOffline: 'Central: offline',
    centralChecking: 'Central: checking…',
    receipt: 'Receipts',
    laser: 'Laser',
    virtual: 'virtual',
    terminal: 'Terminal',
    printer: {
      ready: 'ready',
      'paper-near-end': 'paper low',
      'paper-out': 'out of paper',
      'cover-open': 'cover open',
      offline: 'offline',
      unknown: 'no information',
    },
  },
};
