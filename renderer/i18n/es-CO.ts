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
  errors: {
    apology: 'Algo salió mal. Volvemos al inicio.',
  },
  welcome: {
    invitation: 'En este punto de autoservicio puede:',
    how: 'Tenga a mano su documento de identidad y su clave de 4 dígitos.',
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
    cancel: 'Cancelar',
    continue: 'Continuar',
    ruleRange: withValues((v) => `Entre ${v('min')} y ${v('max')} dígitos`),
    ruleRangeLetters: withValues((v) => `Entre ${v('min')} y ${v('max')} letras o números`),
  },
  documentTypes: {
    CC: 'Cédula de ciudadanía',
    CE: 'Cédula de extranjería',
    TI: 'Tarjeta de identidad',
    PA: 'Pasaporte',
  },
  keypad: {
    label: 'Teclado numérico',
    lettersLabel: 'Teclado de letras y números',
    clear: 'Borrar',
    backspace: 'Corregir',
  },
  pin: {
    title: 'Digite su clave',
    hint: 'Su clave tiene 4 dígitos. Cubra el teclado con la mano al digitarla.',
    keypadLabel: 'Teclado de la clave',
    progress: withValues((v) => `${v('typed')} de 4 dígitos`),
    progressOpen: withValues((v) => (v('typed') === '1' ? '1 dígito' : `${v('typed')} dígitos`)),
    firstAccess:
      'Si es su primer ingreso, digite su clave temporal: su fecha de nacimiento (año, mes y día) o el código que le dio el asesor.',
    submit: 'Ingresar',
    cancel: 'Cancelar',
    forgot: 'Olvidé mi clave',
    checking: 'Verificando su clave…',
    wait: withValues((v) =>
      v('seconds') === '1'
        ? 'Espere 1 segundo para intentar de nuevo'
        : `Espere ${v('seconds')} segundos para intentar de nuevo`,
    ),
  },
  auth: {
    errors: {
      invalidCredentials: 'El documento o la clave no son correctos. Revise e intente de nuevo.',
      wrongCurrentPin: 'La clave actual no es correcta.',
      accountLocked:
        'Su cuenta está bloqueada por seguridad. Acérquese a un asesor de la cooperativa para desbloquearla.',
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
      statement: 'Estado de cuenta',
      statementHint: 'Vea sus movimientos e imprímalos en recibo o en hoja carta.',
      changePin: 'Cambiar clave',
      changePinHint: 'Cambie su clave de 4 dígitos. Hágalo periódicamente.',
    },
  },
  products: {
    title: 'Sus productos',
    loading: 'Consultando sus productos…',
    error: 'No pudimos consultar sus productos. Intente de nuevo.',
    retry: 'Intentar de nuevo',
    account: 'Cuenta',
    balance: 'Saldo',
    available: 'Disponible',
    rate: 'Tasa',
    contributions: {
      title: 'Aportes sociales',
      monthlyFee: 'Cuota mensual',
    },
    savings: {
      title: 'Ahorros',
    },
    cdat: {
      title: 'CDAT',
      amount: 'Valor',
      maturity: 'Vence',
      term: withValues((v) => `Plazo ${v('days')} días`),
    },
    loans: {
      title: 'Créditos',
      installment: 'Cuota',
      nextDue: 'Próximo pago',
      position: withValues((v) => `Cuota ${v('paid')} de ${v('total')}`),
      arrears: withValues(
        (v) =>
          `Cuotas vencidas: ${v('installments')} — ${v('amount')} — ${v('days') === '1' ? '1 día' : `${v('days')} días`} de mora`,
      ),
      catchUp: 'Para ponerse al día, pague en caja o hable con un asesor.',
      overdueSince: 'Vencida desde',
      upToDate: 'Al día',
    },
    none: {
      savings: 'No tiene cuentas de ahorro.',
      cdats: 'No tuvo CDAT en este periodo.',
      loans: 'No tuvo créditos en este periodo.',
    },
    liquidation: {
      monthly: 'Mensual',
      quarterly: 'Trimestral',
      semiannual: 'Semestral',
      'at-maturity': 'Al vencimiento',
    },
  },
  periods: {
    label: 'Periodo',
    'this-month': 'Este mes',
    'last-3': 'Últimos 3 meses',
    'last-6': 'Últimos 6 meses',
    'last-12': 'Últimos 12 meses',
    year: withValues((v) => `Año ${v('year')}`),
    range: withValues((v) => `Del ${v('from')} al ${v('to')}`),
  },
  statement: {
    title: 'Estado de cuenta',
    tabsLabel: 'Productos',
    tabs: {
      contributions: 'Aportes',
      savings: 'Ahorros',
      cdats: 'CDAT',
      loans: 'Créditos',
    },
    loading: 'Consultando su estado de cuenta…',
    error: 'No pudimos consultar su estado de cuenta. Intente de nuevo.',
    retry: 'Intentar de nuevo',
    print: 'Imprimir',
    back: 'Volver al inicio',
    openingBalance: 'Saldo inicial',
    closingBalance: 'Saldo final',
    movementsLabel: withValues((v) => `Movimientos de ${v('account')}`),
    movementCount: withValues((v) => (v('count') === '1' ? '1 movimiento' : `${v('count')} movimientos`)),
    cdat: {
      rate: 'Tasa',
      term: 'Plazo',
      termDays: withValues((v) => `${v('days')} días`),
      amount: 'Valor',
      openedOn: 'Apertura',
      maturesOn: 'Vencimiento',
      interestPaid: 'Intereses pagados en el periodo',
      withholding: 'Retención en la fuente',
      liquidation: 'Liquidación de intereses',
    },
    noMovements: 'No hay movimientos en este periodo.',
    columns: {
      date: 'Fecha',
      description: 'Descripción',
      debit: 'Débito',
      credit: 'Crédito',
      balance: 'Saldo',
    },
    loan: {
      rate: 'Tasa',
      disbursed: 'Valor desembolsado',
      disbursedOn: 'Desembolso',
      position: 'Plan de pagos',
    },
  },
  print: {
    title: 'Imprimir estado de cuenta',
    checking: 'Revisando las impresoras…',
    chooseTitle: '¿Dónde desea imprimirlo?',
    receipt: 'Recibo',
    receiptHint: 'Resumen de sus productos en la impresora de recibos.',
    laser: 'Hoja carta',
    laserHint: 'Estado de cuenta completo, con todos los movimientos, en la impresora láser.',
    paperLow: 'Queda poco papel.',
    noPrinters: 'En este momento no hay impresoras disponibles.',
    email: 'Enviar a mi correo',
    emailTo: withValues((v) => `Enviar a mi correo (${v('email')})`),
    emailHint: withValues(
      (v) =>
        `Lo enviaremos a ${v('email')}, con el estado de cuenta completo en PDF; se abre con su número de documento.`,
    ),
    noEmail: 'No tiene un correo registrado. Para recibirlo por correo, actualice sus datos con un asesor.',
    emailFailed: 'No pudimos registrar el envío. Intente de nuevo.',
    emailed: 'Le enviaremos el estado de cuenta a su correo registrado.',
    previewTitle: 'Vista previa',
    previewLoading: 'Preparando la vista previa…',
    previewFailed: 'No pudimos preparar la vista previa. Intente de nuevo.',
    pages: withValues((v) => (v('count') === '1' ? '1 página' : `${v('count')} páginas`)),
    receiptPaperLabel: 'Vista previa del recibo',
    confirm: 'Imprimir',
    cancel: 'Cancelar',
    printing: 'Imprimiendo su estado de cuenta…',
    printed: 'Su estado de cuenta se imprimió',
    takeIt: 'Retire su documento de la impresora.',
    verificationCode: 'Código de verificación',
    verificationHint: 'Con este código, quien reciba el documento puede comprobar que es auténtico.',
    virtualCopy: 'Copia de lo impreso',
    failedTitle: 'No se imprimió su estado de cuenta',
    otherOptions: 'Puede intentarlo así:',
    laserPageLabel: 'Primera página del estado de cuenta (borrador)',
    tooLongTitle: 'Este estado de cuenta es muy largo para imprimirlo aquí',
    tooManyPages: withValues(
      (v) =>
        `Este estado de cuenta tiene ${v('pages')} páginas; en esta terminal se imprimen hasta ${v('max')}. Puede enviarlo a su correo.`,
    ),
    failures: {
      receipt: {
        'paper-out': 'La impresora de recibos se quedó sin papel.',
        'cover-open': 'La impresora de recibos tiene la tapa abierta.',
        offline: 'La impresora de recibos no está disponible.',
        other: 'La impresora de recibos no pudo imprimir.',
      },
      laser: {
        'paper-out': 'La impresora láser se quedó sin papel.',
        'cover-open': 'La impresora láser tiene una tapa abierta.',
        offline: 'La impresora láser no está disponible.',
        other: 'La impresora láser no pudo imprimir.',
      },
      central: 'No pudimos comunicarnos con la cooperativa. Intente de nuevo más tarde.',
    },
    done: 'Volver al inicio',
    backToStatement: 'Volver al estado de cuenta',
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
      error: 'Algo salió mal y cerramos su sesión. Puede ingresar de nuevo.',
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
