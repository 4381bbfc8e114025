import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Modal, Space, Tag, Timeline, Typography, Upload } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/http';
import { correctSheet, openSheet, reviewSheet, saveSheet, sheetWorkbookUrl, uploadSheet, type CollectionSheet, type UploadResult } from '../api/reports';
import { FormView } from '../formview/FormView';
import { useFormState } from '../formview/useFormState';
import { reportMessages as m } from './messages';

interface Props { unit: string; period: string; onError: (e: unknown) => void; onReviewed?: () => void }

const stateColor: Record<string, string> = { Draft: 'blue', Submitted: 'orange', Approved: 'green', Returned: 'red' };

/** A unit's sheet for a month: fill and save, submit to the street; the street approves or returns; an approved sheet is corrected as a new revision. */
export function CollectionPage({ unit, period, onError, onReviewed }: Props) {
  const [sheet, setSheet] = useState<CollectionSheet | null>(null);
  const [upload, setUpload] = useState<UploadResult | null>(null);
  // Kept here: a saved sheet comes back with a new version and the editor below starts afresh with it.
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(period)) return;
    let live = true;
    setUpload(null);
    setNotice(null);
    openSheet(unit, period).then((s) => live && setSheet(s), (e) => live && onError(e));
    return () => { live = false; };
  }, [unit, period, onError]);
  if (!sheet) return null;
  return <SheetEditor key={`${sheet.unitCode}-${sheet.period}-${sheet.revision}-${sheet.version}-${sheet.state}`} sheet={sheet} onChange={setSheet}
    upload={upload} onUpload={setUpload} notice={notice} setNotice={setNotice} onError={onError} onReviewed={onReviewed} />;
}

function SheetEditor({ sheet, onChange, upload, onUpload, notice, setNotice, onError, onReviewed }: {
  sheet: CollectionSheet; onChange: (s: CollectionSheet) => void; upload: UploadResult | null; onUpload: (u: UploadResult | null) => void;
  notice: string | null; setNotice: (n: string | null) => void; onError: (e: unknown) => void; onReviewed?: () => void;
}) {
  // A sheet this user may not edit now (submitted, locked, or another unit's) shows every field read-only.
  const editable = sheet.actions.includes('save');
  const form = useMemo(() => (editable ? sheet.form : { ...sheet.form, steps: { view: { default: 'read' as const } } }), [sheet.form, editable]);
  const state = useFormState(form, editable ? 'save' : 'view', null, sheet.data);
  const [busy, setBusy] = useState(false);
  const can = (a: string) => sheet.actions.includes(a);
  const run = useCallback(async (work: () => Promise<CollectionSheet>, done?: string) => {
    setBusy(true);
    try { const next = await work(); setNotice(done ?? null); onChange(next); }
    catch (e) {
      if (e instanceof ApiError && e.errors.length > 0) { state.setServerErrors(e.errors); setNotice(m.fieldErrors(e.errors.length)); }
      else onError(e);
    } finally { setBusy(false); }
  }, [onChange, onError, state, setNotice]);
  const ask = (title: string, required: string, then: (text: string) => Promise<CollectionSheet>) => {
    let text = '';
    Modal.confirm({
      title, content: <Input.TextArea rows={3} onChange={(e) => { text = e.target.value; }} data-testid="reason-input" />,
      okText: title, cancelText: '取消',
      onOk: () => { if (!text.trim()) { onError(new ApiError(400, required)); return Promise.reject(new Error(required)); } return run(() => then(text)).then(() => onReviewed?.()); },
    });
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="collection">
      <Card size="small">
        <Space wrap align="center">
          <Typography.Text strong>{m.sheetTitle(sheet.unitName, sheet.period)}</Typography.Text>
          <Tag color={stateColor[sheet.state]} data-testid="sheet-state">{sheet.stateName}</Tag>
          <Tag>{m.revision(sheet.revision)}</Tag>
          <Typography.Text type="secondary">{m.manualDerived(sheet.manualCount, sheet.derivedCount)}</Typography.Text>
        </Space>
        {sheet.prefilledFrom && <Alert style={{ marginTop: 8 }} type="info" showIcon title={m.prefilled(sheet.prefilledFrom)} />}
        {sheet.reason && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={m.reason(sheet.reason)} />}
        {sheet.reviewComment && <Alert style={{ marginTop: 8 }} type={sheet.state === 'Returned' ? 'error' : 'success'} showIcon title={m.reviewComment(sheet.reviewComment)} />}
        {notice && <Alert style={{ marginTop: 8 }} type="info" showIcon title={notice} data-testid="sheet-notice" />}
        {upload && upload.errors.length > 0 && (
          <Alert style={{ marginTop: 8 }} type="error" showIcon data-testid="upload-errors" title={m.uploadErrors(upload.errors.length)}
            description={<ul style={{ margin: 0, paddingLeft: 18 }}>{upload.errors.map((e) => <li key={e.cell}>{e.message}</li>)}</ul>} />
        )}
        <Space wrap style={{ marginTop: 12 }}>
          {can('save') && <Button loading={busy} onClick={() => run(() => saveSheet(sheet.unitCode, sheet.period, state.data, sheet.stored ? sheet.version : null, false), m.saved)} data-testid="sheet-save">{m.save}</Button>}
          {can('submit') && <Button type="primary" loading={busy} onClick={() => run(() => saveSheet(sheet.unitCode, sheet.period, state.data, sheet.stored ? sheet.version : null, true), m.submitted)} data-testid="sheet-submit">{m.submit}</Button>}
          {can('approve') && <Button type="primary" loading={busy} onClick={() => run(() => reviewSheet(sheet.unitCode, sheet.period, true)).then(() => onReviewed?.())} data-testid="sheet-approve">{m.approve}</Button>}
          {can('return') && <Button danger loading={busy} onClick={() => ask(m.return, m.returnReasonRequired, (t) => reviewSheet(sheet.unitCode, sheet.period, false, t))} data-testid="sheet-return">{m.return}</Button>}
          {can('correct') && <Button loading={busy} onClick={() => ask(m.correct, m.correctReasonRequired, (t) => correctSheet(sheet.unitCode, sheet.period, t))} data-testid="sheet-correct">{m.correct}</Button>}
          <Button icon={<DownloadOutlined />} href={sheetWorkbookUrl(sheet.unitCode, sheet.period)} data-testid="sheet-download">{m.downloadSheet}</Button>
          {can('import') && (
            <Upload accept=".xlsx" showUploadList={false} customRequest={async ({ file }) => {
              try { const r = await uploadSheet(sheet.unitCode, sheet.period, file as File); onUpload(r); setNotice(m.uploaded(r.accepted)); onChange(r.sheet); }
              catch (e) { onError(e); }
            }}>
              <Button icon={<UploadOutlined />} data-testid="sheet-upload">{m.uploadSheet}</Button>
            </Upload>
          )}
        </Space>
      </Card>
      <FormView state={state} upload={async () => { throw new Error('no files on a collection sheet'); }} />
      {sheet.journal.length > 0 && (
        <Card size="small" title={m.journal}>
          <Timeline items={sheet.journal.map((j) => ({
            children: `${new Date(j.at).toLocaleString('zh-CN')} ${j.actorName} ${m.action[j.action] ?? j.action}${j.comment ? `：${j.comment}` : ''}`,
          }))} />
        </Card>
      )}
    </Space>
  );
}
