import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageOf } from '../src/app/routes';

test('routes match whole path segments: #/reports never opens the public #/report page', () => {
  assert.equal(pageOf('/report'), 'report');
  assert.equal(pageOf('/reports'), 'reports');
  assert.equal(pageOf('/reports/review'), 'reports');
  assert.equal(pageOf('/reportsx'), 'workspace');
  assert.equal(pageOf('/track/990102-20261202-0001'), 'track');
  assert.equal(pageOf('/tracking'), 'workspace');
  assert.equal(pageOf('/case/abc'), 'workspace');
  assert.equal(pageOf('/'), 'workspace');
  assert.equal(pageOf('/report?from=qr'), 'report');
});
