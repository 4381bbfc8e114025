import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Progress, Select, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/http';
import { burden, reportPreview, reportWorkbookUrl, type Burden, type ReportCatalog, type ReportView } from '../api/reports';
import { reportMessages as m } from './messages';
import { ReportTableView } from './ReportTableView';
import { useExportJob } from './useExportJob';

interface Props { catalog: ReportCatalog; period: string; setPeriod: (p: string) => void; onError: (e: unknown) => void }

/** Choose a report, a period and a unit; see it as it will print; export it, or the whole set in the background. */
export function ReportsPage({ catalog, period, setPeriod, onError }: Props) {
  const [reportId, setReportId] = useState(catalog.reports.find((r) => r.id === 'dispute-monthly')?.id ?? catalog.reports[0]?.id);
  const [unit, setUnit] = useState(catalog.homeUnit);
  const [report, setReport] = useState<ReportView | null>(null);
  const [loading, setLoading] = useState(false);
  const [load, setBurden] = useState<Burden | null>(null);
  const { job, start } = useExportJob(onError);

  useEffect(() => {
    if (!reportId || !/^\d{4}-\d{2}$/.test(period)) return;
    let live = true;
    setLoading(true);
    reportPreview(reportId, unit, period).then((r) => live && setReport(r), (e) => live && onError(e)).finally(() => live && setLoading(false));
    return () => { live = false; };
  }, [reportId, unit, period, onError]);
  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(period)) return;
    let live = true;
    setBurden(null);
    burden(unit, period).then((b) => live && setBurden(b), (e) => live && !(e instanceof ApiError && e.status === 403) && onError(e));
    return () => { live = false; };
  }, [unit, period, onError]);

  const unitOptions = catalog.units.map((u) => ({ value: u.code, label: u.name }));
  const exportSet = useCallback(() => start('set', unit, period), [start, unit, period]);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Alert type="success" showIcon data-testid="burden" title={load ? load.text : m.burdenLoading} />
      <Card size="small">
        <Space wrap>
          <span>{m.report}</span>
          <Select style={{ width: 300 }} value={reportId} onChange={setReportId} showSearch optionFilterProp="label" data-testid="report-select"
            options={catalog.reports.map((r) => ({ value: r.id, label: `${r.name}（${r.cycle}）` }))} />
          <span>{m.period}</span>
          <Input style={{ width: 110 }} value={period} onChange={(e) => setPeriod(e.target.value)} placeholder="2026-11" data-testid="period" />
          <span>{m.unit}</span>
          <Select style={{ width: 200 }} value={unit} onChange={setUnit} showSearch optionFilterProp="label" options={unitOptions} data-testid="unit-select" />
          <Button icon={<FileExcelOutlined />} href={reportId ? reportWorkbookUrl(reportId, unit, period) : undefined} data-testid="export-one">{m.exportOne}</Button>
          <Button type="primary" icon={<FileExcelOutlined />} onClick={exportSet} data-testid="export-set">{m.exportSet}</Button>
          <Button onClick={() => start('cases', unit, period)} data-testid="export-cases">{m.exportCases}</Button>
        </Space>
        {job && (
          <div style={{ marginTop: 12 }} data-testid="export-job">
            {job.state === 'done' && job.download
              ? <Space><span>{m.exportDone(job.fileName ?? '')}</span><Button size="small" icon={<DownloadOutlined />} href={job.download} data-testid="export-download">{m.download}</Button></Space>
              : job.state === 'failed'
                ? <Alert type="error" title={job.error ?? m.exportFailed} />
                : <Space><Progress type="circle" size={28} percent={job.total ? Math.round((job.done / job.total) * 100) : 0} /><span>{m.exporting(job.done, job.total)}</span></Space>}
          </div>
        )}
      </Card>
      <Card size="small">
        {loading && !report ? <Spin /> : report && <Spin spinning={loading}><ReportTableView report={report} /></Spin>}
      </Card>
    </Space>
  );
}
