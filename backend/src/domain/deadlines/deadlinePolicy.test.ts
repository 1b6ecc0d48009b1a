import { describe, expect, it } from 'vitest';
import { ConfigError } from '../configError.ts';
import { chinaWorkingCalendar2026 as china } from './chinaHolidays2026.ts';
import {
  deadlineFor,
  defaultDeadlinePolicy as policy,
  parseDeadlinePolicy,
  summonsReportDeadline,
} from './deadlinePolicy.ts';

const shanghai = (wallTime: string): Date => new Date(`${wallTime}+08:00`);
const endOfDayInShanghai = (date: string): Date => shanghai(`${date}T23:59:59.999`);
const wednesday = shanghai('2026-03-04T10:00');
const friday = shanghai('2026-03-06T10:00');

describe('A case deadline', () => {
  it('gives each level its default number of working days', () => {
    const due = (level: 'grid' | 'community' | 'street' | 'department') =>
      deadlineFor({ level, riskLevel: 'medium', from: wednesday }, policy, china);
    expect(due('grid')).toEqual(endOfDayInShanghai('2026-03-09'));
    expect(due('community')).toEqual(endOfDayInShanghai('2026-03-13'));
    expect(due('street')).toEqual(endOfDayInShanghai('2026-03-25'));
    expect(due('department')).toEqual(endOfDayInShanghai('2026-03-25'));
  });

  it('treats low risk like medium risk', () => {
    const low = deadlineFor({ level: 'grid', riskLevel: 'low', from: wednesday }, policy, china);
    expect(low).toEqual(endOfDayInShanghai('2026-03-09'));
  });

  it('halves the working days for high risk, rounding up', () => {
    const due = (level: 'grid' | 'community' | 'street') =>
      deadlineFor({ level, riskLevel: 'high', from: wednesday }, policy, china);
    expect(due('grid')).toEqual(endOfDayInShanghai('2026-03-06'));
    expect(due('community')).toEqual(endOfDayInShanghai('2026-03-10'));
    expect(due('street')).toEqual(endOfDayInShanghai('2026-03-16'));
  });

  it('gives critical risk 24 hours on the clock at any level, even over a weekend', () => {
    for (const level of ['grid', 'community', 'street', 'department'] as const) {
      const due = deadlineFor({ level, riskLevel: 'critical', from: friday }, policy, china);
      expect(due).toEqual(shanghai('2026-03-07T10:00'));
    }
  });

  it('follows a deployment’s overrides and keeps the other defaults', () => {
    const custom = parseDeadlinePolicy({ workingDays: { grid: 5 }, criticalHours: 12 });
    expect(custom.workingDays).toEqual({ grid: 5, community: 7, street: 15, department: 15 });
    const from = wednesday;
    expect(deadlineFor({ level: 'grid', riskLevel: 'low', from }, custom, china)).toEqual(
      endOfDayInShanghai('2026-03-11'),
    );
    expect(deadlineFor({ level: 'grid', riskLevel: 'critical', from }, custom, china)).toEqual(
      shanghai('2026-03-04T22:00'),
    );
  });
});

describe('A summons report deadline', () => {
  it('gives an urgent summons 30 minutes on the clock, even on a Saturday night', () => {
    const saturdayNight = shanghai('2026-03-07T23:45');
    expect(summonsReportDeadline({ urgent: true, from: saturdayNight }, policy, china)).toEqual(
      shanghai('2026-03-08T00:15'),
    );
  });

  it('gives an ordinary summons one working day by default', () => {
    expect(summonsReportDeadline({ urgent: false, from: friday }, policy, china)).toEqual(
      endOfDayInShanghai('2026-03-09'),
    );
  });

  it('follows a configured report window', () => {
    const custom = parseDeadlinePolicy({ summonsReportWorkingDays: 2, urgentSummonsMinutes: 15 });
    expect(summonsReportDeadline({ urgent: false, from: friday }, custom, china)).toEqual(
      endOfDayInShanghai('2026-03-10'),
    );
    expect(summonsReportDeadline({ urgent: true, from: friday }, custom, china)).toEqual(
      shanghai('2026-03-06T10:15'),
    );
  });
});

describe('A deadline policy', () => {
  it('defaults to grid 3, community 7, street 15, department 15, critical 24 hours', () => {
    expect(parseDeadlinePolicy({})).toEqual({
      workingDays: { grid: 3, community: 7, street: 15, department: 15 },
      criticalHours: 24,
      urgentSummonsMinutes: 30,
      summonsReportWorkingDays: 1,
    });
  });

  it('rejects a zero-day level, naming the field', () => {
    const attempt = () => parseDeadlinePolicy({ workingDays: { grid: 0 } });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/workingDays\.grid: Too small/);
  });

  it('rejects a misspelt field instead of silently ignoring it', () => {
    expect(() => parseDeadlinePolicy({ workingDays: { gird: 5 } })).toThrow(
      /workingDays: Unrecognized key: "gird"/,
    );
  });

  it('rejects a number written as a string, naming the field', () => {
    expect(() => parseDeadlinePolicy({ criticalHours: '24' })).toThrow(
      /criticalHours: Invalid input: expected number, received string/,
    );
  });

  it('reports every problem at once', () => {
    const attempt = () => parseDeadlinePolicy({ urgentSummonsMinutes: 0.5, workingDays: null });
    expect(attempt).toThrow(/workingDays: Invalid input: expected object, received null/);
    expect(attempt).toThrow(/urgentSummonsMinutes: Invalid input: expected int/);
  });
});
