import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BuyingCentreRole,
  buyingCentreRoles,
  closesReportingLoop,
} from '../../src/core/buying-centre.ts';
import { type CoverageMember, coverageWarnings } from '../../src/core/buying-centre-coverage.ts';

const member = (
  contactId: string,
  roles: BuyingCentreRole[],
  relationshipOwnerId: string | null = null,
  leftCompanyOn: string | null = null,
): CoverageMember => ({ contactId, roles, relationshipOwnerId, leftCompanyOn });

const codes = (members: CoverageMember[]) => coverageWarnings(members).map((warning) => warning.code);

describe('coverage warnings', () => {
  it('has nothing to say about an account without people', () => {
    expect(coverageWarnings([])).toEqual([]);
  });

  it('names every gap of a buying centre that nobody has mapped yet', () => {
    expect(coverageWarnings([member('a', []), member('b', [])])).toEqual([
      { code: 'no_decision_maker', contactIds: [] },
      { code: 'no_champion', contactIds: [] },
    ]);
  });

  it('is quiet for a well-covered account', () => {
    expect(
      codes([member('a', ['decision_maker'], 'kam'), member('b', ['champion', 'user'], 'engineer')]),
    ).toEqual([]);
  });

  it('sees a single thread when one colleague holds every owned relationship', () => {
    const warnings = coverageWarnings([
      member('a', ['decision_maker'], 'kam'),
      member('b', ['champion'], 'kam'),
      member('c', ['user']),
    ]);
    expect(warnings).toEqual([{ code: 'single_threaded', contactIds: ['a', 'b'] }]);
  });

  it('needs two current people for a single thread, and a second owner ends it', () => {
    const decider = member('a', ['decision_maker', 'champion'], 'kam');
    expect(codes([decider])).toEqual([]);
    expect(codes([decider, member('b', ['user'], 'kam', '2026-01-31')])).toEqual([]);
    expect(codes([decider, member('b', ['user'], 'engineer')])).toEqual([]);
  });

  it('does not count people who left, and warns about a champion who left', () => {
    const warnings = coverageWarnings([
      member('a', ['decision_maker', 'champion'], 'kam', '2026-03-01'),
      member('b', ['user'], 'engineer'),
    ]);
    expect(warnings).toEqual([
      { code: 'no_decision_maker', contactIds: [] },
      { code: 'no_champion', contactIds: [] },
      { code: 'champion_left', contactIds: ['a'] },
    ]);
  });

  const arbitraryMembers = fc.uniqueArray(
    fc.record({
      contactId: fc.uuid(),
      roles: fc.subarray([...buyingCentreRoles]),
      relationshipOwnerId: fc.constantFrom(null, 'kam', 'engineer'),
      leftCompanyOn: fc.constantFrom(null, '2026-02-01'),
    }),
    { selector: (m) => m.contactId, maxLength: 8 },
  );

  it('warns of a missing role exactly when no current member plays it', () => {
    fc.assert(
      fc.property(arbitraryMembers, (members) => {
        fc.pre(members.length > 0);
        const current = members.filter((m) => m.leftCompanyOn === null);
        const found = codes(members);
        expect(found.includes('no_decision_maker')).toBe(
          !current.some((m) => m.roles.includes('decision_maker')),
        );
        expect(found.includes('no_champion')).toBe(!current.some((m) => m.roles.includes('champion')));
      }),
    );
  });

  it('only ever names members of the account, each warning once', () => {
    fc.assert(
      fc.property(arbitraryMembers, (members) => {
        const ids = new Set(members.map((m) => m.contactId));
        const warnings = coverageWarnings(members);
        expect(new Set(warnings.map((w) => w.code)).size).toBe(warnings.length);
        for (const warning of warnings) for (const id of warning.contactIds) expect(ids).toContain(id);
      }),
    );
  });

  it('does not change when the members come in another order (apart from the order of ids)', () => {
    fc.assert(
      fc.property(arbitraryMembers, (members) => {
        const sorted = (list: CoverageMember[]) =>
          coverageWarnings(list).map((w) => ({ ...w, contactIds: [...w.contactIds].sort() }));
        expect(sorted([...members].reverse())).toEqual(sorted(members));
      }),
    );
  });

  it('gives a new champion (who stays) no way to add a warning', () => {
    fc.assert(
      fc.property(arbitraryMembers, fc.uuid(), (members, id) => {
        fc.pre(!members.some((m) => m.contactId === id) && members.length > 0);
        const before = new Set(codes(members));
        const after = codes([...members, member(id, ['champion'])]);
        for (const code of after) expect(before.has(code) || code === 'single_threaded').toBe(true);
        expect(after).not.toContain('no_champion');
      }),
    );
  });
});

describe('reports-to loops', () => {
  const lines = new Map<string, string | null>([
    ['ceo', null],
    ['cfo', 'ceo'],
    ['buyer', 'cfo'],
  ]);

  it('refuses reporting to oneself or to someone below', () => {
    expect(closesReportingLoop(lines, 'cfo', 'cfo')).toBe(true);
    expect(closesReportingLoop(lines, 'ceo', 'buyer')).toBe(true);
    expect(closesReportingLoop(lines, 'cfo', 'buyer')).toBe(true);
  });

  it('allows reporting to someone above, beside or unknown', () => {
    expect(closesReportingLoop(lines, 'buyer', 'ceo')).toBe(false);
    expect(closesReportingLoop(lines, 'newcomer', 'buyer')).toBe(false);
    expect(closesReportingLoop(lines, 'buyer', 'someone-who-left')).toBe(false);
  });

  it('ends on a loop that does not pass the contact', () => {
    const looped = new Map([
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(closesReportingLoop(looped, 'z', 'x')).toBe(false);
  });

  it('keeps any org chart built from accepted changes free of loops', () => {
    const person = fc.integer({ min: 0, max: 7 }).map((n) => `p${n}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(person, fc.option(person)), { maxLength: 40 }), (changes) => {
        const chart = new Map<string, string | null>();
        for (const [contact, manager] of changes) {
          if (manager !== null && closesReportingLoop(chart, contact, manager)) continue;
          chart.set(contact, manager);
        }
        for (const start of chart.keys()) {
          const seen = new Set<string>();
          for (let at: string | null | undefined = start; at; at = chart.get(at)) {
            expect(seen.has(at)).toBe(false);
            seen.add(at);
          }
        }
      }),
    );
  });
});
