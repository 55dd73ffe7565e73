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
    progressOpen: withValues((v) => (v('typed') === '1' ? '1 dígito' : `${v('typed')} dígitos`)),
    firstAccess: 'Si es su primer ingreso, digite su clave temporal: su fecha de nacimiento (año, mes y día) o el código que le dio el asesor.',
    submit: 'Ingresar',
    cancel: 'Cancelar',
    forgot: 'Olvidé mi clave',
    checking: 'Verificando su clave…',
    wait: withValues((v) =>
      v('seconds') === '1' ? 'Espere 1 segundo para intentar de nuevo' : `Espere ${v('seconds')} segundos para intentar de nuevo`,
    ),
  },
  auth: {
    errors: {
      invalidCredentials: 'El documento o la clave no son correctos. Revise e intente de nuevo.',
      wrongCurrentPin: 'La clave actual no es correcta.',
      accountLocked: 'Su cuenta está bloqueada por seguridad. Acérquese a un asesor de la cooperativa para desbloquearla.',
      rateLimited: 'Hubo varios intentos seguidos en este punto de autoservicio.',
      unavailable: 'No pudimos comunicarnos con la cooperativa. Intente de nuevo más tarde.',
      sessionExpired: 'Su sesión terminó. Ingrese de nuevo.',
      unexpected: 'Algo salió mal. Intente de nuevo más tarde.',
    },
    pinRejected: {
      format: 'La clave debe tener exactamente 4 dígitos.',
      common: 'Esa clave es muy fácil de adivinar (como 1234 o 1111). Elija otra.',
      'birth-date': 'No use fechas de su nacimiento.',
      document: 'No use dígitos de su documento.',
      mismatch: 'Las dos claves no coinciden.',
      same: 'La clave nueva debe ser distinta de la actual.',
    },
  },
  memberBar: {
    label: 'Sesión del asociado',
    signOut: 'Salir',
  },
  home: {
    greeting: withValues((v) => `Hola, ${v('name')}`),
    document: 'Documento',
    actionsLabel: '¿Qué desea hacer?',
    pinChanged: 'Su clave fue cambiada.',
    actions: {
      changePin: 'Cambiar clave',
      changePinHint: 'Cambie su clave de 4 dígitos. Hágalo periódicamente.',
    },
  },
  pinSteps: {
    current: 'Digite su clave actual',
    new: 'Digite su nueva clave de 4 dígitos',
    confirm: 'Digite otra vez la nueva clave',
    rules: 'No use fechas de su nacimiento, dígitos de su documento ni claves fáciles como 1234.',
    continue: 'Continuar',
    saving: 'Guardando su clave…',
  },
  createPin: {
    title: 'Cree su clave',
    intro: 'Ingresó con una clave temporal. Para continuar, cree su clave personal de 4 dígitos.',
    submit: 'Crear clave',
    saved: 'Su clave fue creada.',
  },
  changePin: {
    title: 'Cambiar clave',
    submit: 'Cambiar clave',
    cancel: 'Cancelar',
  },
  forgotPin: {
    title: '¿Olvidó su clave?',
    hint: 'Digite su documento. Le enviaremos una clave temporal.',
    send: 'Enviar',
    sending: 'Enviando…',
    cancel: 'Cancelar',
    sentTitle: 'Solicitud recibida',
    sent: 'Si el documento está registrado, enviaremos una clave temporal al correo electrónico que tiene registrado en la cooperativa.',
    next: 'Con esa clave temporal ingrese de nuevo y cree su clave personal.',
    done: 'Volver al inicio',
  },
  locked: {
    title: 'Cuenta bloqueada',
    message: 'Su cuenta está bloqueada por seguridad. Acérquese a un asesor de la cooperativa para desbloquearla.',
    done: 'Volver al inicio',
  },
  idle: {
    title: '¿Necesita más tiempo?',
    countdown: withValues((v) =>
      v('seconds') === '1' ? 'Su sesión se cerrará en 1 segundo.' : `Su sesión se cerrará en ${v('seconds')} segundos.`,
    ),
    extend: 'Sí, continuar',
  },
  signedOut: {
    title: 'Su sesión terminó',
    reasons: {
      button: 'Usted cerró su sesión de forma segura. Gracias por visitarnos.',
      idle: 'Cerramos su sesión por inactividad.',
      'max-time': 'Cerramos su sesión porque alcanzó el tiempo máximo de uso.',
      expired: 'Su sesión expiró.',
      locked: 'Su cuenta fue bloqueada. Acérquese a un asesor.',
      'renderer-gone': 'Cerramos su sesión por un problema técnico. Puede ingresar de nuevo.',
      'pin-created': 'Su clave fue creada. Ingrese de nuevo con su nueva clave.',
    },
    tipsTitle: 'Recomendaciones de seguridad',
    tips: {
      share: 'No comparta su clave con nadie: es personal e intransferible.',
      neverAsked: 'La cooperativa nunca le pedirá su clave por teléfono, correo electrónico ni mensajes.',
      cover: 'Cubra el teclado con la mano al digitar su clave, y cámbiela periódicamente.',
      signOut: 'Al terminar, toque siempre Salir.',
    },
    finish: 'Terminar',
    autoReturn: withValues((v) => `Volveremos al inicio en ${v('seconds')} segundos.`),
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
