import type { DocType, CdatLiquidation } from '../../shared/contract/central';

/**
 * The demo central's members. Credentials are the published demo ones (README);
 * they are hashed into the state file on first start and never kept in clear
 * anywhere else.
 */

export interface SavingsSpec {
  readonly productName: string;
  readonly rateEaBps: number;
  readonly openingDeposit: number;
  /** Monthly payroll credit (abono de nómina), 0 for none. */
  readonly payroll: number;
  /** 'light': a few movements a month; 'heavy': 2-4 a day (the long-history persona). */
  readonly activity: 'light' | 'heavy';
}

export interface LoanSpec {
  readonly lineCode: string;
  readonly amount: number;
  readonly installments: number;
  readonly periodicity: 'monthly' | 'biweekly';
  /** Installment number whose due date is `today + anchorOffsetDays`. */
  readonly anchorInstallment: number;
  readonly anchorOffsetDays: number;
  /** True when installments from the anchor on were not paid (arrears). */
  readonly unpaidFromAnchor: boolean;
}

export interface CdatSpec {
  readonly amount: number;
  readonly rateEaBps: number;
  readonly termDays: number;
  readonly liquidation: CdatLiquidation;
}

export interface Persona {
  readonly id: string;
  readonly docType: DocType;
  readonly docNumber: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly email: string | null;
  readonly phone: string;
  readonly address: string;
  readonly city: string;
  readonly employer: string | null;
  readonly occupation: string;
  /** Demo PIN; null for a member who never activated (the birth date is the temporary credential). */
  readonly pin: string | null;
  readonly initialStatus: 'active' | 'locked' | 'pending-activation';
  /** How long ago the member joined, in years before `today`. */
  readonly yearsOfHistory: number;
  /** Cuota mensual de aportes. */
  readonly contributionsFee: number;
  readonly savings: readonly SavingsSpec[];
  readonly cdat: CdatSpec | null;
  readonly loans: readonly LoanSpec[];
}

const base = { address: 'Calle 50 # 45-20', city: 'Medellín' } as const;

export const personas: readonly Persona[] = [
  {
    ...base,
    id: 'M-0001',
    docType: 'CC',
    docNumber: '1010101010',
    firstName: 'Laura',
    lastName: 'Gómez Restrepo',
    birthDate: '1990-07-21',
    email: 'laura.gomez@example.com',
    phone: '3001234567',
    employer: 'Institución Educativa San José',
    occupation: 'Docente',
    pin: '4719',
    initialStatus: 'active',
    yearsOfHistory: 6,
    contributionsFee: 60_000,
    savings: [
      { productName: 'Ahorro a la vista', rateEaBps: 250, openingDeposit: 800_000, payroll: 0, activity: 'light' },
    ],
    cdat: { amount: 10_000_000, rateEaBps: 1_000, termDays: 360, liquidation: 'monthly' },
    loans: [
      {
        lineCode: 'LIBRE',
        amount: 12_000_000,
        installments: 36,
        periodicity: 'monthly',
        anchorInstallment: 14,
        anchorOffsetDays: -10,
        unpaidFromAnchor: false,
      },
    ],
  },
  {
    ...base,
    id: 'M-0002',
    docType: 'CC',
    docNumber: '79111222',
    firstName: 'Carlos Andrés',
    lastName: 'Pérez',
    birthDate: '1978-02-11',
    email: 'carlos.perez@example.com',
    phone: '3109876543',
    employer: 'Transportes del Valle S.A.S.',
    occupation: 'Conductor',
    pin: '6352',
    initialStatus: 'active',
    yearsOfHistory: 8,
    contributionsFee: 50_000,
    savings: [
      { productName: 'Ahorro a la vista', rateEaBps: 250, openingDeposit: 300_000, payroll: 0, activity: 'light' },
    ],
    cdat: null,
    loans: [
      {
        lineCode: 'VEHI',
        amount: 25_000_000,
        installments: 48,
        periodicity: 'monthly',
        anchorInstallment: 20,
        anchorOffsetDays: -45,
        unpaidFromAnchor: true,
      },
    ],
  },
  {
    ...base,
    id: 'M-0003',
    docType: 'CC',
    docNumber: '52333444',
    firstName: 'Diana Marcela',
    lastName: 'Ríos',
    birthDate: '1985-03-14',
    email: 'diana.rios@example.com',
    phone: '3155551234',
    city: 'Bogotá',
    employer: 'Colegio Nueva Granada',
    occupation: 'Coordinadora académica',
    pin: null,
    initialStatus: 'pending-activation',
    yearsOfHistory: 4,
    contributionsFee: 40_000,
    savings: [
      { productName: 'Ahorro a la vista', rateEaBps: 250, openingDeposit: 500_000, payroll: 0, activity: 'light' },
    ],
    cdat: null,
    loans: [],
  },
  {
    ...base,
    id: 'M-0004',
    docType: 'CC',
    docNumber: '80555666',
    firstName: 'Jorge Iván',
    lastName: 'Castaño',
    birthDate: '1972-11-30',
    email: 'jorge.castano@example.com',
    phone: '3012223344',
    employer: null,
    occupation: 'Comerciante',
    pin: '2749',
    initialStatus: 'locked',
    yearsOfHistory: 10,
    contributionsFee: 45_000,
    savings: [
      { productName: 'Ahorro a la vista', rateEaBps: 250, openingDeposit: 1_000_000, payroll: 0, activity: 'light' },
    ],
    cdat: null,
    loans: [
      {
        lineCode: 'EDUC',
        amount: 6_000_000,
        installments: 24,
        periodicity: 'monthly',
        anchorInstallment: 5,
        anchorOffsetDays: -20,
        unpaidFromAnchor: false,
      },
    ],
  },
  {
    ...base,
    id: 'M-0005',
    docType: 'CC',
    docNumber: '43777888',
    firstName: 'Begoña',
    lastName: 'Muñoz Peñaloza',
    birthDate: '1968-09-05',
    email: 'begona.munoz@example.com',
    phone: '3046667788',
    city: 'Envigado',
    employer: 'Pensionada',
    occupation: 'Pensionada',
    pin: '8026',
    initialStatus: 'active',
    yearsOfHistory: 7,
    contributionsFee: 35_000,
    savings: [
      {
        productName: 'Ahorro a la vista',
        rateEaBps: 250,
        openingDeposit: 2_000_000,
        payroll: 2_100_000,
        activity: 'light',
      },
      {
        productName: 'Ahorro programado Navidad',
        rateEaBps: 450,
        openingDeposit: 100_000,
        payroll: 0,
        activity: 'light',
      },
    ],
    cdat: null,
    loans: [],
  },
  {
    ...base,
    id: 'M-0006',
    docType: 'CC',
    docNumber: '1020304050',
    firstName: 'Andrés Felipe',
    lastName: 'Zuluaga',
    birthDate: '1993-04-02',
    email: 'andres.zuluaga@example.com',
    phone: '3207778899',
    city: 'Itagüí',
    employer: 'Secretaría de Educación de Antioquia',
    occupation: 'Docente',
    pin: '3958',
    initialStatus: 'active',
    yearsOfHistory: 5,
    contributionsFee: 80_000,
    savings: [
      {
        productName: 'Ahorro a la vista',
        rateEaBps: 250,
        openingDeposit: 1_500_000,
        payroll: 4_200_000,
        activity: 'heavy',
      },
    ],
    cdat: null,
    loans: [
      {
        lineCode: 'VIVI',
        amount: 40_000_000,
        installments: 120,
        periodicity: 'biweekly',
        anchorInstallment: 30,
        anchorOffsetDays: -3,
        unpaidFromAnchor: false,
      },
    ],
  },
];

export interface StaffPersona {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly role: 'teller' | 'admin';
}

export const staffPersonas: readonly StaffPersona[] = [
  { username: 'cajero1', password: 'Cajero-2026!', displayName: 'Cajero Sede Centro', role: 'teller' },
  { username: 'admin1', password: 'Admin-2026!', displayName: 'Administrador de sistemas', role: 'admin' },
];

/** PIN of the terminals' maintenance screen (IT). */
export const maintenancePin = '909090';

export const cooperative = {
  name: 'Cooperativa Demo de Ahorro y Crédito',
  nit: '900.123.456-8',
  city: 'Medellín',
} as const;

export function findPersona(docType: string, docNumber: string): Persona | undefined {
  return personas.find((p) => p.docType === docType && p.docNumber === docNumber);
}

export function personaById(id: string): Persona | undefined {
  return personas.find((p) => p.id === id);
}
