import { withValues } from './message';

/**
 * Spanish (Colombia), the default locale. Messages are plain strings or, when
 * they carry values, small functions: nothing needs vue-i18n's message
 * compiler at runtime (see ./message.ts).
 */
export const esCO = {
  app: {
    loading: 'Preparando el punto de autoservicio…',
  },
  welcome: {
    invitation: 'Consulte e imprima su estado de cuenta, simule su CDAT o su crédito y actualice sus datos.',
    enter: 'Ingresar',
    branch: 'Oficina',
    nit: 'NIT',
    logoAlt: 'Logotipo de la cooperativa',
    switchLanguage: 'English',
  },
  outOfService: {
    title: 'Fuera de servicio',
    message: 'Este punto de autoservicio está fuera de servicio. Por favor acérquese a un asesor.',
    supportTitle: 'Información para soporte técnico',
    problems: 'Problemas de configuración',
    configSource: 'Origen de la configuración',
    terminalId: 'Terminal',
    appVersion: 'Versión',
    bridgeError: 'Error del puente',
  },
  signIn: {
    title: 'Ingrese su documento',
    documentType: 'Tipo de documento',
    documentNumber: 'Número de documento',
    emptyNumber: 'Digite el número en el teclado',
    passportNote: 'Pasaporte: digite solo los números. Si su pasaporte tiene letras, acérquese a un asesor.',
    cancel: 'Cancelar',
    continue: 'Continuar',
    ruleRange: withValues((v) => `Entre ${v('min')} y ${v('max')} dígitos`),
  },
  documentTypes: {
    CC: 'Cédula de ciudadanía',
    CE: 'Cédula de extranjería',
    TI: 'Tarjeta de identidad',
    PA: 'Pasaporte',
  },
  keypad: {
    label: 'Teclado numérico',
    clear: 'Borrar',
    backspace: 'Corregir',
  },
  pin: {
    title: 'Digite su clave',
    hint: 'Su clave tiene 4 dígitos. Cubra el teclado con la mano al digitarla.',
    keypadLabel: 'Teclado de la clave',
    progress: withValues((v) => `${v('typed')} de 4 dígitos`),
    submit: 'Ingresar',
    cancel: 'Cancelar',
    notYetAvailable: 'El ingreso todavía no está disponible en esta versión.',
  },
  status: {
    label: 'Estado del punto de autoservicio',
    centralOnline: 'Central: en línea',
    centralOffline: 'Central: sin conexión',
    centralChecking: 'Central: comprobando…',
    receipt: 'Recibos',
    laser: 'Láser',
    virtual: 'virtual',
    terminal: 'Terminal',
    printer: {
      ready: 'lista',
      'paper-near-end': 'poco papel',
      'paper-out': 'sin papel',
      'cover-open': 'tapa abierta',
      offline: 'desconectada',
      unknown: 'sin información',
    },
  },
} as const;

/** The shape every locale must have: same keys, any wording. */
export type KioskMessages = Widen<typeof esCO>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { readonly [K in keyof T]: Widen<T[K]> };
