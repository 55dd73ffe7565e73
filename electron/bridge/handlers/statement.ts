import type { KioskHandlers } from '../../../shared/contract/kiosk-api';
import type { CentralClient } from '../../services/central-client';
import type { SessionManager } from '../../services/session';
import { endSessionIfGone, requireMemberSession } from './member-session';

/** `accounts.*` and `statement.*`: the member's own data, fetched by main with the session's token. */
export function createStatementHandlers(deps: {
  readonly central: CentralClient;
  readonly sessions: SessionManager;
}): Pick<KioskHandlers, 'accounts' | 'statement'> {
  const { central, sessions } = deps;
  return {
    accounts: {
      summary: async () => {
        const session = requireMemberSession(sessions);
        return session.ok ? endSessionIfGone(sessions, await central.accounts(session.value.token)) : session;
      },
    },
    statement: {
      get: async ({ from, to }) => {
        const session = requireMemberSession(sessions);
        return session.ok
          ? endSessionIfGone(sessions, await central.statement(session.value.token, { from, to }))
          : session;
      },
    },
  };
}
