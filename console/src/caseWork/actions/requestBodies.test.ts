import { describe, expect, it } from 'vitest';
import {
  extendBody,
  instantOfLocal,
  localOfInstant,
  reportBody,
  reportEntryValue,
  returnVisitBody,
  summonBody,
} from './requestBodies.ts';

describe('When a summons is sent', () => {
  it('names each department once, and sends only the report deadlines set sooner', () => {
    const body = summonBody({
      leadDepartmentId: 'ruijing-judicial',
      assistingDepartmentIds: ['ruijing-police', 'ruijing-judicial'],
      urgent: false,
      request: '请派员到场',
      reportBy: { 'ruijing-police': '2026-12-01T09:30', 'ruijing-judicial': '' },
    });
    expect(body).toEqual({
      leadDepartmentId: 'ruijing-judicial',
      assistingDepartmentIds: ['ruijing-police'],
      urgent: false,
      request: '请派员到场',
      reportBy: { 'ruijing-police': new Date('2026-12-01T09:30').toISOString() },
    });
  });
  it('leaves every deadline to the rules when none is set', () => {
    const body = summonBody({ leadDepartmentId: 'a', urgent: true, request: 'r' });
    expect(body).toEqual({
      leadDepartmentId: 'a',
      assistingDepartmentIds: [],
      urgent: true,
      request: 'r',
    });
  });
});

describe('When a liaison reports in', () => {
  it('sends the summons and the department the choice stands for', () => {
    const entry = reportEntryValue('s-1', 'ruijing-police');
    expect(reportBody({ entry, response: '已到场' })).toEqual({
      summonsId: 's-1',
      departmentId: 'ruijing-police',
      response: '已到场',
    });
  });
});

describe('When a return visit is recorded', () => {
  it('sends the respondent only when named, and no blank comment', () => {
    expect(returnVisitBody({ rating: 'satisfied', method: 'phone', comment: ' ' })).toEqual({
      rating: 'satisfied',
      method: 'phone',
    });
    expect(
      returnVisitBody({
        rating: 'unsatisfied',
        method: 'in_person',
        respondentName: '赵明',
        respondentPhone: '13800138000',
        comment: '噪音依旧',
      }),
    ).toEqual({
      rating: 'unsatisfied',
      method: 'in_person',
      respondent: { name: '赵明', phone: '13800138000' },
      comment: '噪音依旧',
    });
  });
});

describe('When a deadline is extended', () => {
  it('sends the local date and time as an instant, and reads one back the same', () => {
    const body = extendBody({ newDeadline: '2026-12-04T18:00', reason: '需等待鉴定' });
    expect(body.newDeadline).toBe(new Date('2026-12-04T18:00').toISOString());
    expect(localOfInstant(body.newDeadline)).toBe('2026-12-04T18:00');
    expect(instantOfLocal('')).toBeUndefined();
  });
});
