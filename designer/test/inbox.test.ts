import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InboxEntry } from '../src/api/views';
import { filterInbox } from '../src/model/inbox';
import { deadlineText } from '../src/model/deadline';

const entry = (id: string, step: string, warning: string, deadline: string | null, itemName: string, address: string): InboxEntry => ({
  task: { id, step, stepName: step, role: 'handler', unit: '990102', department: null, state: 'open', createdAt: '2026-11-20T00:00:00Z', deadline,
    warning: warning as never, suspended: false, signedBy: null, completedBy: null, actions: [], data: null, form: null },
  case: { id: 'c' + id, number: `990102-20261120-000${id}`, status: 'handling', statusName: '办理中', channel: 'web', channelName: '网站',
    itemCode: '01001', itemName, category: '01', urgency: 'normal', urgencyName: '一般', description: '描述', gridCode: '990102001001001',
    placeName: '东湖社区第1网格', address, reportedAt: '2026-11-20T00:00:00Z', assignee: null, deadline, warning: warning as never,
    warningName: warning, workflowVersion: 1 },
});

const entries = [
  entry('1', 'handle', 'none', '2026-11-25T09:00:00Z', '供水井盖异常', '东湖路 1 号'),
  entry('2', 'verify', 'red', '2026-11-21T09:00:00Z', '占道经营', '湖滨路 2 号'),
  entry('3', 'handle', 'overdue', null, '噪音扰民', '东湖路 3 号'),
  entry('4', 'handle', 'yellow', '2026-11-22T09:00:00Z', '供水管道漏水', '春晖路 4 号'),
];

test('the inbox is sorted by deadline, soonest first, tasks without one last', () => {
  assert.deepEqual(filterInbox(entries, {}).map((e) => e.task.id), ['2', '4', '1', '3']);
});

test('filters combine: step, warning and every typed word', () => {
  assert.deepEqual(filterInbox(entries, { step: 'handle' }).map((e) => e.task.id), ['4', '1', '3']);
  assert.deepEqual(filterInbox(entries, { warning: 'red' }).map((e) => e.task.id), ['2']);
  // every word must match somewhere: item, address or place name (all four are in 东湖社区)
  assert.deepEqual(filterInbox(entries, { text: '供水 东湖' }).map((e) => e.task.id), ['4', '1']);
  assert.deepEqual(filterInbox(entries, { text: '供水 东湖路' }).map((e) => e.task.id), ['1']);
  assert.deepEqual(filterInbox(entries, { text: '0004' }).map((e) => e.task.id), ['4']);
  assert.deepEqual(filterInbox(entries, { step: 'verify', text: '供水' }), []);
});

test('a deadline reads as time remaining or time overdue', () => {
  const now = Date.parse('2026-11-22T00:00:00Z');
  assert.equal(deadlineText('2026-11-22T03:30:00Z', now), '剩余 3 小时');
  assert.equal(deadlineText('2026-11-19T00:00:00Z', now), '已超期 3 天');
  assert.equal(deadlineText('2026-11-22T00:00:20Z', now), '剩余 1 分钟');
  assert.equal(deadlineText(null, now), '无时限');
});
