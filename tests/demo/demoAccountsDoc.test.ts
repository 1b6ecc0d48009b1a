import { readFileSync } from 'node:fs';
import { demoAccountsDoc, demoLogins } from '@gridline/backend/demo/demoAccounts.ts';
import { defaultDemoSeed } from '@gridline/backend/demo/demoSettings.ts';
import { demoSize } from '@gridline/backend/demo/demoSizes.ts';
import { planDistrict } from '@gridline/backend/demo/districtPlan.ts';
import { createRandom } from '@gridline/backend/demo/random.ts';
import { planStaff } from '@gridline/backend/demo/staffPlan.ts';
import { describe, expect, it } from 'vitest';

// Start-up prints a few sign-ins and points to the document for all of them, so the
// document must list every sign-in of the district `npm start` generates, and stand alone.

const doc = readFileSync(new URL(`../../${demoAccountsDoc}`, import.meta.url), 'utf8');

/** The sign-ins depend on the district and its people only, so no history is generated. */
const defaultLogins = () => {
  const random = createRandom(defaultDemoSeed);
  const district = planDistrict(demoSize('default').shape, random.fork('district'));
  return demoLogins({ district, staff: planStaff(district, random.fork('staff')) });
};

describe(demoAccountsDoc, () => {
  it('lists every sign-in of the default district with its role, scope and person', () => {
    const section = doc.slice(doc.indexOf('## Sign-ins'), doc.indexOf('### Things to try'));
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    const logins = defaultLogins();
    expect(rows).toHaveLength(logins.length);
    for (const login of logins) {
      const row = rows.find((line) => line.startsWith(`| \`${login.username}\` |`));
      expect(row, login.username).toBeDefined();
      for (const fact of [login.role, login.scope.id, login.personId, login.displayName]) {
        expect(row, login.username).toContain(fact);
      }
    }
  });

  it('stands alone: no pointers into the design notes', () => {
    expect(doc).not.toMatch(/\.\.\/shared|shared\/|DESIGN\.md/);
  });
});
