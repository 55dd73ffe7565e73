import { describe, expect, it } from 'vitest';
import {
  devToolsRequested,
  isAppUrl,
  isTrustedSender,
  permissionDecision,
  debuggingPolicy,
  debugSwitches,
  shouldBlockInput,
  userDataDirOverride,
  type KeyInput,
} from '../../../electron/window/guards';

describe('isAppUrl', () => {
  it.each(['app://kiosk/index.html', 'app://kiosk/', 'app://kiosk/index.html#/welcome'])('allows %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:4780/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'app://evil/index.html',
    'app://kiosk.evil.com/',
    'devtools://devtools/bundled/inspector.html',
    '',
    'kiosk/index.html',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  code: '',
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...extra,
});

describe('shouldBlockInput', () => {
  const kiosk = { devTools: false };
  const dev = { devTools: true };

  it.each([
    ['Ctrl +', key('+', { control: true, shift: true, code: 'Equal' })],
    ['Ctrl =', key('=', { control: true, code: 'Equal' })],
    ['Ctrl -', key('-', { control: true, code: 'Minus' })],
    ['Ctrl 0', key('0', { control: true, code: 'Digit0' })],
    ['Cmd +', key('+', { meta: true })],
    ['Cmd -', key('-', { meta: true })],
    ['Ctrl numpad +', key('+', { control: true, code: 'NumpadAdd' })],
    ['zoom key', key('ZoomIn')],
  ])('always blocks zoom: %s', (_label, input) => {
    expect(shouldBlockInput(input, kiosk)).toBe(true);
    expect(shouldBlockInput(input, dev)).toBe(true);
  });

  it.each([
    ['F5', key('F5')],
    ['Ctrl R', key('r', { control: true })],
    ['Ctrl Shift R', key('R', { control: true, shift: true })],
    ['Cmd R', key('r', { meta: true })],
    ['Ctrl F5', key('F5', { control: true })],
    ['browser refresh key', key('BrowserRefresh')],
    ['Alt Left', key('ArrowLeft', { alt: true })],
    ['browser back key', key('BrowserBack')],
    ['Ctrl P', key('p', { control: true })],
    ['Ctrl W', key('w', { control: true })],
    ['Cmd Q', key('q', { meta: true })],
  ])('always blocks reload, history and browser shortcuts: %s', (_label, input) => {
    expect(shouldBlockInput(input, kiosk)).toBe(true);
    expect(shouldBlockInput(input, dev)).toBe(true);
  });

  it.each([
    ['F12', key('F12')],
    ['Ctrl Shift I', key('I', { control: true, shift: true })],
    ['Ctrl Shift J', key('J', { control: true, shift: true })],
    ['Ctrl Shift C', key('C', { control: true, shift: true })],
    ['Cmd Alt I', key('i', { meta: true, alt: true })],
  ])('blocks DevTools shortcuts unless the flag is on: %s', (_label, input) => {
    expect(shouldBlockInput(input, kiosk)).toBe(true);
    expect(shouldBlockInput(input, dev)).toBe(false);
  });

  it.each([
    ['digit', key('7')],
    ['Enter', key('Enter')],
    ['Backspace', key('Backspace')],
    ['letter', key('a')],
    ['Shift letter', key('A', { shift: true })],
    ['Ctrl C (copy)', key('c', { control: true })],
    ['Tab', key('Tab')],
  ])('lets ordinary typing through: %s', (_label, input) => {
    expect(shouldBlockInput(input, kiosk)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const expected = { expectedWebContentsId: 7 };
  const kioskPage = { frameUrl: 'app://kiosk/index.html#/welcome', webContentsId: 7, isMainFrame: true };

  it("trusts the kiosk window's main frame on the app origin", () => {
    expect(isTrustedSender(kioskPage, expected)).toBe(true);
  });

  it.each([
    ['another origin', { ...kioskPage, frameUrl: 'https://evil.example/' }],
    ['a file: page', { ...kioskPage, frameUrl: 'file:///tmp/x.html' }],
    ['the out-of-service data: page', { ...kioskPage, frameUrl: 'data:text/html,x' }],
    ['a frame that is gone', { ...kioskPage, frameUrl: null }],
    ['another webContents', { ...kioskPage, webContentsId: 8 }],
    ['a subframe', { ...kioskPage, isMainFrame: false }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, expected)).toBe(false);
  });

  it('refuses everyone before the window exists', () => {
    expect(isTrustedSender(kioskPage, { expectedWebContentsId: null })).toBe(false);
  });
});

describe('permissionDecision', () => {
  it('denies', () => {
    expect(permissionDecision()).toBe(false);
  });
});

describe('flags', () => {
  it('turns DevTools on only with --devtools or COOPKIOSK_DEVTOOLS=1', () => {
    expect(devToolsRequested(['electron', 'main.cjs'], {})).toBe(false);
    expect(devToolsRequested(['electron', 'main.cjs', '--devtools'], {})).toBe(true);
    expect(devToolsRequested(['electron'], { COOPKIOSK_DEVTOOLS: '1' })).toBe(true);
    expect(devToolsRequested(['electron'], { COOPKIOSK_DEVTOOLS: 'true' })).toBe(false);
  });

  it.each(debugSwitches)('a packaged build refuses --%s, even with --devtools and COOPKIOSK_DEVTOOLS=1', (name) => {
    const policy = debuggingPolicy({
      isPackaged: true,
      argv: ['coopkiosk', '--devtools'],
      env: { COOPKIOSK_DEVTOOLS: '1' },
      hasSwitch: (s) => s === name,
    });
    expect(policy).toEqual({ devTools: false, refusedSwitches: [name], ignored: ['--devtools', 'COOPKIOSK_DEVTOOLS'] });
  });

  it('a packaged build without switches starts, DevTools off; a development run keeps its tools', () => {
    expect(debuggingPolicy({ isPackaged: true, argv: ['coopkiosk'], env: {}, hasSwitch: () => false })).toEqual({
      devTools: false,
      refusedSwitches: [],
      ignored: [],
    });
    expect(
      debuggingPolicy({
        isPackaged: false,
        argv: ['electron', '--devtools'],
        env: {},
        hasSwitch: (s) => s === 'inspect',
      }),
    ).toEqual({ devTools: true, refusedSwitches: [], ignored: [] });
    expect(debuggingPolicy({ isPackaged: false, argv: ['electron'], env: {}, hasSwitch: () => true }).devTools).toBe(
      false,
    );
  });

  it('reads --user-data-dir=DIR', () => {
    expect(userDataDirOverride(['electron', '--user-data-dir=/tmp/k1'])).toBe('/tmp/k1');
    expect(userDataDirOverride(['electron', '--user-data-dir='])).toBeNull();
    expect(userDataDirOverride(['electron'])).toBeNull();
  });
});
