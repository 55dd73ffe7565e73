import type { HostPort } from '../../electron/core/host-port';

/** A host port that records what the core asked of it, in order. */
export interface RecordingHostPort extends HostPort {
  readonly calls: string[];
}

export function recordingHostPort(): RecordingHostPort {
  const calls: string[] = [];
  return {
    calls,
    send: (event, payload) => void calls.push(`send ${event} ${JSON.stringify(payload)}`),
    reload: (route) => void calls.push(`reload ${route}`),
    clearPageData: () => {
      calls.push('clear');
      return Promise.resolve();
    },
    showOutOfService: () => void calls.push('out-of-service'),
    killPage: () => void calls.push('kill'),
    keepDisplayAwake: () => void calls.push('awake'),
    relaunch: () => void calls.push('relaunch'),
    quit: () => void calls.push('quit'),
  };
}
