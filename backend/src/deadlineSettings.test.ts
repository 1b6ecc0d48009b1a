import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { calendarWarnings, readDeadlineSettings } from './deadlineSettings.ts';
import { deadlineFor } from './domain/deadlines/index.ts';

describe('A deployment’s deadline settings', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const file = (content: unknown): string => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-deadlines-'));
    const path = join(dir, 'deadlines.json');
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it('defaults to the 2026 China calendar and the default policy', () => {
    const { decision, yearsWithHolidays } = readDeadlineSettings(undefined);
    expect([...yearsWithHolidays]).toEqual([2026]);
    expect(decision.policy.workingDays.grid).toBe(3);
    expect(decision.calendar.isWorkingDay('2026-10-01')).toBe(false);
  });

  it('takes the calendar and the days per level from the file', () => {
    const { decision, yearsWithHolidays } = readDeadlineSettings(
      file({
        calendar: { timeZone: 'Asia/Shanghai', holidays: ['2027-01-01'], makeUpWorkdays: [] },
        policy: { workingDays: { grid: 1, community: 5, street: 10, department: 10 } },
      }),
    );
    expect([...yearsWithHolidays]).toEqual([2027]);
    // Thursday 31 December 2026, grid level: 1 working day skips the New Year holiday.
    const due = deadlineFor(
      { level: 'grid', riskLevel: 'low', from: new Date('2026-12-31T10:00:00+08:00') },
      decision.policy,
      decision.calendar,
    );
    expect(due.toISOString()).toBe('2027-01-04T15:59:59.999Z');
  });

  it('names the field that is wrong', () => {
    expect(() => readDeadlineSettings(file({ policy: { workingDays: { gird: 3 } } }))).toThrow(
      /workingDays/,
    );
    expect(() => readDeadlineSettings(file({ calender: {} }))).toThrow(ConfigError);
  });

  it('says so when the file is not JSON', () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-deadlines-'));
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ not json');
    expect(() => readDeadlineSettings(path)).toThrow(/GRIDLINE_DEADLINES_FILE/);
  });

  it('warns about a year whose holidays the calendar does not know', () => {
    const known = new Set([2026]);
    expect(calendarWarnings(known, new Date('2026-06-01T00:00:00Z'))).toEqual([]);
    expect(calendarWarnings(known, new Date('2026-12-10T00:00:00Z'))).toEqual([
      expect.stringContaining('no public holidays for 2027'),
    ]);
    expect(calendarWarnings(known, new Date('2027-03-01T00:00:00Z'))).toHaveLength(1);
  });
});
