import type { Auth } from '#contracts/identity.ts';
import { defaultAbcThresholds, validateThresholds } from '../../../core/abc-analysis.ts';
import { AppError, versionConflict } from '../../../core/app-error.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import * as store from './portfolio.store.ts';

export const defaultSettings = {
  abcThresholdA: defaultAbcThresholds.a,
  abcThresholdB: defaultAbcThresholds.b,
  keyAccountsPerKam: 8,
  version: 1,
};

export async function getSettings(db: Queryable, auth: Pick<Auth, 'workspaceId'>) {
  return (await store.findSettings(db, auth.workspaceId)) ?? defaultSettings;
}

export async function updateSettings(
  db: Queryable,
  auth: Auth,
  input: {
    version: number;
    abcThresholdA?: number | undefined;
    abcThresholdB?: number | undefined;
    keyAccountsPerKam?: number | undefined;
  },
) {
  return db.transaction(async (tx) => {
    const before = await getSettings(tx, auth);
    const { version, ...changes } = input;
    const next = {
      ...before,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    try {
      validateThresholds({ a: next.abcThresholdA, b: next.abcThresholdB });
    } catch {
      throw new AppError('validation_failed', 'The A threshold must be below the B threshold', [
        { path: 'abcThresholdA', code: 'threshold_order', message: 'Must be below the B threshold' },
      ]);
    }
    const after = await store.updateSettings(tx, auth.workspaceId, version, changes);
    if (!after) throw versionConflict('the settings');
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'portfolio_settings',
      entityId: auth.workspaceId,
      before,
      after,
    });
    return after;
  });
}
