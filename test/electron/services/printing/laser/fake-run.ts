import type { CommandResult, RunCommand } from '../../../../../electron/services/printing/laser/run-command';

export interface Call {
  readonly command: string;
  readonly args: readonly string[];
}

/** A RunCommand that records argv and answers from a script keyed by "command arg0". */
export function fakeRun(answer: (call: Call) => Partial<CommandResult>): { run: RunCommand; calls: Call[] } {
  const calls: Call[] = [];
  const run: RunCommand = (command, args) => {
    const call = { command, args: [...args] };
    calls.push(call);
    return Promise.resolve({ code: 0, stdout: '', stderr: '', failure: null, ...answer(call) });
  };
  return { run, calls };
}
